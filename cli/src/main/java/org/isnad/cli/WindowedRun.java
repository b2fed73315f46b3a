package org.isnad.cli;

import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.isnad.html.HtmlText;

/**
 * A long text file analysed in windows of whole paragraphs ({@link WindowReader}) and printed as
 * one object ({@link WindowedOutput}), so that memory holds one window whatever the file's length:
 * the path of {@code analyze}, {@code tokenize}, {@code quotes} and {@code entities} for a file
 * over 4 MB. Quotes and sentences do not cross a paragraph end, so
 * cutting there loses none; the last paragraphs of a window (up to {@value #CONTEXT_CHARS}
 * characters) are analysed again as context before the next, so a quote there still finds the
 * speaker named before it; entities are merged across windows.
 *
 * <p>The encoding is found as for a whole document ({@link Inputs}), from the first megabyte: valid
 * UTF-8, or a confident guess (with its notice), or {@code --encoding}; a later invalid byte is
 * an error with its offset. Web pages are read whole.
 */
final class WindowedRun {
  /** Files larger than this are analysed in windows. */
  static final long THRESHOLD_BYTES = 4L << 20;
  /** Characters per window (about 1 to 2 MB of text). */
  static final int WINDOW_CHARS = 1 << 20;
  private static final int PROBE_BYTES = 1 << 20;
  /** Longest context carried from one window to the next. */
  static final int CONTEXT_CHARS = 4_000;

  private WindowedRun() {}

  /** True when {@code name} is a file to analyse in windows under {@code command}'s options. */
  static boolean applies(DocumentCommand command, String name) {
    if ("-".equals(name) || command.format() == HtmlInput.Format.html) {
      return false;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (command.format() == HtmlInput.Format.auto && (lower.endsWith(".html") || lower.endsWith(".htm"))) {
      return false;
    }
    try {
      Path path = Path.of(name);
      return Files.isRegularFile(path) && Files.size(path) > command.windowThreshold;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Analyses the file and prints its object, or reports a one-line error.
   *
   * @return false when the file could not be analysed (nothing of it printed)
   */
  static boolean run(DocumentCommand command, String name) throws IOException {
    Path path = Path.of(name);
    try {
      long size = Files.size(path);
      if (command.maxBytes > 0 && size > command.maxBytes) {
        throw new InputException("file is " + size + " bytes, over the limit of " + command.maxBytes
            + " (raise it with --max-bytes)");
      }
      Charset charset = command.encoding;
      if (charset == null) {
        byte[] probe;
        try (InputStream in = Files.newInputStream(path)) {
          probe = in.readNBytes(PROBE_BYTES);
        }
        if (command.format() == HtmlInput.Format.auto
            && HtmlText.looksLikeHtml(new String(probe, 0, Math.min(probe.length, 1024), StandardCharsets.UTF_8))) {
          return whole(command, name);
        }
        charset = probeCharset(command, name, probe);
      }
      try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
           WindowedOutput out = new WindowedOutput()) {
        WindowReader reader = new WindowReader(in, charset, command.windowChars);
        String context = "";
        for (String window; (window = reader.next()) != null; ) {
          TokenBuffer buffer = HtmlInput.buffer();
          command.write(new Inputs.Document(name, context + window), buffer);
          out.add(buffer, reader.offset() - context.length(), context.length());
          context = tail(window);
        }
        OutputStream stdout = new BufferedOutputStream(command.stdout, 1 << 16);
        out.writeTo(stdout, name);
        stdout.write('\n');
        stdout.flush();
      }
      return true;
    } catch (InputException e) {
      command.stderr.println("isnad: " + name + ": " + e.getMessage());
      return false;
    } catch (OutOfMemoryError e) {
      command.stderr.println("isnad: " + name + ": out of memory in a window of " + command.windowChars
          + " characters (the heap is " + (Runtime.getRuntime().maxMemory() >> 20) + " MB)");
      return false;
    }
  }

  /**
   * The last whole paragraphs of a window, at most {@value #CONTEXT_CHARS} characters: analysed
   * again before the next window so that its first quotes see the speaker named before them.
   */
  static String tail(String window) {
    for (int i = Math.max(1, window.length() - CONTEXT_CHARS); i < window.length(); i++) {
      if (window.charAt(i) == '\n' && window.charAt(i - 1) == '\n') {
        return window.substring(i + 1);
      }
    }
    return "";
  }

  private static boolean whole(DocumentCommand command, String name) {
    return command.processWhole(name);
  }

  /** UTF-8 when the probe is valid UTF-8 (a character cut at its end aside), else a confident guess. */
  private static Charset probeCharset(DocumentCommand command, String name, byte[] probe) throws InputException {
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(probe);
    if (!utf8.decode(in, CharBuffer.allocate(probe.length + 1), false).isError()) {
      return StandardCharsets.UTF_8;
    }
    int offset = in.position();
    EncodingGuess.Guess guess = EncodingGuess.guess(probe.length % 2 == 0 ? probe : java.util.Arrays.copyOf(probe, probe.length - 1));
    if (guess.confident()) {
      command.stderr.println("isnad: " + name + ": not UTF-8: read as " + guess.charset().name()
          + " (detected; --encoding NAME overrides)");
      return guess.charset();
    }
    throw new InputException("invalid UTF-8 at byte offset " + offset + (guess.charset() == null
        ? "; if it is text in another encoding, name it with --encoding NAME"
        : "; it may be " + guess.charset().name() + " (not certain): try --encoding " + guess.charset().name()));
  }
}
