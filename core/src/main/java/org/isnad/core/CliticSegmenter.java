package org.isnad.core;

import java.util.List;

/**
 * Splits an Arabic word into proclitics, the article, the stem and pronoun enclitics, each at its
 * original offsets.
 *
 * <p>Contract for every implementation: the returned segments are contiguous, in order, and cover
 * {@code [start, end)} exactly; a word that is not split, and every non-Arabic token, comes back
 * as one {@link SegmentKind#STEM}. Implementations are thread-safe.
 */
public interface CliticSegmenter {

  /**
   * Segments the word {@code text.substring(start, end)}.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws IndexOutOfBoundsException unless {@code 0 <= start <= end <= text.length()}
   */
  List<Segment> segment(String text, int start, int end);

  /** Segments a token of {@code text}. */
  default List<Segment> segment(String text, Token token) {
    return segment(text, token.start(), token.end());
  }

  /** Segments a lone word; offsets count from the start of {@code word}. */
  default List<Segment> segment(String word) {
    return segment(word, 0, word.length());
  }
}
