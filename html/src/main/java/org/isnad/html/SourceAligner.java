package org.isnad.html;

import org.jsoup.parser.Parser;

/**
 * Maps each character of a text node as jsoup decoded it back to its characters in the HTML
 * source: one source character for a plain character, the whole reference for a character that
 * came from a reference ({@code &laquo;} → «, {@code &#1587;} → س, legacy {@code &notit;} → ¬it;),
 * two for a CR LF pair read as one line feed. A character that matches nothing (the parser
 * replaced a NUL) takes the next source character. Linear in the node's length. Stateless.
 */
final class SourceAligner {
  private static final char AMPERSAND = '&';
  private static final char SEMICOLON = ';';
  private static final char CR = '\r';
  private static final char LF = '\n';
  /** Longest reference name looked at ({@code &CounterClockwiseContourIntegral;} has 33). */
  private static final int MAX_REFERENCE = 40;

  private SourceAligner() {}

  /**
   * Fills {@code starts[j]} and {@code ends[j]} with the source span of {@code decoded.charAt(j)}.
   *
   * @param source    the whole HTML source
   * @param rawStart  where the node's text starts in {@code source}
   * @param rawEnd    where it ends (exclusive)
   * @param decoded   the node's text as jsoup decoded it
   */
  static void align(String source, int rawStart, int rawEnd, String decoded, int[] starts, int[] ends) {
    int i = rawStart;
    int j = 0;
    int n = decoded.length();
    while (j < n) {
      if (i >= rawEnd) {
        starts[j] = rawEnd;
        ends[j] = rawEnd;
        j++;
        continue;
      }
      char r = source.charAt(i);
      char d = decoded.charAt(j);
      if (r == AMPERSAND) {
        int k = referenceEnd(source, i, rawEnd);
        if (k > i + 1) {
          String reference = source.substring(i, k);
          String value = Parser.unescapeEntities(reference, false);
          if (!value.equals(reference) && decoded.startsWith(value, j)) {
            for (int m = 0; m < value.length(); m++) {
              starts[j + m] = i;
              ends[j + m] = k;
            }
            j += value.length();
            i = k;
            continue;
          }
        }
      }
      int width = r == CR && d == LF && i + 1 < rawEnd && source.charAt(i + 1) == LF ? 2 : 1;
      starts[j] = i;
      ends[j] = i + width;
      i += width;
      j++;
    }
  }

  /** The end of the character reference that starts at {@code i} (its {@code ;} included). */
  private static int referenceEnd(String source, int i, int rawEnd) {
    int k = i + 1;
    int limit = Math.min(rawEnd, i + MAX_REFERENCE);
    while (k < limit && (Character.isLetterOrDigit(source.charAt(k)) || source.charAt(k) == '#')
        && source.charAt(k) < 0x80) {
      k++;
    }
    if (k < rawEnd && source.charAt(k) == SEMICOLON) {
      k++;
    }
    return k;
  }
}
