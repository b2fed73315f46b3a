package org.isnad.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FastCliticSegmenterTest {

  private final FastCliticSegmenter segmenter = new FastCliticSegmenter();

  /** Renders segments as text+text with kind initials, e.g. و/P+قال/S. */
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

  @ParameterizedTest
  @CsvSource({
    "وقال, و/P+قال/S",
    "والبوكمال, و/P+ال/A+بوكمال/S",
    "للتحالف, ل/P+ل/A+تحالف/S",
    "بقيادة, ب/P+قيادة/S",
    "دفاعاته, دفاعات/S+ه/E",
    "سيطرتها, سيطرت/S+ها/E",
    "الحكومة, ال/A+حكومة/S",
    "بالعاصمة, ب/P+ال/A+عاصمة/S",
    "وللجيش, و/P+ل/P+ل/A+جيش/S",
    "سيقول, س/P+يقول/S",
    "فيها, في/S+ها/E",
    "به, ب/S+ه/E",
    "للبنان, ل/P+لبنان/S",
    "مكانه, مكان/S+ه/E",
    "عليه, علي/S+ه/E",
    "وهي, و/P+هي/S",
    "بالي, بالي/S",
  })
  void splitsCliticsOfNewsWords(String word, String expected) {
    assertEquals(expected, render(segmenter.segment(word)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"وزير", "بغداد", "لبنان", "كركوك", "فرنسا", "ولاية", "الله", "وكالة",
      "بيان", "كما", "لكن", "مدينة", "على", "إلى", "الذي", "التي", "ألف"})
  void leavesWordsThatMerelyStartOrEndWithCliticLetters(String word) {
    assertEquals(word + "/S", render(segmenter.segment(word)));
  }

  @Test
  void keepsOriginalOffsetsWithDiacriticsAndTatweel() {
    String text = "قال: وَقـالَ بِالعاصِمَةِ";
    int start = text.indexOf('و');
    int end = text.indexOf(' ', start);
    List<Segment> segs = segmenter.segment(text, start, end);
    assertEquals("وَ/P+قـالَ/S", render(segs));
    assertEquals(start, segs.get(0).start());
    assertEquals(start + 2, segs.get(1).start());
    assertEquals(end, segs.get(1).end());
    List<Segment> second = segmenter.segment(text, end + 1, text.length());
    assertEquals("بِ/P+ال/A+عاصِمَةِ/S", render(second));
    assertContract(text, end + 1, text.length(), second);
  }

  @Test
  void tatweelBeforeTheSplitStaysWithTheClitic() {
    String word = "وـزارة";
    assertContract(word, 0, word.length(), segmenter.segment(word));
  }

  @Test
  void tehMarbutaIsNeverTheHehPronoun() {
    assertEquals("مدرسة/S", render(segmenter.segment("مدرسة")));
    assertEquals("مدرست/S+ه/E", render(segmenter.segment("مدرسته")));
  }

  @Test
  void nonArabicTokensAreOneStem() {
    for (String w : new String[] {"Reuters", "2024", "،", "#سوريا", "😀", "\uD800"}) {
      List<Segment> segs = segmenter.segment(w);
      assertEquals(1, segs.size(), w);
      assertEquals(SegmentKind.STEM, segs.get(0).kind());
      assertEquals(w, segs.get(0).text());
    }
  }

  @Test
  void segmentsATokenOfATokenizedText() {
    String text = "وقال المتحدث باسم الجيش إن قواته سيطرت على البوكمال.";
    List<String> all = new ArrayList<>();
    for (Token t : new Tokenizer().tokenize(text)) {
      List<Segment> segs = segmenter.segment(text, t);
      assertContract(text, t.start(), t.end(), segs);
      all.add(render(segs));
    }
    assertEquals("و/P+قال/S", all.get(0));
    assertEquals("قوات/S+ه/E", all.get(5));
    assertEquals(".", all.get(all.size() - 1).substring(0, 1));
  }

  @Test
  void emptyRangeGivesNoSegments() {
    assertTrue(segmenter.segment("وقال", 2, 2).isEmpty());
    assertTrue(segmenter.segment("").isEmpty());
  }

  @Test
  void rejectsBadArguments() {
    assertThrows(NullPointerException.class, () -> segmenter.segment(null, 0, 0));
    assertThrows(NullPointerException.class, () -> segmenter.segment((String) null));
    assertThrows(IndexOutOfBoundsException.class, () -> segmenter.segment("وقال", -1, 2));
    assertThrows(IndexOutOfBoundsException.class, () -> segmenter.segment("وقال", 3, 2));
    assertThrows(IndexOutOfBoundsException.class, () -> segmenter.segment("وقال", 0, 5));
  }

  @Test
  void contractHoldsOnEveryWordOfTheSeedArticles() throws Exception {
    java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("isnad.seeds"), "articles");
    int words = 0;
    try (var files = java.nio.file.Files.list(dir)) {
      for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) files::iterator) {
        String text = java.nio.file.Files.readString(f);
        for (Token t : new Tokenizer().tokenize(text)) {
          assertContract(text, t.start(), t.end(), segmenter.segment(text, t));
          words++;
        }
      }
    }
    assertTrue(words > 1000, "seed articles read: " + words);
  }

  @Test
  void oddInputNeverThrows() {
    String[] odd = {"\u0640\u0640", "\u064E", "و\u200Dقال", "ﻻ", "ﻟﻼﺟﺌﻴﻦ", "ووو", "ال", "لل", "س", "ها",
        "ب".repeat(10_000), "\u0000و"};
    for (String w : odd) {
      assertContract(w, 0, w.length(), segmenter.segment(w));
    }
  }

  static void assertContract(String text, int start, int end, List<Segment> segs) {
    if (start == end) {
      assertTrue(segs.isEmpty());
      return;
    }
    assertTrue(!segs.isEmpty());
    int at = start;
    int stems = 0;
    for (Segment s : segs) {
      assertEquals(at, s.start(), "contiguous");
      assertEquals(text.substring(s.start(), s.end()), s.text());
      assertTrue(s.end() > s.start(), "non-empty");
      at = s.end();
      if (s.kind() == SegmentKind.STEM) {
        stems++;
      }
    }
    assertEquals(end, at, "covering");
    assertEquals(1, stems, "exactly one stem in " + segs);
  }
}
