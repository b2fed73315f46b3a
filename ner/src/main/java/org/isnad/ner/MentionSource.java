package org.isnad.ner;

import java.util.List;

/**
 * Anything that finds entity mentions in a text: the statistical recognizer, a gazetteer, a test
 * fake. {@link EntityExtractor} takes one.
 */
@FunctionalInterface
public interface MentionSource {
  /**
   * The mentions found in {@code text}, each at exact original offsets ({@code text.substring(start,
   * end)} equals its text), name only. Order and overlaps are free; callers sort.
   *
   * @throws NullPointerException if {@code text} is null
   */
  List<Mention> mentions(String text);
}
