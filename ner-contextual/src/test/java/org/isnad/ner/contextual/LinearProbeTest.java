package org.isnad.ner.contextual;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LinearProbeTest {
  /** Three classes, each a noisy cluster around its own corner of a 4-dimensional space. */
  private static float[] data(int n, int[] labels, long seed) {
    Random r = new Random(seed);
    float[] x = new float[n * 4];
    for (int i = 0; i < n; i++) {
      labels[i] = i % 3;
      for (int d = 0; d < 4; d++) {
        x[i * 4 + d] = (float) (r.nextGaussian() * 0.3 + (d == labels[i] ? 2 : 0) + 5);
      }
    }
    return x;
  }

  @Test
  void learnsSeparableClassesAndGivesDistributions() {
    int[] y = new int[600];
    LinearProbe p = LinearProbe.train(data(600, y, 1), 4, y, 3, 3, 7);
    int[] ty = new int[300];
    float[] tx = data(300, ty, 2);
    int right = 0;
    for (int i = 0; i < 300; i++) {
      float[] q = p.probabilities(tx, i * 4);
      assertEquals(3, q.length);
      float sum = 0;
      int best = 0;
      for (int c = 0; c < 3; c++) {
        assertTrue(q[c] >= 0 && q[c] <= 1);
        sum += q[c];
        best = q[c] > q[best] ? c : best;
      }
      assertEquals(1f, sum, 1e-4);
      right += best == ty[i] ? 1 : 0;
    }
    assertTrue(right >= 290, right + " of 300 right");
  }

  @Test
  void roundTripsAndIsDeterministic() throws IOException {
    int[] y = new int[90];
    float[] x = data(90, y, 3);
    LinearProbe p = LinearProbe.train(x, 4, y, 3, 2, 7);
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    p.write(a);
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    LinearProbe.train(x, 4, y, 3, 2, 7).write(b);
    assertArrayEquals(a.toByteArray(), b.toByteArray());
    LinearProbe back = LinearProbe.read(new ByteArrayInputStream(a.toByteArray()));
    assertArrayEquals(p.probabilities(x, 8), back.probabilities(x, 8));
  }

  @Test
  void rejectsMisuseAndForeignStreams() throws IOException {
    assertThrows(IllegalArgumentException.class, () -> LinearProbe.train(new float[7], 4, new int[2], 3, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> LinearProbe.train(new float[8], 4, new int[] {0, 3}, 3, 1, 1));
    LinearProbe p = LinearProbe.train(new float[8], 4, new int[] {0, 1}, 3, 1, 1);
    assertThrows(IndexOutOfBoundsException.class, () -> p.probabilities(new float[4], 1));
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(gz)) {
      z.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    }
    assertThrows(IOException.class, () -> LinearProbe.read(new ByteArrayInputStream(gz.toByteArray())));
  }
}
