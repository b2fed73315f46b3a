package org.isnad.ner;

/**
 * Aligns the concatenated segments produced by an external segmenter with the word they came
 * from, to find where each segment boundary falls in the word.
 *
 * <p>External segmenters may rewrite characters (CoreNLP restores the alef of the article in ل +
 * ال, writes ة for ت before a pronoun, drops diacritics), so the segments do not always spell the
 * word. This class computes a minimum edit-distance alignment (unit cost for substitution,
 * insertion and deletion; ties broken towards matches, then substitutions) and maps each boundary
 * through it. Stateless and thread-safe; time and memory are {@code O(|segments| * |word|)}.
 */
final class SegmentAligner {

  private SegmentAligner() {}

  /**
   * Maps segment boundaries to word positions.
   *
   * @param segments the segments (already normalized like {@code word}), in order
   * @param word the word they should spell
   * @param maxEdits the largest edit distance accepted
   * @return for each boundary between consecutive segments, the index in {@code word} where the
   *     next segment starts (strictly increasing, each in {@code (0, word.length())}), or null when
   *     the alignment costs more than {@code maxEdits} or a boundary falls at the word's edge or
   *     on top of another
   */
  static int[] boundaries(String[] segments, String word, int maxEdits) {
    StringBuilder sb = new StringBuilder();
    int[] cuts = new int[Math.max(0, segments.length - 1)];
    for (int k = 0; k < segments.length; k++) {
      sb.append(segments[k]);
      if (k < cuts.length) {
        cuts[k] = sb.length();
      }
    }
    String s = sb.toString();
    int n = s.length();
    int m = word.length();
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      char a = s.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        int sub = d[i - 1][j - 1] + (a == word.charAt(j - 1) ? 0 : 1);
        int del = d[i - 1][j] + 1;
        int ins = d[i][j - 1] + 1;
        d[i][j] = Math.min(sub, Math.min(del, ins));
      }
    }
    if (d[n][m] > maxEdits) {
      return null;
    }
    // Backtrace; firstJ[i] = the word position where the path enters segment-string row i.
    int[] rowStart = new int[n + 1];
    int i = n;
    int j = m;
    rowStart[n] = m;
    while (i > 0 || j > 0) {
      if (i > 0 && j > 0
          && d[i][j] == d[i - 1][j - 1] + (s.charAt(i - 1) == word.charAt(j - 1) ? 0 : 1)) {
        i--;
        j--;
        rowStart[i] = j;
      } else if (i > 0 && d[i][j] == d[i - 1][j] + 1) {
        i--;
        rowStart[i] = j;
      } else {
        j--;
        rowStart[i] = j;
      }
    }
    int[] out = new int[cuts.length];
    int previous = 0;
    for (int k = 0; k < cuts.length; k++) {
      int at = rowStart[cuts[k]];
      if (at <= previous || at >= m) {
        return null;
      }
      out[k] = at;
      previous = at;
    }
    return out;
  }
}
