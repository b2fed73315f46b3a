package org.isnad.claims;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.isnad.core.SentenceSplitter;
import org.isnad.core.Span;
import org.isnad.core.Token;
import org.isnad.core.Tokenizer;
import org.isnad.ner.DocumentEntities;
import org.isnad.ner.EntityExtractor;

/**
 * The one entry point: analyses Arabic news text end to end — tokens, sentences, entities,
 * annotations and attributed quotes — and groups quotes of several documents into claims.
 *
 * <pre>{@code
 * Isnad isnad = Isnad.create();
 * Analysis a = isnad.analyze(text);
 * for (Quote q : a.quotes()) { ... q.speakerEntity().canonical() ... q.content().text() ... }
 * }</pre>
 *
 * <p>The statistical entity model is loaded once per process, on first use. An instance has no
 * mutable state and is safe to share between threads; create one and reuse it.
 */
public final class Isnad {
  private final Tokenizer tokenizer = new Tokenizer();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final EntityExtractor entities;
  private final QuoteExtractor quotes = QuoteExtractor.textOnly();
  private final ClaimClusterer clusterer = new ClaimClusterer();

  private Isnad(EntityExtractor entities) {
    this.entities = entities;
  }

  /** An analyser with the default entity model, alias table and rules. */
  public static Isnad create() {
    return new Isnad(EntityExtractor.getDefault());
  }

  /**
   * An analyser with its own entity extractor (a custom alias table, another mention source).
   *
   * @throws NullPointerException if {@code entities} is null
   */
  public static Isnad create(EntityExtractor entities) {
    return new Isnad(Objects.requireNonNull(entities, "entities"));
  }

  /**
   * Analyses one document. Never throws for a non-null string.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public Analysis analyze(String text) {
    Objects.requireNonNull(text, "text");
    List<Token> tokens = tokenizer.tokenize(text);
    List<Span> sentences = splitter.sentences(text, tokens);
    DocumentEntities found = entities.extract(text, tokens, sentences);
    SpeakerBinder.Bound bound = quotes.extract(text, tokens, sentences, found);
    return new Analysis(text, tokens, sentences, bound.entities(), bound.quotes());
  }

  /**
   * Groups the quotes of several documents (keyed by document id) into claims: the same
   * statement by the same source; see {@link ClaimClusterer}.
   *
   * @throws NullPointerException if {@code quotesByDocument} is null
   */
  public List<Claim> claims(Map<String, List<Quote>> quotesByDocument) {
    return clusterer.cluster(quotesByDocument);
  }
}
