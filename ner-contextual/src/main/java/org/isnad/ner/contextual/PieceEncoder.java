package org.isnad.ner.contextual;

/** Turns windows of word-piece ids into one vector per piece. Implementations are thread-safe. */
public interface PieceEncoder {
  /** The most pieces a window may hold (without the {@code [CLS]} and {@code [SEP]} it adds). */
  int maxPieces();

  /** The length of each piece vector. */
  int dimension();

  /**
   * Encodes windows of piece ids (each 1 to {@link #maxPieces()} ids, without {@code [CLS]} and
   * {@code [SEP]}): for window {@code w}, {@code result[w]} holds its pieces' vectors one after the
   * other ({@code windows[w].length × dimension()} values).
   *
   * @throws IllegalArgumentException if a window is empty or too long
   */
  float[][] encode(int[][] windows);
}
