package org.isnad.html;

import java.util.Arrays;

/**
 * Builds the extracted text character by character, each with its span in the HTML source.
 *
 * <p>HTML whitespace ({@code space, tab, LF, CR, FF}) runs collapse to one space, as a browser
 * renders them; a block boundary becomes a blank line ({@code "\n\n"}) and {@code <br>} a line
 * break, neither at the start or end of the text nor doubled. A space keeps the source span of
 * the whitespace it stands for; a line break is empty and placed where the next character starts.
 * Not thread-safe; used by one extraction.
 */
final class TextBuilder {
  private static final int INITIAL = 1024;

  private final StringBuilder text = new StringBuilder(INITIAL);
  private int[] starts = new int[INITIAL];
  private int[] ends = new int[INITIAL];
  private boolean pendingSpace;
  private int spaceStart;
  private int spaceEnd;
  /** Line breaks owed before the next character: 0, 1 ({@code <br>}) or 2 (a block). */
  private int pendingBreaks;

  /** Appends decoded node text whose characters have the given source spans. */
  void appendText(String decoded, int[] sourceStarts, int[] sourceEnds) {
    for (int j = 0; j < decoded.length(); j++) {
      char c = decoded.charAt(j);
      if (isHtmlWhitespace(c)) {
        if (!pendingSpace) {
          pendingSpace = true;
          spaceStart = sourceStarts[j];
        }
        spaceEnd = sourceEnds[j];
      } else {
        flushSeparators(sourceStarts[j]);
        put(c, sourceStarts[j], sourceEnds[j]);
      }
    }
  }

  /** A block boundary: the next character starts a new paragraph. */
  void blockBreak() {
    pendingBreaks = 2;
    pendingSpace = false;
  }

  /** A {@code <br>}: the next character starts a new line. */
  void lineBreak() {
    pendingBreaks = Math.max(pendingBreaks, 1);
    pendingSpace = false;
  }

  /** A boundary between inline cells (a table cell): at least a space. */
  void space(int at) {
    if (pendingBreaks == 0 && !pendingSpace) {
      pendingSpace = true;
      spaceStart = at;
      spaceEnd = at;
    }
  }

  private void flushSeparators(int nextStart) {
    if (text.length() > 0) {
      if (pendingBreaks > 0) {
        for (int b = 0; b < pendingBreaks; b++) {
          put('\n', nextStart, nextStart);
        }
      } else if (pendingSpace) {
        put(' ', spaceStart, spaceEnd);
      }
    }
    pendingBreaks = 0;
    pendingSpace = false;
  }

  private void put(char c, int start, int end) {
    int k = text.length();
    if (k == starts.length) {
      starts = Arrays.copyOf(starts, k * 2);
      ends = Arrays.copyOf(ends, k * 2);
    }
    // keep source spans in order (the text follows the page's order)
    starts[k] = Math.max(start, k == 0 ? 0 : starts[k - 1]);
    ends[k] = Math.max(end, starts[k]);
    text.append(c);
  }

  String text() {
    return text.toString();
  }

  int[] starts() {
    return Arrays.copyOf(starts, text.length());
  }

  int[] ends() {
    return Arrays.copyOf(ends, text.length());
  }

  static boolean isHtmlWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }
}
