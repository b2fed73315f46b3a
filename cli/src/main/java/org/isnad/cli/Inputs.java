package org.isnad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
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
 * it. A file that starts with a UTF-16 byte order mark is decoded as UTF-16. Invalid UTF-8 is an
 * error naming the byte offset of the first bad sequence; so is a missing file, a directory, an
 * unreadable file, and a file over the size limit.
 */
final class Inputs {
  private static final int UTF8_BOM_LENGTH = 3;

  private Inputs() {}

  /** A named document. */
  record Document(String name, String text) {}

  static Document read(String name, long maxBytes, InputStream stdin) throws InputException {
    byte[] bytes = "-".equals(name) ? readStdin(stdin, maxBytes) : readFile(Path.of(name), maxBytes);
    return new Document(name, decode(bytes));
  }

  private static byte[] readFile(Path path, long maxBytes) throws InputException {
    if (Files.isDirectory(path)) {
      throw new InputException("is a directory");
    }
    try {
      long size = Files.size(path);
      if (size > maxBytes) {
        throw new InputException("file is " + size + " bytes, over the limit of " + maxBytes
            + " (raise it with --max-bytes)");
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
        throw new InputException("input is over the limit of " + maxBytes + " bytes (raise it with --max-bytes)");
      }
      return bytes;
    } catch (IOException e) {
      throw new InputException("cannot read standard input: " + e.getMessage());
    }
  }

  /** Strict decoding; see the class comment. */
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
    CharBuffer out = CharBuffer.allocate(bytes.length - from + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
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
