package org.isnad.claims;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.core.FastCliticSegmenter;
import org.isnad.core.NormalizedText;
import org.isnad.core.Normalizer;
import org.isnad.core.QuoteRole;
import org.isnad.core.Segment;
import org.isnad.core.SegmentKind;
import org.isnad.core.SentenceSplitter;
import org.isnad.core.Span;
import org.isnad.core.Token;
import org.isnad.core.TokenType;
import org.isnad.core.Tokenizer;
import org.isnad.ner.Annotation;
import org.isnad.ner.AnnotationType;
import org.isnad.ner.EntityExtractor;
import org.isnad.ner.EntityType;
import org.isnad.ner.Mention;
import org.isnad.ner.NamedEntityRecognizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every public entry point rejects null with a {@link NullPointerException} naming the parameter,
 * and negative, inverted or out-of-text ranges with an {@link IllegalArgumentException} or {@link
 * IndexOutOfBoundsException} that has a message.
 */
class ApiMisuseTest {
  private static final String TEXT = "وقال الوزير: «نعم».";

  private static void npe(String parameter, Executable call) {
    NullPointerException e = assertThrows(NullPointerException.class, call);
    assertNotNull(e.getMessage());
    assertTrue(e.getMessage().contains(parameter), () -> "message '" + e.getMessage() + "' names " + parameter);
  }

  private static void badRange(Executable call) {
    RuntimeException e = assertThrows(RuntimeException.class, call);
    assertTrue(e instanceof IllegalArgumentException || e instanceof IndexOutOfBoundsException, e::toString);
    assertNotNull(e.getMessage());
    assertFalse(e.getMessage().isBlank());
  }

  @Test
  void normalizer() {
    for (Normalizer n : List.of(Normalizer.SEARCH, Normalizer.LIGHT)) {
      npe("original", () -> n.normalize(null));
      npe("text", () -> n.apply(null));
    }
    NormalizedText nt = Normalizer.SEARCH.normalize("قالَ");
    badRange(() -> nt.toOriginal(-1, 1));
    badRange(() -> nt.toOriginal(2, 1));
    badRange(() -> nt.toOriginal(0, nt.length() + 1));
    badRange(() -> nt.originalStart(-1));
    badRange(() -> nt.originalEnd(nt.length()));
    npe("normalized", () -> nt.toOriginal(null));
  }

  @Test
  void tokenizerAndSentenceSplitter() {
    Tokenizer tokenizer = new Tokenizer();
    npe("text", () -> tokenizer.tokenize(null));
    npe("text", () -> tokenizer.tokenize(null, (s, e, t, r) -> { }));
    npe("out", () -> tokenizer.tokenize("x", null));
    SentenceSplitter splitter = new SentenceSplitter();
    npe("text", () -> splitter.sentences(null));
    npe("text", () -> splitter.sentences(null, List.of()));
    npe("tokens", () -> splitter.sentences("x", null));
    npe("text", () -> splitter.paragraphs(null));
    List<Token> longer = tokenizer.tokenize(TEXT + " " + TEXT);
    badRange(() -> splitter.sentences(TEXT, longer));
    List<Token> reversed = new ArrayList<>(tokenizer.tokenize(TEXT));
    java.util.Collections.reverse(reversed);
    badRange(() -> splitter.sentences(TEXT, reversed));
  }

  @Test
  void segmenter() {
    FastCliticSegmenter segmenter = new FastCliticSegmenter();
    npe("text", () -> segmenter.segment(null, 0, 0));
    badRange(() -> segmenter.segment("وقال", -1, 2));
    badRange(() -> segmenter.segment("وقال", 3, 2));
    badRange(() -> segmenter.segment("وقال", 0, 5));
  }

  @Test
  void valueTypes() {
    badRange(() -> new Span(-1, 2));
    badRange(() -> new Span(3, 2));
    npe("text", () -> new Token(null, 0, 1, TokenType.WORD, QuoteRole.NONE));
    npe("type", () -> new Token("a", 0, 1, null, QuoteRole.NONE));
    npe("quoteRole", () -> new Token("a", 0, 1, TokenType.WORD, null));
    badRange(() -> new Token("a", -1, 0, TokenType.WORD, QuoteRole.NONE));
    badRange(() -> new Token("ab", 2, 1, TokenType.WORD, QuoteRole.NONE));
    npe("text", () -> new Segment(null, 0, 1, SegmentKind.STEM));
    npe("kind", () -> new Segment("a", 0, 1, null));
    badRange(() -> new Segment("a", 2, 1, SegmentKind.STEM));
    npe("type", () -> new Mention(null, 0, 1, "a", 1));
    npe("text", () -> new Mention(EntityType.PERSON, 0, 1, null, 1));
    badRange(() -> new Mention(EntityType.PERSON, -1, 0, "a", 1));
    npe("text", () -> new Annotation(AnnotationType.DATE, 0, 1, null));
    badRange(() -> new Annotation(AnnotationType.DATE, 3, 2, "a"));
    npe("text", () -> new TextSpan(null, 0, 1));
    badRange(() -> new TextSpan("a", -1, 0));
    badRange(() -> TextSpan.of("abc", 2, 1));
    npe("source", () -> TextSpan.of(null, 0, 1));
  }

  @Test
  void recognizerAndExtractor() {
    NamedEntityRecognizer ner = NamedEntityRecognizer.getDefault();
    npe("text", () -> ner.recognize(null));
    npe("tokens", () -> ner.tag(null));
    npe("token", () -> ner.tag(Arrays.asList("قال", null)));
    npe("sentences", () -> ner.tagDocument(null));
    npe("sentence", () -> ner.tagDocument(Arrays.asList(List.of("قال"), null)));
    npe("in", () -> NamedEntityRecognizer.load(null));
    npe("text", () -> EntityExtractor.getDefault().extract(null));
    npe("source", () -> new EntityExtractor(null));
    npe("policy", () -> EntityExtractor.getDefault().withMergePolicy(null));
  }

  @Test
  void quotesAnalysisAndClaims() {
    QuoteExtractor quotes = QuoteExtractor.textOnly();
    npe("text", () -> quotes.extract(null));
    npe("text", () -> new QuoteExtractor().extract(null));
    npe("entities", () -> quotes.extract(TEXT, (List<EntityView>) null));
    List<Token> tokens = new Tokenizer().tokenize(TEXT);
    List<Span> sentences = new SentenceSplitter().sentences(TEXT, tokens);
    npe("tokens", () -> quotes.extract(TEXT, null, sentences, List.of()));
    npe("sentences", () -> quotes.extract(TEXT, tokens, null, List.of()));
    List<Token> other = new Tokenizer().tokenize(TEXT + " " + TEXT);
    badRange(() -> quotes.extract(TEXT, other, sentences, List.of()));
    badRange(() -> quotes.extract(TEXT, tokens, List.of(new Span(0, TEXT.length() + 5)), List.of()));

    Isnad isnad = Isnad.create();
    npe("text", () -> isnad.analyze(null));
    npe("entities", () -> Isnad.create(null));
    npe("quotesByDocument", () -> isnad.claims(null));

    ClaimClusterer clusterer = new ClaimClusterer();
    npe("quotesByDocument", () -> clusterer.cluster(null));
    Map<String, List<Quote>> nullList = new HashMap<>();
    nullList.put("d1", null);
    npe("d1", () -> clusterer.cluster(nullList));
    badRange(() -> new ClaimClusterer(0));
    badRange(() -> new ClaimClusterer(Double.NaN));
  }
}
