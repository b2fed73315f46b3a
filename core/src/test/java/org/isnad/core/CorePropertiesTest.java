package org.isnad.core;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import net.jqwik.api.*;

/**
 * Invariants of normalization, tokenization and sentence splitting over generated text: random
 * Unicode, Arabic with heavy diacritics, quotation marks, control characters, directional marks,
 * lone surrogates and NUL. The seed is fixed so CI is reproducible.
 */
class CorePropertiesTest {
  private static final Tokenizer TOKENIZER = new Tokenizer();
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<Character> arabic = Arbitraries.chars().range('\u0600', '\u06FF');
    Arbitrary<Character> marks = Arbitraries.of('\u064B', '\u064E', '\u0651', '\u0670', '\u0640',
        '\u200C', '\u200D', '\u200E', '\u200F', '\u061C', '\uFEFF', '\u00AD');
    Arbitrary<Character> punct = Arbitraries.of('"', '\'', '“', '”', '«', '»', '„', '″', '.', '،',
        '؟', '!', ':', '(', ')', '…', '\n', ' ', '\u00A0', '#', '@', '%', '-', '/');
    Arbitrary<Character> odd = Arbitraries.of('\u0000', '\uD800', '\uDC00', '\uD83D', '\uDE00',
        '\uFFFF', '\uFEFB', '\uFDF2', '\uFE70', '\t', '\r', '\u2028');
    Arbitrary<Character> any = Arbitraries.chars();
    Arbitrary<Character> latin = Arbitraries.chars().range('a', 'z');
    Arbitrary<Character> digits = Arbitraries.of('1', '5', '0', '\u0661', '\u06F5', '.', ',');
    return Arbitraries.frequencyOf(
            Tuple.of(8, arabic), Tuple.of(4, marks), Tuple.of(5, punct), Tuple.of(2, odd),
            Tuple.of(1, any), Tuple.of(2, latin), Tuple.of(2, digits))
        .list().ofMaxSize(300)
        .map(cs -> {
          StringBuilder sb = new StringBuilder(cs.size());
          cs.forEach(sb::append);
          return sb.toString();
        });
  }

  @Property(tries = 400, seed = "20261121")
  void normalizationIsIdempotentAndMapsIntoTheOriginal(@ForAll("hostile") String text) {
    for (Normalizer n : new Normalizer[] {Normalizer.SEARCH, Normalizer.LIGHT}) {
      NormalizedText nt = n.normalize(text);
      assertEquals(nt.text(), n.apply(text));
      assertEquals(nt.text(), n.apply(nt.text()));
      int prevStart = 0;
      for (int i = 0; i < nt.length(); i++) {
        int s = nt.originalStart(i);
        int e = nt.originalEnd(i);
        assertTrue(0 <= s && s < e && e <= text.length());
        assertTrue(s >= prevStart);
        prevStart = s;
      }
      Span all = nt.toOriginal(0, nt.length());
      assertTrue(all.end() <= text.length());
    }
  }

  @Property(tries = 400, seed = "20261121")
  void tokensAreOrderedInBoundsAndExact(@ForAll("hostile") String text) {
    List<Token> tokens = TOKENIZER.tokenize(text);
    int pos = 0;
    for (Token t : tokens) {
      assertTrue(t.start() >= pos && t.end() > t.start() && t.end() <= text.length());
      assertEquals(text.substring(t.start(), t.end()), t.text());
      for (int i = pos; i < t.start(); i++) {
        char c = text.charAt(i);
        int type = Character.getType(c);
        assertTrue(Character.isWhitespace(c) || Character.isSpaceChar(c)
            || type == Character.FORMAT || type == Character.CONTROL, "skipped a visible char");
      }
      pos = t.end();
    }
    assertEquals(tokens, TOKENIZER.tokenize(text), "deterministic");
  }

  @Property(tries = 400, seed = "20261121")
  void sentencesAreOrderedAndInsideParagraphs(@ForAll("hostile") String text) {
    List<Span> sentences = SPLITTER.sentences(text);
    List<Span> paragraphs = SPLITTER.paragraphs(text);
    int pos = 0;
    for (Span s : sentences) {
      assertTrue(s.start() >= pos && s.end() <= text.length() && !s.isEmpty());
      assertTrue(paragraphs.stream().anyMatch(p -> p.contains(s)), "sentence crosses a paragraph");
      pos = s.end();
    }
  }
}
