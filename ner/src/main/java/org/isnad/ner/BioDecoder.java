package org.isnad.ner;

import org.isnad.ner.model.TagSet;

/**
 * The most probable well-formed BIO sequence under per-token tag probabilities (first-order Viterbi
 * over log probabilities, with the only constraint of BIO: {@code I-X} follows {@code B-X} or
 * {@code I-X}). Used when a recognizer's tags come straight from a token classifier ({@link
 * NamedEntityRecognizer#decoding(TagEvidence)}). Stateless and thread-safe.
 */
final class BioDecoder {
  /** Probabilities below this count as this (log of zero would be minus infinity). */
  private static final float FLOOR = 1e-12f;
  private static final double IMPOSSIBLE = Double.NEGATIVE_INFINITY;

  private BioDecoder() {}

  /**
   * The tags of one sentence.
   *
   * @param probabilities one row of {@link TagSet#SIZE} probabilities per token, in tag order
   * @param confidence if not null, receives each chosen tag's probability (same length as rows)
   * @return one tag index per token
   */
  static int[] decode(float[][] probabilities, float[] confidence) {
    int n = probabilities.length;
    int[] tags = new int[n];
    if (n == 0) {
      return tags;
    }
    int k = TagSet.SIZE;
    double[] score = new double[k];
    double[] next = new double[k];
    int[][] back = new int[n][k];
    for (int t = 0; t < k; t++) {
      score[t] = TagSet.allowed(-1, t) ? Math.log(Math.max(FLOOR, probabilities[0][t])) : IMPOSSIBLE;
    }
    for (int i = 1; i < n; i++) {
      for (int t = 0; t < k; t++) {
        double best = IMPOSSIBLE;
        int arg = 0;
        for (int p = 0; p < k; p++) {
          if (score[p] > best && TagSet.allowed(p, t)) {
            best = score[p];
            arg = p;
          }
        }
        back[i][t] = arg;
        next[t] = best + Math.log(Math.max(FLOOR, probabilities[i][t]));
      }
      double[] swap = score;
      score = next;
      next = swap;
    }
    int last = 0;
    for (int t = 1; t < k; t++) {
      if (score[t] > score[last]) {
        last = t;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      tags[i] = last;
      last = back[i][last];
    }
    if (confidence != null) {
      for (int i = 0; i < n; i++) {
        confidence[i] = probabilities[i][tags[i]];
      }
    }
    return tags;
  }
}
