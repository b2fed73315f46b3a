package org.isnad.claims;

import java.util.Objects;
import org.isnad.core.Span;

/**
 * A piece of the original text with its range: {@code text} equals {@code source.substring(start,
 * end)}. Immutable.
 *
 * @param text  the text as written
 * @param start original start index, inclusive
 * @param end   original end index, exclusive
 */
public record TextSpan(String text, int start, int end) {

  /**
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the range is negative, inverted or does not fit the text
   */
  public TextSpan {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start || text.length() != end - start) {
      throw new IllegalArgumentException("text of length " + text.length() + " does not fit [" + start + ", " + end + ")");
    }
  }

  /**
   * The span {@code [start, end)} of {@code source}.
   *
   * @throws NullPointerException if {@code source} is null
   * @throws IndexOutOfBoundsException unless {@code 0 <= start <= end <= source.length()}
   */
  public static TextSpan of(String source, int start, int end) {
    Objects.requireNonNull(source, "source");
    Objects.checkFromToIndex(start, end, source.length());
    return new TextSpan(source.substring(start, end), start, end);
  }

  /** The original range. */
  public Span span() {
    return new Span(start, end);
  }
}
