package org.isnad.claims;

import java.util.List;
import java.util.Objects;
import org.isnad.core.Span;
import org.isnad.core.Token;
import org.isnad.ner.DocumentEntities;

/**
 * Everything {@link Isnad#analyze(String)} found in one document. Immutable; every offset points
 * into {@link #text()}.
 *
 * @param text      the analysed text
 * @param tokens    its tokens in text order
 * @param sentences its sentences in text order
 * @param entities  entity mentions, canonical entities and title/date/quantity annotations; the
 *                  entities are the recognizer's plus one for each quote speaker it missed, so
 *                  that every quote's {@code speakerEntity().id()} is the id of one of them
 * @param quotes    attributed quotes in text order of their cues
 */
public record Analysis(String text, List<Token> tokens, List<Span> sentences, DocumentEntities entities,
    List<Quote> quotes) {

  /** Copies the lists. @throws NullPointerException if a component is null */
  public Analysis {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entities, "entities");
    tokens = List.copyOf(tokens);
    sentences = List.copyOf(sentences);
    quotes = List.copyOf(quotes);
  }
}
