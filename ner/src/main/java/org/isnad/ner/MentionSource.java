package org.isnad.ner;

import java.util.List;
import org.isnad.core.SentenceSplitter;
import org.isnad.core.Span;
import org.isnad.core.Token;
import org.isnad.core.Tokenizer;

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

  /**
   * The mentions of {@code text} (as {@link #mentions(String)}) when the caller already has its
   * tokens and sentences: {@code tokens} must be what {@link Tokenizer#tokenize(String)} returns for
   * {@code text} and {@code sentences} what {@link SentenceSplitter#sentences(String, List)} returns
   * for them. The default ignores both and calls {@link #mentions(String)}; a source that would
   * tokenize anyway overrides it to skip its own passes.
   *
   * @throws NullPointerException if an argument is null
   */
  default List<Mention> mentions(String text, List<Token> tokens, List<Span> sentences) {
    return mentions(text);
  }
}
