package org.isnad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads one input document: a file or standard input ({@code -}), strictly decoded.
 *
 * <p>UTF-8 is expected; a leading UTF-8 byte order mark is dropped, so offsets count from after
 * it. A file that starts with a UTF-16 byte order mark is decoded as UTF-16. Input that is not
 * valid UTF-8 — or is valid UTF-8 only by being UTF-16 without a byte order mark, a tenth or more
 * of it control characters — is checked for Windows-1256, ISO-8859-6 and UTF-16 ({@link
 * EncodingGuess}): a confident guess is decoded, with a one-line notice; otherwise the error names
 * the byte offset of the first bad sequence and the likely encoding. An encoding the user names
 * ({@code --encoding}) is used strictly, without guessing. A missing file, a directory, an
 * unreadable file, and a file over the size limit are errors too. Offsets always count in the
 * decoded text.
 */
final class Inputs {
  private static final int UTF8_BOM_LENGTH = 3;

  private Inputs() {}

  /** The share of control characters above which valid UTF-8 is checked for UTF-16. */
  private static final double UTF16_SUSPECT_CONTROLS = 0.1;

  /**
   * A named document.
   *
   * @param text   the text to analyse (for a web page, its extracted article text)
   * @param notice a one-line note on how it was decoded (a detected encoding), or null
   * @param html   the web page the text was extracted from, or null for plain text
   */
  record Document(String name, String text, String notice, org.isnad.html.HtmlText html) {
    Document(String name, String text) {
      this(name, text, null, null);
    }

    Document(String name, String text, String notice) {
      this(name, text, notice, null);
    }

    /** This document read as a web page: its text becomes the page's article text. */
    Document asHtml() {
      org.isnad.html.HtmlText page = org.isnad.html.HtmlText.parse(text);
      return new Document(name, page.text(), notice, page);
    }
  }

  static Document read(String name, long maxBytes, InputStream stdin) throws InputException {
    return read(name, maxBytes, stdin, null);
  }

  /** @param encoding the charset the user named, or null to expect UTF-8 and guess otherwise */
  static Document read(String name, long maxBytes, InputStream stdin, Charset encoding)
      throws InputException {
    byte[] bytes = "-".equals(name) ? readStdin(stdin, maxBytes) : readFile(Path.of(name), maxBytes);
    if (encoding != null) {
      return new Document(name, decode(bytes, encoding));
    }
    try {
      String text = decode(bytes);
      if (bytes.length % 2 == 0 && EncodingGuess.controlShare(text) >= UTF16_SUSPECT_CONTROLS) {
        EncodingGuess.Guess utf16 = EncodingGuess.guessUtf16(bytes);
        if (utf16.confident()) {
          return detected(name, utf16);
        }
      }
      return new Document(name, text);
    } catch (InputException notUtf8) {
      EncodingGuess.Guess guess = EncodingGuess.guess(bytes);
      if (guess.confident()) {
        return detected(name, guess);
      }
      throw new InputException(notUtf8.getMessage() + (guess.charset() == null
          ? "; if it is text in another encoding, name it with --encoding NAME"
          : "; it may be " + guess.charset().name() + " (not certain): try --encoding "
              + guess.charset().name()));
    }
  }

  private static Document detected(String name, EncodingGuess.Guess guess) {
    return new Document(name, withoutBom(guess.text()), "not UTF-8: read as " + guess.charset().name()
        + " (detected; --encoding NAME overrides)");
  }

  /** Strict decoding with a named charset; a leading byte order mark is dropped. */
  static String decode(byte[] bytes, Charset charset) throws InputException {
    return withoutBom(strict(charset.newDecoder(), bytes, 0, charset.name()));
  }

  private static String withoutBom(String text) {
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }

  private static byte[] readFile(Path path, long maxBytes) throws InputException {
    if (Files.isDirectory(path)) {
      throw new InputException("is a directory");
    }
    try {
      long size = Files.size(path);
      if (size > maxBytes) {
        throw new InputException("file is " + size + " bytes, over the limit of " + maxBytes
            + " (raise it with --max-bytes; by default it is what the heap holds, raised with ISNAD_JAVA_OPTS=-Xmx…)");
      }
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new InputException("no such file");
    } catch (AccessDeniedException e) {
      throw new InputException("permission denied");
    } catch (IOException e) {
      throw new InputException("cannot read: " + e.getMessage());
    }
  }

  private static byte[] readStdin(InputStream in, long maxBytes) throws InputException {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new InputException("input is over the limit of " + maxBytes + " bytes (raise it with --max-bytes; by default it is what the heap holds, raised with ISNAD_JAVA_OPTS=-Xmx…)");
      }
      return bytes;
    } catch (IOException e) {
      throw new InputException("cannot read standard input: " + e.getMessage());
    }
  }

  /** Strict UTF-8 (or UTF-16 after its byte order mark), without guessing. */
  static String decode(byte[] bytes) throws InputException {
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      return strict(StandardCharsets.UTF_16.newDecoder(), bytes, 0, "UTF-16");
    }
    int from = bytes.length >= UTF8_BOM_LENGTH && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF ? UTF8_BOM_LENGTH : 0;
    return strict(StandardCharsets.UTF_8.newDecoder(), bytes, from, "UTF-8");
  }

  private static String strict(CharsetDecoder decoder, byte[] bytes, int from, String charset)
      throws InputException {
    decoder.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    long capacity = (long) Math.ceil((bytes.length - from) * (double) decoder.maxCharsPerByte()) + 1;
    if (capacity > Integer.MAX_VALUE - 8) {
      throw new InputException("too large to decode as " + charset);
    }
    CharBuffer out = CharBuffer.allocate((int) capacity);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError() || result.isOverflow()) {
      throw new InputException("invalid " + charset + " at byte offset " + in.position());
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw new InputException("invalid " + charset + " at byte offset " + in.position());
    }
    out.flip();
    return out.toString();
  }
}
