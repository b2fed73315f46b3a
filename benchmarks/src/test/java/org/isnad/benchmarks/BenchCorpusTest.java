package org.isnad.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BenchCorpusTest {

  private static BenchCorpus corpus;

  @BeforeAll
  static void load() {
    corpus = BenchCorpus.load();
  }

  @Test
  void loadsAboutAHundredAndTwentyFiveThousandTokens() {
    assertTrue(corpus.tokens() > 115_000 && corpus.tokens() < 160_000,
        "token count " + corpus.tokens());
    assertTrue(corpus.utf8Bytes() > corpus.chars(), "Arabic text is mostly 2-byte UTF-8");
  }

  @Test
  void documentsAreSeedsThenArticleSizedAnercorpDocuments() {
    List<String> docs = corpus.documents();
    assertEquals(5, corpus.seedDocuments());
    int anercorpDocs = docs.size() - corpus.seedDocuments();
    // 125,114 tokens in documents of >= 300 tokens: a little over 400 documents
    assertTrue(anercorpDocs > 350 && anercorpDocs < 420, "documents " + anercorpDocs);
    for (String d : docs) {
      assertFalse(d.isBlank());
    }
  }

  @Test
  void sentencesAreJoinedWithArabicPunctuationSpacing() {
    StringBuilder sb = new StringBuilder();
    BenchCorpus.appendSentence(sb, List.of("قال", "(", "د", ")", "إن", "الوضع", "،", "صعب", "."));
    assertEquals("قال (د) إن الوضع، صعب.", sb.toString());
  }

  @Test
  void documentsCloseOnceTheyReachTheTokenTarget() {
    List<List<String>> sentences = BenchCorpus.readSentences(List.of(
        "أ O", "ب O", "", "ج O", "", "", "د B-LOC", "هـ O", "و O", ""));
    assertEquals(3, sentences.size());
    assertEquals(List.of("أ ب ج", "د هـ و"), BenchCorpus.reassemble(sentences, 3));
    assertThrows(IllegalArgumentException.class, () -> BenchCorpus.reassemble(sentences, 0));
  }

  @Test
  void repeatedTextStaysWithinItsByteBudget() {
    for (int size : new int[] {1024, 10240, 102400}) {
      String text = corpus.repeated(size);
      int bytes = text.getBytes(StandardCharsets.UTF_8).length;
      assertTrue(bytes <= size && bytes >= size * 9 / 10, size + " -> " + bytes);
    }
  }
}
