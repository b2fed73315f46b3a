package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import org.isnad.core.Segment;
import org.isnad.core.SegmentKind;
import org.isnad.core.Token;
import org.isnad.core.TokenType;
import org.isnad.core.Tokenizer;
import org.junit.jupiter.api.Test;

class CoreNlpCliticSegmenterTest {

  private final CoreNlpCliticSegmenter segmenter = new CoreNlpCliticSegmenter();

  private static String render(List<Segment> segments) {
    StringBuilder sb = new StringBuilder();
    for (Segment s : segments) {
      if (sb.length() > 0) {
        sb.append('+');
      }
      sb.append(s.text()).append('/').append(s.kind().name().charAt(0));
    }
    return sb.toString();
  }

  /** Segments the word at {@code index} of the Arabic words of {@code sentence}. */
  private String inSentence(String sentence, int index) {
    int k = 0;
    for (Token t : new Tokenizer().tokenize(sentence)) {
      if (t.type() == TokenType.WORD && k++ == index) {
        List<Segment> segs = segmenter.segment(sentence, t);
        assertContract(sentence, t.start(), t.end(), segs);
        return render(segs);
      }
    }
    throw new AssertionError("no word " + index);
  }

  @Test
  void splitsCliticsInContextKeepingTheArticle() {
    String s = "وقال المتحدث إن قوات التحالف سيطرت على البوكمال بقيادة الجيش ودفاعاته";
    assertEquals("و/P+قال/S", inSentence(s, 0));
    assertEquals("المتحدث/S", inSentence(s, 1));
    assertEquals("البوكمال/S", inSentence(s, 7));
    assertEquals("ب/P+قيادة/S", inSentence(s, 8));
    assertEquals("و/P+دفاعات/S+ه/E", inSentence(s, 10));
  }

  @Test
  void mapsRewrittenSegmentsBackToTheOriginalLetters() {
    // CoreNLP restores the alef (ل + التحالف) and writes ة for ت (سيطرة + ها).
    String s = "وقدم الدعم للتحالف الذي أعلن سيطرتها على المدينة";
    assertEquals("ل/P+لتحالف/S", inSentence(s, 2));
    assertEquals("سيطرت/S+ها/E", inSentence(s, 5));
  }

  @Test
  void keepsOffsetsWithDiacriticsAndTatweel() {
    String text = "قال: وَقـالَ الرئيس";
    int start = text.indexOf('و');
    int end = text.indexOf(' ', start);
    List<Segment> segs = segmenter.segment(text, start, end);
    assertContract(text, start, end, segs);
    assertEquals("وَ/P+قـالَ/S", render(segs));
  }

  @Test
  void wordsThatMerelyStartWithCliticLettersStayWhole() {
    String s = "قال وزير الخارجية في بغداد إن لبنان وفرنسا";
    assertEquals("وزير/S", inSentence(s, 1));
    assertEquals("بغداد/S", inSentence(s, 4));
    assertEquals("لبنان/S", inSentence(s, 6));
  }

  @Test
  void nonArabicTokensAndEmptyRanges() {
    for (String w : new String[] {"Reuters", "2024", "،", "😀", "\uD800"}) {
      assertEquals(List.of(new Segment(w, 0, w.length(), SegmentKind.STEM)), segmenter.segment(w));
    }
    assertTrue(segmenter.segment("وقال", 1, 1).isEmpty());
  }

  @Test
  void rejectsBadArguments() {
    assertThrows(NullPointerException.class, () -> segmenter.segment(null, 0, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> segmenter.segment("وقال", -1, 2));
    assertThrows(IndexOutOfBoundsException.class, () -> segmenter.segment("وقال", 3, 2));
    assertThrows(IndexOutOfBoundsException.class, () -> segmenter.segment("وقال", 0, 5));
  }

  @Test
  void oddInputNeverThrows() {
    String[] odd = {"\u0640\u0640", "\u064E", "و\u200Dقال", "ﻻ", "ﻟﻼﺟﺌﻴﻦ", "ووو", "ال", "لل", "س",
        "ب".repeat(5_000), "\u0000و", "و ب ل", "ا\u0640\u0640\u0640ل"};
    for (String w : odd) {
      assertContract(w, 0, w.length(), segmenter.segment(w));
    }
  }

  @Test
  void sharedInstanceGivesTheSameAnswersOnSeveralThreads() throws Exception {
    String text = "وقال المتحدث باسم الجيش إن قواته سيطرت على البوكمال وبدأت عملياتها للتحالف";
    List<Token> words = new ArrayList<>();
    for (Token t : new Tokenizer().tokenize(text)) {
      if (t.type() == TokenType.WORD) {
        words.add(t);
      }
    }
    List<String> expected = new ArrayList<>();
    for (Token t : words) {
      expected.add(render(segmenter.segment(text, t)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int k = 0; k < 6; k++) {
        futures.add(pool.submit(() -> {
          List<String> got = new ArrayList<>();
          for (Token t : words) {
            got.add(render(segmenter.segment(text, t)));
          }
          return got;
        }));
      }
      for (Future<List<String>> f : futures) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void alignerMapsBoundariesThroughRewrites() {
    assertArrayEquals(new int[] {1}, SegmentAligner.boundaries(new String[] {"ل", "التحالف"}, "للتحالف", 2));
    assertArrayEquals(new int[] {5}, SegmentAligner.boundaries(new String[] {"سيطره", "ها"}, "سيطرتها", 2));
    assertArrayEquals(new int[] {1, 4}, SegmentAligner.boundaries(new String[] {"و", "قال", "ه"}, "وقاله", 0));
    assertNull(SegmentAligner.boundaries(new String[] {"abc", "def"}, "وقال", 2));
    assertNull(SegmentAligner.boundaries(new String[] {"", "وقال"}, "وقال", 2));
  }

  static void assertContract(String text, int start, int end, List<Segment> segs) {
    if (start == end) {
      assertTrue(segs.isEmpty());
      return;
    }
    int at = start;
    int stems = 0;
    for (Segment s : segs) {
      assertEquals(at, s.start(), "contiguous");
      assertEquals(text.substring(s.start(), s.end()), s.text());
      assertTrue(s.end() > s.start(), "non-empty");
      at = s.end();
      stems += s.kind() == SegmentKind.STEM ? 1 : 0;
    }
    assertEquals(end, at, "covering");
    assertEquals(1, stems, "one stem: " + segs);
  }
}
