package org.isnad.claims;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import net.jqwik.api.*;
import net.jqwik.api.statistics.Statistics;
import org.isnad.core.FastCliticSegmenter;
import org.isnad.core.Segment;
import org.isnad.core.SentenceSplitter;
import org.isnad.core.Span;
import org.isnad.core.Token;
import org.isnad.ner.Annotation;
import org.isnad.ner.DocumentEntities;
import org.isnad.ner.EntityExtractor;
import org.isnad.ner.Mention;
import org.isnad.ner.NamedEntityRecognizer;
import org.isnad.ner.link.Entity;
import org.isnad.ner.link.EntityMention;

/**
 * Invariants of every stage of the pipeline over generated hostile text: random Unicode, Arabic
 * with heavy diacritics, news words and speech cues mixed with Latin and digits, random quotation
 * marks and brackets, control characters, directional marks, lone surrogates, NUL and long lines
 * without a space. No stage throws; every offset is in bounds; every span's text is the text at
 * its offsets; results are identical across runs.
 *
 * <p>The seed is fixed. The number of tries is jqwik's default, set small in {@code
 * junit-platform.properties}; a longer run: {@code mvn -o -pl claims -am test
 * -Djqwik.tries.default=2000 -Dtest=PipelinePropertiesTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class PipelinePropertiesTest {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();
  private static final FastCliticSegmenter SEGMENTER = new FastCliticSegmenter();
  private static final QuoteExtractor QUOTES = QuoteExtractor.textOnly();
  private static final Isnad ISNAD = Isnad.create();

  private static final String[] WORDS = {
    "وقال", "قال", "قالت", "وأضاف", "أكد", "أن", "إن", "بأن", "بحسب", "وفقا", "لـ", "نقلا", "عن",
    "الوزير", "الرئيس", "محمد", "علي", "بغداد", "وزارة", "الخارجية", "رويترز", "لوكالة", "في",
    "بيان", "مضيفا", "المتحدث", "باسم", "الجيش", "يوم", "الاثنين", "مليون", "دولار", "ريان",
    "ديلون", "العقيد", "الأمم", "المتحدة", "مُحَمَّدٌ", "قَالَ", "اَلْوَزِيرُ", "ـــ", "Reuters",
    "UN", "2024", "١٢", "٪", "http://x.y/z", "a@b.co", "#وسم", "@user", "😀"
  };

  private static final String[] CLAUSES = {
    "وقال الوزير محمد علي إن ", "وقالت وزارة الخارجية في بيان: ", "بحسب المتحدث باسم الجيش، ",
    "وأضاف العقيد ريان ديلون لوكالة رويترز أن ", "قال الرئيس: «", "» وفقا لـ الأمم المتحدة. ",
    "وأكد \"", "\" قال محمد. ", "مضيفا أن ", "نقلا عن مسؤول في بغداد "
  };

  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<String> word = Arbitraries.of(WORDS);
    Arbitrary<String> arabic = Arbitraries.chars().range('\u0600', '\u06FF').map(String::valueOf);
    Arbitrary<String> diacritics = Arbitraries.chars().range('\u064B', '\u065F')
        .list().ofMinSize(1).ofMaxSize(6).map(PipelinePropertiesTest::join);
    Arbitrary<String> marks = Arbitraries.of("\"", "'", "“", "”", "«", "»", "„", "″", "‘", "’",
        "(", ")", "[", "]", "{", "}", "<", ">", "﴾", "﴿", ".", "،", "؟", "!", ":", "…", "-", "/");
    Arbitrary<String> space = Arbitraries.of(" ", " ", " ", "\n", "\n\n", "\u00A0", "\t", "\r\n",
        "\u2028", "\u2029");
    Arbitrary<String> odd = Arbitraries.of("\u0000", "\uD800", "\uDC00", "\uD83D", "\uDE00",
        "\uFFFF", "\uFEFF", "\u200E", "\u200F", "\u202B", "\u202C", "\u2066", "\u2069", "\u061C",
        "\u200C", "\u200D", "\u00AD", "\u0640", "\uFEFB", "\uFDF2", "\u0007", "\u001B", "\u0085");
    Arbitrary<String> any = Arbitraries.chars().map(String::valueOf);
    Arbitrary<String> latin = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
    Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789٠١٢٣٤٥٦٧٨٩۱۵.,")
        .ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> longRun = Arbitraries.of("ب", "اً", "x", "\"", "«", "ـ", "\u0651")
        .map(s -> s.repeat(700));
    Arbitrary<String> clause = Arbitraries.of(CLAUSES);
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        Tuple.of(20, word), Tuple.of(3, clause), Tuple.of(20, space), Tuple.of(6, arabic), Tuple.of(4, diacritics),
        Tuple.of(8, marks), Tuple.of(3, odd), Tuple.of(2, any), Tuple.of(3, latin),
        Tuple.of(3, digits), Tuple.of(1, longRun));
    return piece.list().ofMaxSize(120).map(PipelinePropertiesTest::join);
  }

  private static String join(List<?> parts) {
    StringBuilder sb = new StringBuilder();
    parts.forEach(sb::append);
    return sb.toString();
  }

  @Property(seed = "20261121")
  void tokensAndTheirSegmentsAreExact(@ForAll("hostile") String text) {
    Analysis a = ISNAD.analyze(text);
    int pos = 0;
    for (Token t : a.tokens()) {
      assertTrue(t.start() >= pos && t.start() < t.end() && t.end() <= text.length(), t::toString);
      assertEquals(text.substring(t.start(), t.end()), t.text());
      pos = t.end();
      List<Segment> segments = SEGMENTER.segment(text, t.start(), t.end());
      int segPos = t.start();
      for (Segment s : segments) {
        assertTrue(s.start() >= segPos && s.end() <= t.end() && s.start() <= s.end(), s::toString);
        assertEquals(text.substring(s.start(), s.end()), s.text());
        segPos = s.end();
      }
      assertEquals(segments, SEGMENTER.segment(text, t.start(), t.end()), "deterministic");
    }
    pos = 0;
    for (Span s : a.sentences()) {
      assertTrue(s.start() >= pos && s.end() <= text.length() && !s.isEmpty(), s::toString);
      pos = s.end();
    }
  }

  @Property(seed = "20261121")
  void recognizerMentionsAreOrderedDisjointAndExact(@ForAll("hostile") String text) {
    NamedEntityRecognizer ner = NamedEntityRecognizer.getDefault();
    List<Mention> mentions = ner.recognize(text);
    int pos = 0;
    for (Mention m : mentions) {
      assertTrue(m.start() >= pos && m.start() < m.end() && m.end() <= text.length(), m::toString);
      assertEquals(text.substring(m.start(), m.end()), m.text());
      assertTrue(m.confidence() >= 0 && m.confidence() <= 1, m::toString);
      pos = m.end();
    }
    assertEquals(mentions, ner.recognize(text), "deterministic");
    Statistics.label("has mentions").collect(!mentions.isEmpty());
    Statistics.label("has mentions").coverage(c -> c.check(true).percentage(p -> p > 5));
  }

  @Property(seed = "20261121")
  void extractedEntitiesAndAnnotationsAreExact(@ForAll("hostile") String text) {
    DocumentEntities found = EntityExtractor.getDefault().extract(text);
    assertEquals(text, found.text());
    int prevStart = 0;
    for (Mention m : found.mentions()) {
      assertTrue(m.start() >= prevStart && m.end() <= text.length(), m::toString);
      assertEquals(text.substring(m.start(), m.end()), m.text());
      prevStart = m.start();
    }
    prevStart = 0;
    for (Annotation an : found.annotations()) {
      assertTrue(an.start() >= prevStart && an.end() <= text.length(), an::toString);
      assertEquals(text.substring(an.start(), an.end()), an.text());
      prevStart = an.start();
    }
    for (Entity e : found.entities()) {
      for (EntityMention m : e.mentions()) {
        assertTrue(m.end() <= text.length(), m::toString);
        assertEquals(text.substring(m.start(), m.end()), m.text());
        assertEquals(text.substring(m.nameStart(), m.nameEnd()), m.name());
        if (m.apposition() != null) {
          assertTrue(m.apposition().end() <= text.length(), m::toString);
          assertEquals(text.substring(m.apposition().start(), m.apposition().end()),
              m.appositionText());
        }
      }
    }
    for (Annotation role : found.roles().keySet()) {
      assertTrue(found.annotations().contains(role), role::toString);
    }
    assertEquals(found, EntityExtractor.getDefault().extract(text), "deterministic");
  }

  @Property(seed = "20261121")
  void quotesAreExactAndStayInTheirParagraph(@ForAll("hostile") String text) {
    List<Quote> quotes = QUOTES.extract(text);
    List<Span> paragraphs = SPLITTER.paragraphs(text);
    for (Quote q : quotes) {
      assertExact(text, q.cue().text(), q.cue().start(), q.cue().end());
      assertExact(text, q.content().text(), q.content().start(), q.content().end());
      if (q.speaker() != null) {
        assertExact(text, q.speaker().text(), q.speaker().start(), q.speaker().end());
      }
      if (q.medium() != null) {
        assertExact(text, q.medium().text(), q.medium().start(), q.medium().end());
      }
      Span content = q.content().span();
      if (q.kind() != QuoteKind.INDIRECT && !closedAt(text, content.end())) {
        assertTrue(paragraphs.stream().anyMatch(p -> p.contains(content)),
            () -> "unclosed quote crosses a paragraph: " + q);
      }
    }
    assertEquals(quotes, QUOTES.extract(text), "deterministic");
    Statistics.label("has quotes").collect(!quotes.isEmpty());
    Statistics.label("has quotes").coverage(c -> c.check(true).percentage(p -> p > 5));
  }

  @Property(seed = "20261121")
  void analysisIsDeterministicAndItsQuotesExact(@ForAll("hostile") String text) {
    Analysis a = ISNAD.analyze(text);
    Analysis b = ISNAD.analyze(text);
    assertEquals(a, b, "deterministic");
    for (Quote q : a.quotes()) {
      assertExact(text, q.cue().text(), q.cue().start(), q.cue().end());
      assertExact(text, q.content().text(), q.content().start(), q.content().end());
      if (q.speaker() != null) {
        assertExact(text, q.speaker().text(), q.speaker().start(), q.speaker().end());
      }
      if (q.medium() != null) {
        assertExact(text, q.medium().text(), q.medium().start(), q.medium().end());
      }
    }
  }

  @Provide
  Arbitrary<String> anyUnicode() {
    return Arbitraries.strings().all().ofMaxLength(1500);
  }

  /** Any UTF-16 string at all, lone surrogates and unassigned code points included. */
  @Property(seed = "20261121")
  void arbitraryUnicodeAtEveryStage(@ForAll("anyUnicode") String text) {
    tokensAndTheirSegmentsAreExact(text);
    extractedEntitiesAndAnnotationsAreExact(text);
    analysisIsDeterministicAndItsQuotesExact(text);
    int pos = 0;
    for (Mention m : NamedEntityRecognizer.getDefault().recognize(text)) {
      assertTrue(m.start() >= pos && m.end() <= text.length(), m::toString);
      assertEquals(text.substring(m.start(), m.end()), m.text());
      pos = m.end();
    }
  }

  /** True when a closing quotation mark follows {@code end} (after optional spaces). */
  private static boolean closedAt(String text, int end) {
    return end < text.length() && "\"'”»“«„″’‘".indexOf(text.charAt(end)) >= 0;
  }

  private static void assertExact(String text, String reported, int start, int end) {
    assertTrue(0 <= start && start <= end && end <= text.length(),
        () -> "[" + start + ", " + end + ") outside a text of " + text.length());
    assertEquals(text.substring(start, end), reported);
  }
}
