package org.isnad.ner;

import java.util.Objects;
import org.isnad.core.Span;

/**
 * A named-entity mention found in a text: the name only (no title, no glued conjunction or
 * preposition), at its original offsets.
 *
 * @param type       the entity type
 * @param start      original start, inclusive
 * @param end        original end, exclusive
 * @param text       {@code source.substring(start, end)}
 * @param confidence the recognizer's confidence in [0, 1]
 */
public record Mention(EntityType type, int start, int end, String text, double confidence) {
  /** @throws IllegalArgumentException if the text does not fit the range */
  public Mention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start || text.length() != end - start) {
      throw new IllegalArgumentException("mention '" + text + "' does not fit [" + start + ", " + end + ")");
    }
  }

  /** The original range. */
  public Span span() {
    return new Span(start, end);
  }
}
