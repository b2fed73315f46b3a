package org.isnad.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.claims.QuoteEvaluation.FindingType;
import org.isnad.claims.QuoteEvaluation.Reference;
import org.isnad.claims.QuoteEvaluation.Row;
import org.isnad.core.Span;
import org.junit.jupiter.api.Test;

class QuoteEvaluationTest {
  private static final String TEXT = "قال الوزير سامي خليل إن المفاوضات ستستأنف غدا. وأضاف أن الوفد جاهز.";

  private static Span find(String part) {
    int i = TEXT.indexOf(part);
    return new Span(i, i + part.length());
  }

  private static Quote quote(String content, String canonical, boolean mention) {
    Span c = find(content);
    Span cue = find("قال");
    return new Quote(QuoteKind.INDIRECT, new Cue("قال", cue.start(), cue.end(), "قال"),
        mention ? TextSpan.of(TEXT, find("الوزير").start(), find("الوزير").end()) : null,
        canonical == null ? null : new SpeakerEntity("E1", canonical, SourceType.PERSON, null),
        TextSpan.of(TEXT, c.start(), c.end()), null, 1);
  }

  private static Reference ref(String content, boolean mention) {
    return new Reference(QuoteKind.INDIRECT, find("قال"), mention ? find("الوزير سامي خليل") : null,
        find("سامي خليل"), find(content));
  }

  @Test
  void matchNeedsHalfTheReferenceSpan() {
    Reference r = ref("المفاوضات ستستأنف غدا", true);
    Row half = QuoteEvaluation.score(List.of(new QuoteEvaluation.Document("d", TEXT, List.of(r),
        List.of(quote("المفاوضات ستستأنف", "سامي خليل", true)), null))).overall();
    assertEquals(1, half.matched());
    Row less = QuoteEvaluation.score(List.of(new QuoteEvaluation.Document("d", TEXT, List.of(r),
        List.of(quote("غدا. وأضاف", "سامي خليل", true)), null))).overall();
    assertEquals(0, less.matched());
    assertEquals(0.0, less.precision());
    assertEquals(0.0, less.recall());
  }

  @Test
  void speakerByWholeWordsOfTheName() {
    Reference r = ref("المفاوضات ستستأنف غدا", true);
    assertTrue(QuoteEvaluation.speakerRight(TEXT, null, r, quote("المفاوضات ستستأنف غدا", "سامي خليل", true)));
    assertTrue(QuoteEvaluation.speakerRight(TEXT, null, r, quote("المفاوضات ستستأنف غدا", "خليل", true)));
    assertFalse(QuoteEvaluation.speakerRight(TEXT, null, r, quote("المفاوضات ستستأنف غدا", "خلي", true)));
    assertFalse(QuoteEvaluation.speakerRight(TEXT, null, r, quote("المفاوضات ستستأنف غدا", "الوزارة", true)));
    assertFalse(QuoteEvaluation.speakerRight(TEXT, null, r, quote("المفاوضات ستستأنف غدا", null, true)));
  }

  @Test
  void rowsSplitByKindAndByWrittenSpeaker() {
    QuoteEvaluation.Result result = QuoteEvaluation.score(List.of(new QuoteEvaluation.Document("d", TEXT,
        List.of(ref("المفاوضات ستستأنف غدا", true), ref("الوفد جاهز", false)),
        List.of(quote("المفاوضات ستستأنف غدا", "سامي خليل", true), quote("الوفد جاهز", "الوزارة", false),
            quote("قال الوزير", "سامي خليل", true)), null)));
    Row all = result.overall();
    assertEquals(2, all.references());
    assertEquals(3, all.predicted());
    assertEquals(2, all.matched());
    assertEquals(1, all.speakerRight());
    Row verb = result.rows().get(QuoteEvaluation.VERB);
    assertEquals(1, verb.references());
    assertEquals(0.0, verb.speakerAccuracy());
    assertEquals(1.0, result.rows().get(QuoteEvaluation.MENTION).speakerAccuracy());
    assertEquals(List.of(FindingType.WRONG_SPEAKER, FindingType.EXTRA),
        result.findings().stream().map(QuoteEvaluation.Finding::type).toList());
    assertTrue(result.findings().get(0).describe(TEXT).contains("want=سامي خليل (verb) got=الوزارة"));
  }
}
