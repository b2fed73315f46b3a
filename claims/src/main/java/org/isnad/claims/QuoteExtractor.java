package org.isnad.claims;

import java.util.List;
import java.util.Objects;
import org.isnad.core.SentenceSplitter;
import org.isnad.core.Span;
import org.isnad.core.Token;
import org.isnad.core.Tokenizer;
import org.isnad.ner.DocumentEntities;
import org.isnad.ner.EntityExtractor;

/**
 * Finds attributed quotes in Arabic news text, as defined in {@code docs/attributed-quotes.md}:
 * speech verbs in any person, gender and tense with their glued clitics (وقال، فأضافت، تقول),
 * adverbial participles (مضيفا، لافتا إلى أن), source phrases (بحسب، وفقا لـ، وفق ما أعلنه، نقلا
 * عن), the passive (تم التصريح من قبل …) and verbal nouns with a genitive source (اتهام الوزارة
 * … بأنه). For each it finds the speaker phrase, the medium, and the content: the text inside the
 * quotation marks for a direct quote, the clause after أن/إن/بأن up to the end of that clause for
 * an indirect one. Speakers resolve to the fullest name the document gives them; dropped and
 * pronoun subjects resolve to the most recent speaker whose gender agrees with the verb;
 * participles take the subject of their governing clause. By default the persons and
 * organisations of {@link EntityExtractor#getDefault()} refine the canonical names; {@link
 * #textOnly()} reads the text alone.
 *
 * <p>Quotation marks are paired by position within each line of a paragraph with {@link
 * Token#quoteRole()} as evidence; an unclosed mark ends at its line or paragraph. The whole pass is
 * linear in the number of tokens (apart from short bounded look-aheads). An extractor has no
 * mutable state and is safe to share between threads; its results are immutable.
 */
public final class QuoteExtractor {

  private final Tokenizer tokenizer = new Tokenizer();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final boolean withEntities;

  /**
   * An extractor whose {@link #extract(String)} also runs {@link EntityExtractor#getDefault()} and
   * hands its persons and organisations to the speaker resolution (fuller canonical names: بلير →
   * توني بلير).
   */
  public QuoteExtractor() {
    this(true);
  }

  private QuoteExtractor(boolean withEntities) {
    this.withEntities = withEntities;
  }

  /**
   * An extractor whose {@link #extract(String)} reads the text alone, without an entity
   * recognizer: faster, and independent of the statistical model.
   */
  public static QuoteExtractor textOnly() {
    return new QuoteExtractor(false);
  }

  /**
   * The quotes of {@code text}, in text order of their cues. Never throws for a non-null string:
   * should the entity recognizer fail, the text alone is used.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public List<Quote> extract(String text) {
    Objects.requireNonNull(text, "text");
    List<Token> tokens = tokenizer.tokenize(text);
    return extract(text, tokens, splitter.sentences(text, tokens), entitiesOf(text));
  }

  private List<EntityView> entitiesOf(String text) {
    if (!withEntities || text.isBlank()) {
      return List.of();
    }
    try {
      return NerEntityViews.of(EntityExtractor.getDefault().extract(text));
    } catch (RuntimeException e) {
      // the recognizer is an aid, not a requirement: quotes are found from the text alone
      return List.of();
    }
  }

  /**
   * The quotes of {@code text} with the entities a recognizer found in it (see {@link
   * EntityViews#fromMentions}); tokens and sentences are computed here.
   *
   * @throws NullPointerException if an argument is null
   */
  public List<Quote> extract(String text, List<EntityView> entities) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entities, "entities");
    List<Token> tokens = tokenizer.tokenize(text);
    return extract(text, tokens, splitter.sentences(text, tokens), entities);
  }

  /**
   * The quotes of {@code text}, given its tokens and sentences as already computed by {@link
   * Tokenizer} and {@link SentenceSplitter}, and the entities a recognizer found (may be empty).
   * Entities whose mentions fall inside a speaker phrase decide the speaker's canonical name; they
   * also let a later short mention resolve to them.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the tokens are not the text's tokens in text order, or the
   *     sentences are out of order or reach past the text
   */
  public List<Quote> extract(String text, List<Token> tokens, List<Span> sentences,
      List<EntityView> entities) {
    Objects.requireNonNull(entities, "entities");
    check(text, tokens, sentences);
    if (tokens.isEmpty()) {
      return List.of();
    }
    return new ExtractionRun(text, List.copyOf(tokens), List.copyOf(sentences), List.copyOf(entities)).run();
  }

  /**
   * The quotes of {@code text} with speakers resolved on the recognizer's entities {@code doc}:
   * every quote's speaker id is the id of an entity of the returned entities, which are {@code
   * doc}'s plus one for each speaker the recognizer missed (see {@link SpeakerBinder}).
   */
  SpeakerBinder.Bound extract(String text, List<Token> tokens, List<Span> sentences, DocumentEntities doc) {
    Objects.requireNonNull(doc, "doc");
    check(text, tokens, sentences);
    if (tokens.isEmpty()) {
      return new SpeakerBinder.Bound(List.of(), doc);
    }
    ExtractionRun run = new ExtractionRun(text, List.copyOf(tokens), List.copyOf(sentences), NerEntityViews.of(doc));
    List<Quote> quotes = run.run();
    return SpeakerBinder.bind(doc, quotes, run.speakers());
  }

  private static void check(String text, List<Token> tokens, List<Span> sentences) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(sentences, "sentences");
    int previousEnd = 0;
    for (Token t : tokens) {
      if (t.end() > text.length() || t.start() < previousEnd
          || !text.regionMatches(t.start(), t.text(), 0, t.text().length())) {
        throw new IllegalArgumentException("token " + t + " is out of order or not part of the text");
      }
      previousEnd = t.end();
    }
    previousEnd = 0;
    for (Span s : sentences) {
      if (s.start() < previousEnd || s.end() > text.length()) {
        throw new IllegalArgumentException("sentence " + s + " is out of order or past the end of the text");
      }
      previousEnd = s.end();
    }
  }
}
