package org.isnad.ner;

import java.util.Objects;
import org.isnad.core.Span;

/**
 * A rule-based annotation (title, date, quantity) at its original offsets.
 *
 * @param type  what it is
 * @param start original start, inclusive
 * @param end   original end, exclusive
 * @param text  {@code source.substring(start, end)}
 */
public record Annotation(AnnotationType type, int start, int end, String text) {
  /** @throws IllegalArgumentException if the text does not fit the range */
  public Annotation {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start || text.length() != end - start) {
      throw new IllegalArgumentException("annotation '" + text + "' does not fit [" + start + ", " + end + ")");
    }
  }

  /** The original range. */
  public Span span() {
    return new Span(start, end);
  }
}
