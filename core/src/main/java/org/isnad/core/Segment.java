package org.isnad.core;

import java.util.Objects;

/**
 * One clitic or stem of a word, at its original offsets: {@code text} equals {@code
 * source.substring(start, end)}.
 *
 * @param text  the segment as written
 * @param start original start index, inclusive
 * @param end   original end index, exclusive
 * @param kind  what the segment is
 */
public record Segment(String text, int start, int end, SegmentKind kind) {
  /** @throws IllegalArgumentException if the text does not fit the range */
  public Segment {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end < start || text.length() != end - start) {
      throw new IllegalArgumentException("segment '" + text + "' does not fit [" + start + ", " + end + ")");
    }
  }

  /** The original range. */
  public Span span() {
    return new Span(start, end);
  }
}
