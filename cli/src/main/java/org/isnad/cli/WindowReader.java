package org.isnad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Reads a long document as consecutive windows of whole paragraphs, decoding strictly as it goes,
 * so that memory holds one window whatever the document's length.
 *
 * <p>A window ends after the last blank line (a paragraph end, as {@link
 * org.isnad.core.SentenceSplitter} reads it) once it holds {@code windowChars} characters; a
 * paragraph longer than that is cut after its last line break, else after its last space, else
 * at the limit (never inside a surrogate pair) — only there can a quote or a name be cut. A
 * leading byte order mark is dropped, as for a whole document. Not thread-safe.
 */
final class WindowReader {
  private static final int CHUNK = 64 * 1024;

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final int windowChars;
  private final byte[] bytes = new byte[CHUNK];
  private final ByteBuffer byteBuffer = ByteBuffer.allocate(CHUNK * 2);
  private final CharBuffer charBuffer = CharBuffer.allocate(CHUNK * 2);
  private StringBuilder pending = new StringBuilder();
  private long bytesConsumed;
  private long offset;
  private long nextOffset;
  private boolean eof;
  private boolean first = true;

  WindowReader(InputStream in, Charset charset, int windowChars) {
    this.in = in;
    this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.windowChars = windowChars;
    byteBuffer.flip();
  }

  /** The character offset of the last window returned by {@link #next()} in the whole document. */
  long offset() {
    return offset;
  }

  /**
   * The next window, or null at the end.
   *
   * @throws InputException for bytes the charset does not decode (with their byte offset)
   */
  String next() throws IOException, InputException {
    while (!eof && pending.length() < windowChars) {
      fill();
    }
    if (pending.length() == 0) {
      return null;
    }
    int cut = eof && pending.length() <= windowChars ? pending.length() : cut(pending, windowChars);
    String window = pending.substring(0, cut);
    StringBuilder rest = new StringBuilder(Math.max(16, pending.length() - cut + CHUNK));
    rest.append(pending, cut, pending.length());
    pending = rest;
    offset = nextOffset;
    nextOffset += cut;
    return window;
  }

  private void fill() throws IOException, InputException {
    int n = in.read(bytes);
    if (n < 0) {
      eof = true;
    } else {
      byteBuffer.compact();
      byteBuffer.put(bytes, 0, n);
      byteBuffer.flip();
    }
    int before = byteBuffer.position();
    CoderResult result = decoder.decode(byteBuffer, charBuffer, eof);
    if (eof && !result.isError()) {
      result = decoder.flush(charBuffer);
    }
    bytesConsumed += byteBuffer.position() - before;
    if (result.isError()) {
      throw new InputException("invalid " + decoder.charset().name() + " at byte offset " + bytesConsumed);
    }
    charBuffer.flip();
    if (first && charBuffer.hasRemaining()) {
      if (charBuffer.get(charBuffer.position()) == '\uFEFF') {
        charBuffer.get();
      }
      first = false;
    }
    pending.append(charBuffer);
    charBuffer.clear();
  }

  /** Where to end a window of {@code text}, at most {@code limit} characters long; see the class comment. */
  static int cut(CharSequence text, int limit) {
    int end = Math.min(limit, text.length());
    for (int i = end - 1; i > end / 2; i--) {
      if (text.charAt(i) == '\n' && blankLineBefore(text, i)) {
        return i + 1;
      }
    }
    for (int i = end - 1; i > end / 2; i--) {
      if (text.charAt(i) == '\n') {
        return i + 1;
      }
    }
    for (int i = end - 1; i > end / 2; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i + 1;
      }
    }
    return Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
  }

  /** True when the line feed at {@code i} ends a blank line (only spaces since the previous one). */
  private static boolean blankLineBefore(CharSequence text, int i) {
    for (int j = i - 1; j >= 0; j--) {
      char c = text.charAt(j);
      if (c == '\n') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return false;
  }
}
