package org.isnad.core;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> sentences(String text) {
    return splitter.sentences(text).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void terminatorsEndSentences() {
    assertEquals(List.of("جاء الوزير.", "هل غادر؟", "نعم!", "ثم ماذا?"),
        sentences("جاء الوزير. هل غادر؟ نعم! ثم ماذا?"));
  }

  @Test
  void numbersDoNotSplit() {
    assertEquals(List.of("ارتفع بنسبة 3.5 في المئة في 28.10.2017 صباحا."),
        sentences("ارتفع بنسبة 3.5 في المئة في 28.10.2017 صباحا."));
  }

  @Test
  void blankLinesEndSentencesAndParagraphs() {
    String text = "عنوان الخبر\n\nالفقرة الأولى بلا نقطة\nتكمل هنا\n \nالفقرة الثانية.";
    assertEquals(List.of("عنوان الخبر", "الفقرة الأولى بلا نقطة\nتكمل هنا", "الفقرة الثانية."), sentences(text));
    assertEquals(List.of("عنوان الخبر", "الفقرة الأولى بلا نقطة\nتكمل هنا", "الفقرة الثانية."),
        splitter.paragraphs(text).stream().map(s -> s.of(text)).toList());
  }

  @Test
  void quotationStaysInOneSentenceAndClosingMarkIsKept() {
    assertEquals(List.of("وقال: “انتظرنا… ثم دخلنا. الوضع آمن.”", "وغادر."),
        sentences("وقال: “انتظرنا… ثم دخلنا. الوضع آمن.” وغادر."));
  }

  @Test
  void ellipsisOutsideQuotationEndsASentence() {
    assertEquals(List.of("وانتظروا…", "ثم دخلوا."), sentences("وانتظروا… ثم دخلوا."));
  }

  @Test
  void unclosedQuotationEndsWithItsParagraph() {
    String text = "قال: “بداية بلا نهاية. جملة أخرى\n\nفقرة جديدة. وثانية.";
    assertEquals(List.of("قال: “بداية بلا نهاية. جملة أخرى", "فقرة جديدة.", "وثانية."), sentences(text));
  }

  @Test
  void latinInitialsDoNotSplit() {
    assertEquals(List.of("قالت U.S. Army ذلك."), sentences("قالت U.S. Army ذلك."));
  }

  @Test
  void seedArticlesSplitIntoTrimmedInBoundsSentences() {
    for (String text : Seeds.articles().values()) {
      List<Span> spans = splitter.sentences(text);
      assertTrue(spans.size() > 10);
      int prev = 0;
      for (Span s : spans) {
        assertTrue(s.start() >= prev && s.end() <= text.length() && !s.isEmpty());
        assertFalse(Character.isWhitespace(text.charAt(s.start())));
        assertFalse(Character.isWhitespace(text.charAt(s.end() - 1)));
        prev = s.end();
      }
    }
  }

  @Test
  void emptyText() {
    assertTrue(splitter.sentences("").isEmpty());
    assertTrue(splitter.paragraphs("  \n\n ").isEmpty());
  }
}
