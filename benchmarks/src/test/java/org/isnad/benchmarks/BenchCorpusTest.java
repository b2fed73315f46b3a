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

  @Test
  void piecesRejoinToTheTextAndKeepTheirBudget() {
    String text = corpus.repeated(102400);
    for (int size : new int[] {1024, 10240, 102400}) {
      List<String> pieces = BenchCorpus.pieces(text, size);
      assertEquals(text, String.join("", pieces), "size " + size);
      for (int i = 0; i < pieces.size(); i++) {
        String p = pieces.get(i);
        int bytes = p.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes <= size, size + ": piece of " + bytes);
        if (i < pieces.size() - 1) {
          assertTrue(Character.isWhitespace(p.charAt(p.length() - 1)), "cut after whitespace");
          assertTrue(bytes >= size / 2, size + ": short piece of " + bytes);
        }
      }
    }
  }

  @Test
  void piecesCutTextWithoutWhitespaceAtTheBudgetAndKeepSurrogatePairs() {
    String text = "\uD83D\uDE00".repeat(10) + "\u0639".repeat(7);
    List<String> pieces = BenchCorpus.pieces(text, 6);
    assertEquals(text, String.join("", pieces));
    for (String p : pieces) {
      assertTrue(p.getBytes(StandardCharsets.UTF_8).length <= 6);
      assertTrue(!Character.isHighSurrogate(p.charAt(p.length() - 1)), "pair split: " + p);
    }
    assertThrows(IllegalArgumentException.class, () -> BenchCorpus.pieces(text, 3));
  }
}
