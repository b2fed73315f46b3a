package org.isnad.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Odd and hostile input: the extractor returns sensible results and never throws. */
class OddInputTest {

  private final QuoteExtractor extractor = new QuoteExtractor();

  @Test
  void emptyAndBlank() {
    assertTrue(extractor.extract("").isEmpty());
    assertTrue(extractor.extract("   \n\n  \t").isEmpty());
  }

  @Test
  void nullIsRejected() {
    assertThrows(NullPointerException.class, () -> extractor.extract(null));
  }

  @Test
  void onlyQuotationMarks() {
    assertTrue(extractor.extract("\"\"“”«»\"").isEmpty());
    assertTrue(extractor.extract("قال: “”").isEmpty());
  }

  @Test
  void aThousandUnbalancedMarks() {
    StringBuilder sb = new StringBuilder("وقال الوزير إن ");
    for (int i = 0; i < 1000; i++) {
      sb.append(i % 3 == 0 ? "“" : i % 3 == 1 ? "\" " : " ”كلمة ");
    }
    String t = sb.toString();
    List<Quote> qs = extractor.extract(t);
    for (Quote q : qs) {
      assertEquals(q.content().text(), t.substring(q.content().start(), q.content().end()));
    }
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      many.append("قال “نعم ");
    }
    String m = many.toString();
    List<Quote> mq = extractor.extract(m);
    for (Quote q : mq) {
      assertTrue(q.content().end() <= m.length());
    }
  }

  @Test
  void unclosedMarkEndsAtItsParagraph() {
    String first = "وقال المتحدث: “سنواصل العمل حتى النهاية مهما كانت الظروف";
    String t = first + "\n\nوقال الوزير إن الوضع مستقر.";
    List<Quote> qs = extractor.extract(t);
    assertEquals(2, qs.size());
    assertEquals("سنواصل العمل حتى النهاية مهما كانت الظروف", qs.get(0).content().text());
    assertTrue(qs.get(0).content().end() <= first.length());
    assertEquals("الوضع مستقر", qs.get(1).content().text());
  }

  @Test
  void controlCharactersSurrogatesAndMixedScripts() {
    String t = "وقال\u0000 الرئيس \uD800 إن \u200F“نعم\uDC00”\u0007 وقال CEO John: \"OK\" ١٢٣ \u202Eقال";
    List<Quote> qs = extractor.extract(t);
    for (Quote q : qs) {
      assertEquals(q.content().text(), t.substring(q.content().start(), q.content().end()));
    }
  }

  @Test
  void randomStringsNeverThrow() {
    String[] pieces = {"قال", "وقالت", "إن", "أن", "بأنه", "“", "”", "\"", "«", "»", ":", "،", ",", ".", "\n",
        "\n\n", "مضيفا", "بحسب", "وفقا", "لـ", "الوزير", "وزارة", "العقيد", "أحمد", "في", "تصريح", "لوكالة",
        "رويترز", "عن", "نقلت", "تم", "التصريح", "من", "قبل", "اتهام", "وفق", "ما", "أعلنه", "(", ")", "x",
        "\uD83D\uDE00", "\uDFFF", "١", "عبر", "الهاتف", "وهو", "يقول", "قائلا", "على", "لسان", "الذي", "اليوم"};
    Random r = new Random(42);
    for (int round = 0; round < 3000; round++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(60);
      for (int i = 0; i < len; i++) {
        sb.append(pieces[r.nextInt(pieces.length)]);
        if (r.nextInt(4) > 0) {
          sb.append(' ');
        }
      }
      String t = sb.toString();
      List<Quote> qs = extractor.extract(t);
      for (Quote q : qs) {
        assertTrue(q.content().start() >= 0 && q.content().end() <= t.length(), t);
        assertEquals(q.content().text(), t.substring(q.content().start(), q.content().end()));
      }
    }
  }

  @Test
  void tokensOfAnotherTextAreRejected() {
    List<org.isnad.core.Token> tokens = new org.isnad.core.Tokenizer().tokenize("قال الوزير إن الوضع مستقر");
    assertThrows(IllegalArgumentException.class,
        () -> extractor.extract("نص آخر تماما هنا", tokens, List.of(), List.of()));
  }
}
