package org.isnad.ner.contextual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.isnad.ner.TagEvidence;
import org.junit.jupiter.api.Test;

class OnnxTokenClassifierTest {
  private static final List<String> VOCAB = List.of("[PAD]", "[UNK]", "[CLS]", "[SEP]");

  @Test
  void aCorruptModelIsAClearError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new OnnxTokenClassifier("not a model".getBytes(StandardCharsets.UTF_8), VOCAB,
            TagEvidence.TAGS, 1));
    assertTrue(e.getMessage().startsWith("not a usable entity model"), e.getMessage());
  }

  @Test
  void labelsMustBeTheNineTagsAndThreadsPositive() {
    byte[] junk = new byte[8];
    assertThrows(IllegalArgumentException.class,
        () -> new OnnxTokenClassifier(junk, VOCAB, List.of("O", "B-PER"), 1));
    assertThrows(IllegalArgumentException.class, () -> new OnnxTokenClassifier(junk, VOCAB,
        List.of("O", "O", "I-PERS", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"), 1));
    assertThrows(IllegalArgumentException.class,
        () -> new OnnxTokenClassifier(junk, VOCAB, TagEvidence.TAGS, 0));
    assertThrows(NullPointerException.class,
        () -> new OnnxTokenClassifier(null, VOCAB, TagEvidence.TAGS, 1));
  }

  @Test
  void bundledModelGivesOneDistributionPerTokenAndCutsLongSentences() {
    OnnxTokenClassifier c = OnnxTokenClassifier.getDefault();
    assertSame(c, OnnxTokenClassifier.getDefault());
    String[] words = new String[400];
    for (int i = 0; i < words.length; i++) {
      words[i] = i % 7 == 0 ? "القاهرة" : "والمستشفيات";
    }
    List<float[][]> ev = c.probabilities(List.of(List.of(words), List.of(), List.of("x".repeat(500))));
    assertEquals(400, ev.get(0).length, "a sentence longer than one window is cut, not truncated");
    assertEquals(0, ev.get(1).length);
    assertEquals(1, ev.get(2).length);
    for (float[][] rows : ev) {
      for (float[] row : rows) {
        float sum = 0;
        for (float p : row) {
          assertTrue(p >= 0f);
          sum += p;
        }
        assertEquals(1f, sum, 1e-3);
      }
    }
  }
}
