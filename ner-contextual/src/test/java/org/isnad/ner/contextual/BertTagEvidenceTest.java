package org.isnad.ner.contextual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.isnad.ner.TagEvidence;
import org.junit.jupiter.api.Test;

/** Window packing and token alignment, with a fake encoder whose vectors say what it saw. */
class BertTagEvidenceTest {
  private static final int MAX = 8;

  /** Vector of a piece: (piece id, position in its window, window length). */
  static final class FakeEncoder implements PieceEncoder {
    final List<Integer> lengths = Collections.synchronizedList(new ArrayList<>());

    @Override
    public int maxPieces() {
      return MAX;
    }

    @Override
    public int dimension() {
      return 3;
    }

    @Override
    public float[][] encode(int[][] windows) {
      float[][] out = new float[windows.length][];
      for (int w = 0; w < windows.length; w++) {
        assertTrue(windows[w].length >= 1 && windows[w].length <= MAX);
        lengths.add(windows[w].length);
        out[w] = new float[windows[w].length * 3];
        for (int p = 0; p < windows[w].length; p++) {
          out[w][p * 3] = windows[w][p];
          out[w][p * 3 + 1] = p;
          out[w][p * 3 + 2] = windows[w].length;
        }
      }
      return out;
    }
  }

  // "a" is one piece (4), "bc" two (5, 6), anything else [UNK] (1)
  private static final WordPieceTokenizer WP =
      new WordPieceTokenizer(List.of("[PAD]", "[UNK]", "[CLS]", "[SEP]", "a", "b", "##c"));

  @Test
  void sentencesThatFitShareAWindowAndTokensAverageTheirPieces() {
    FakeEncoder enc = new FakeEncoder();
    BertTagEvidence ev = new BertTagEvidence(enc, WP, null);
    List<float[]> v = ev.vectors(List.of(List.of("a", "bc"), List.of("x", "a")));
    // pieces: a | b ##c || [UNK] | a  -> one window of 5
    assertEquals(List.of(5), enc.lengths);
    assertEquals(4f, v.get(0)[0]);
    assertEquals(0f, v.get(0)[1]);
    assertEquals(5.5f, v.get(0)[3], "the mean of pieces 5 and 6");
    assertEquals(1.5f, v.get(0)[4], "the mean of positions 1 and 2");
    assertEquals(1f, v.get(1)[0]);
    assertEquals(3f, v.get(1)[1], "the next sentence continues the window");
    assertEquals(4f, v.get(1)[3]);
    assertEquals(4f, v.get(1)[4]);
  }

  @Test
  void aSentenceThatDoesNotFitStartsANewWindow() {
    FakeEncoder enc = new FakeEncoder();
    List<float[]> v = new BertTagEvidence(enc, WP, null)
        .vectors(List.of(List.of("bc", "bc", "bc"), List.of("bc", "a")));
    assertEquals(List.of(3, 6), enc.lengths.stream().sorted().toList());
    assertEquals(0.5f, v.get(1)[1], "the second sentence opens its own window (positions 0 and 1)");
  }

  @Test
  void longSentencesAreCoveredByOverlappingWindowsAndEveryTokenIsRead() {
    // a token's pieces may straddle a window edge: only those inside its window are averaged
    FakeEncoder enc = new FakeEncoder();
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      tokens.add(i % 3 == 0 ? "bc" : "a");
    }
    List<float[]> v = new BertTagEvidence(enc, WP, null)
        .vectors(List.of(List.of("a"), tokens, List.of("a", "a"), List.of()));
    assertEquals(4, v.size());
    assertEquals(0, v.get(3).length);
    float[] x = v.get(1);
    for (int t = 0; t < tokens.size(); t++) {
      float id = x[t * 3];
      assertTrue(t % 3 == 0 ? id == 5.5f || id == 5f : id == 4f, "token " + t + " reads its own pieces: " + id);
      float pos = x[t * 3 + 1];
      float len = x[t * 3 + 2];
      assertTrue(pos >= 0 && pos < len);
    }
    assertEquals(0f, v.get(2)[1], "the sentence after a long one opens a new window");
    assertTrue(enc.lengths.stream().allMatch(l -> l <= MAX));
  }

  @Test
  void probabilitiesHaveOneRowPerTokenAndNeedAProbe() {
    FakeEncoder enc = new FakeEncoder();
    float[] x = new float[9 * 3];
    int[] y = new int[9];
    for (int i = 0; i < 9; i++) {
      y[i] = i;
      x[i * 3] = i;
    }
    LinearProbe probe = LinearProbe.train(x, 3, y, TagEvidence.TAGS.size(), 1, 1);
    BertTagEvidence ev = new BertTagEvidence(enc, WP, probe);
    List<float[][]> p = ev.probabilities(List.of(List.of("a", "bc", "z"), List.of()));
    assertEquals(3, p.get(0).length);
    assertEquals(9, p.get(0)[2].length);
    assertEquals(0, p.get(1).length);
    assertThrows(IllegalStateException.class,
        () -> new BertTagEvidence(enc, WP, null).probabilities(List.of(List.of("a"))));
    assertThrows(IllegalArgumentException.class, () -> new BertTagEvidence(enc, WP,
        LinearProbe.train(new float[8], 4, new int[] {0, 1}, 9, 1, 1)));
  }
}
