package org.isnad.core;

/**
 * A half-open range {@code [start, end)} of {@code String} indices (UTF-16 code units).
 *
 * <p>Every span that Isnad reports points into the <em>original</em> text of a document, so
 * {@code text.substring(span.start(), span.end())} is the text exactly as written.
 *
 * @param start first index, inclusive, {@code >= 0}
 * @param end   last index, exclusive, {@code >= start}
 */
public record Span(int start, int end) implements Comparable<Span> {

  /** @throws IllegalArgumentException if {@code start < 0} or {@code end < start} */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  /** Number of code units covered. */
  public int length() {
    return end - start;
  }

  /** True when the span covers nothing. */
  public boolean isEmpty() {
    return end == start;
  }

  /** True when {@code other} lies entirely within this span. */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /** True when the two spans share at least one code unit. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** Number of code units the two spans share. */
  public int overlap(Span other) {
    return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
  }

  /** The covered text of {@code text}. */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  /** Orders by start, then by end. */
  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
