package org.isnad.views;

/**
 * Writes one piece of the original text (the text between two element boundaries) as HTML: escaped
 * (see {@link Html}), runs of Latin letters and European digits inside {@code <bdi>} so that a
 * name like "Ryan Dillon" or a number like 28.10.2017 keeps its own order inside the right-to-left
 * line, and, where a boundary cuts between two joining Arabic letters, the piece wrapped in a
 * {@code <span class="jb">} (ZWJ before) or {@code "ja"} (ZWJ after). The joiners are CSS
 * generated content, so they are rendered but are not part of the DOM text: an element's
 * {@code textContent} stays exactly its span of the original. Stateless and thread-safe.
 */
final class TextPieces {
  private TextPieces() {}

  /** Appends {@code text[start, end)}; {@code start} and {@code end} are element boundaries. */
  static void append(StringBuilder out, String text, int start, int end) {
    if (start >= end) {
      return;
    }
    boolean before = ArabicJoining.joinsAcross(text, start);
    boolean after = ArabicJoining.joinsAcross(text, end);
    if (before || after) {
      out.append("<span class=\"").append(before ? (after ? "jb ja" : "jb") : "ja").append("\">");
    }
    int i = start;
    while (i < end) {
      int runStart = nextLtrStart(text, i, end);
      Html.text(out, text, i, runStart);
      if (runStart == end) {
        break;
      }
      int runEnd = ltrRunEnd(text, runStart, end);
      out.append("<bdi>");
      Html.text(out, text, runStart, runEnd);
      out.append("</bdi>");
      i = runEnd;
    }
    if (before || after) {
      out.append("</span>");
    }
  }

  private static int nextLtrStart(String text, int from, int end) {
    for (int i = from; i < end; i++) {
      if (ltr(text.charAt(i))) {
        return i;
      }
    }
    return end;
  }

  /**
   * The end of the left-to-right run starting at {@code start}: Latin letters and European digits,
   * with ASCII spaces and punctuation between them (Ryan Dillon, 28.10.2017, 1,500, U.S.-led),
   * and a percent or currency sign after the last digit.
   */
  private static int ltrRunEnd(String text, int start, int end) {
    int last = start + 1;
    int i = start + 1;
    while (i < end) {
      char c = text.charAt(i);
      if (ltr(c)) {
        last = ++i;
      } else if (inner(c)) {
        i++;
      } else {
        break;
      }
    }
    if (last < end && Character.getDirectionality(text.charAt(last)) == Character.DIRECTIONALITY_EUROPEAN_NUMBER_TERMINATOR
        && Character.getDirectionality(text.charAt(last - 1)) == Character.DIRECTIONALITY_EUROPEAN_NUMBER) {
      last++;
    }
    return last;
  }

  private static boolean ltr(char c) {
    byte d = Character.getDirectionality(c);
    return (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT && Character.isLetter(c))
        || d == Character.DIRECTIONALITY_EUROPEAN_NUMBER;
  }

  /** ASCII spaces and punctuation, and no-break space, continue a run when more of it follows. */
  private static boolean inner(char c) {
    return (c < 0x80 && !Character.isLetterOrDigit(c) && c >= ' ') || c == '\u00A0';
  }
}
