package org.isnad.ner.contextual;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A multinomial logistic regression from a token's encoder vector to tag probabilities: each
 * input dimension is standardized (mean and standard deviation of the training vectors), then
 * {@code softmax(W x + b)}. Trained by {@link #train} with AdaGrad on the log loss (learning rate
 * 0.05, L2 10^-6, one shuffled pass per epoch). Immutable and thread-safe.
 *
 * <p>Binary format (gzip-compressed, big-endian): int magic {@code 0x4953504C}, int version 1, int
 * dimension D, int class count C, D floats of means, D floats of standard deviations, C×(D+1) floats
 * of weights (per class D weights, then its bias).
 */
public final class LinearProbe {
  private static final int MAGIC = 0x4953504C;
  private static final int VERSION = 1;
  private static final float LEARNING_RATE = 0.05f;
  private static final float L2 = 1e-6f;
  private static final float MIN_STD = 1e-6f;
  private static final float SKIP_GRADIENT = 1e-4f;

  private final int dim;
  private final int classes;
  private final float[] mean;
  private final float[] std;
  private final float[] weights;

  private LinearProbe(int dim, int classes, float[] mean, float[] std, float[] weights) {
    this.dim = dim;
    this.classes = classes;
    this.mean = mean;
    this.std = std;
    this.weights = weights;
  }

  /** The input dimension. */
  public int dimension() {
    return dim;
  }

  /** The number of classes. */
  public int classes() {
    return classes;
  }

  /**
   * The class probabilities of the vector at {@code vectors[offset .. offset + dimension())}.
   *
   * @throws IndexOutOfBoundsException if the vector does not fit in {@code vectors}
   */
  public float[] probabilities(float[] vectors, int offset) {
    Objects.checkFromIndexSize(offset, dim, vectors.length);
    float[] x = new float[dim];
    for (int d = 0; d < dim; d++) {
      x[d] = (vectors[offset + d] - mean[d]) / std[d];
    }
    float[] z = new float[classes];
    scores(weights, dim, classes, x, 0, z);
    softmax(z);
    return z;
  }

  /**
   * Trains a probe on {@code n} vectors of dimension {@code dim} stored one after the other in
   * {@code vectors}, with class labels {@code labels[i]} in {@code [0, classes)}; deterministic for a
   * given {@code seed}.
   *
   * @throws IllegalArgumentException if the sizes disagree, there is no vector or a label is out of
   *     range
   */
  public static LinearProbe train(float[] vectors, int dim, int[] labels, int classes, int epochs,
      long seed) {
    int n = labels.length;
    if (dim <= 0 || classes < 2 || n == 0 || (long) n * dim != vectors.length || epochs < 1) {
      throw new IllegalArgumentException("need n > 0 vectors of dimension " + dim + " and labels");
    }
    for (int y : labels) {
      if (y < 0 || y >= classes) {
        throw new IllegalArgumentException("label out of range: " + y);
      }
    }
    float[] mean = new float[dim];
    float[] std = new float[dim];
    double[] sum = new double[dim];
    double[] sq = new double[dim];
    for (int i = 0; i < n; i++) {
      for (int d = 0; d < dim; d++) {
        double v = vectors[i * dim + d];
        sum[d] += v;
        sq[d] += v * v;
      }
    }
    for (int d = 0; d < dim; d++) {
      double m = sum[d] / n;
      mean[d] = (float) m;
      std[d] = (float) Math.sqrt(Math.max(0, sq[d] / n - m * m)) + MIN_STD;
    }
    float[] x = new float[(int) ((long) n * dim)];
    for (int i = 0; i < n; i++) {
      for (int d = 0; d < dim; d++) {
        x[i * dim + d] = (vectors[i * dim + d] - mean[d]) / std[d];
      }
    }
    int row = dim + 1;
    float[] w = new float[classes * row];
    float[] g2 = new float[w.length];
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Random random = new Random(seed);
    float[] z = new float[classes];
    for (int e = 0; e < epochs; e++) {
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int i : order) {
        scores(w, dim, classes, x, i * dim, z);
        softmax(z);
        z[labels[i]] -= 1f;
        for (int c = 0; c < classes; c++) {
          float g = z[c];
          if (Math.abs(g) < SKIP_GRADIENT) {
            continue;
          }
          int base = c * row;
          for (int d = 0; d <= dim; d++) {
            float gd = g * (d == dim ? 1f : x[i * dim + d]) + L2 * w[base + d];
            g2[base + d] += gd * gd;
            w[base + d] -= LEARNING_RATE * gd / (float) Math.sqrt(g2[base + d] + 1e-8f);
          }
        }
      }
    }
    return new LinearProbe(dim, classes, mean, std, w);
  }

  private static void scores(float[] w, int dim, int classes, float[] x, int off, float[] z) {
    int row = dim + 1;
    for (int c = 0; c < classes; c++) {
      int base = c * row;
      float acc = w[base + dim];
      for (int d = 0; d < dim; d++) {
        acc += w[base + d] * x[off + d];
      }
      z[c] = acc;
    }
  }

  private static void softmax(float[] z) {
    float max = Float.NEGATIVE_INFINITY;
    for (float v : z) {
      max = Math.max(max, v);
    }
    float sum = 0f;
    for (int c = 0; c < z.length; c++) {
      z[c] = (float) Math.exp(z[c] - max);
      sum += z[c];
    }
    for (int c = 0; c < z.length; c++) {
      z[c] /= sum;
    }
  }

  /**
   * Writes the probe in the binary format above.
   *
   * @throws IOException if writing fails
   */
  public void write(OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    d.writeInt(MAGIC);
    d.writeInt(VERSION);
    d.writeInt(dim);
    d.writeInt(classes);
    for (float[] a : new float[][] {mean, std, weights}) {
      for (float v : a) {
        d.writeFloat(v);
      }
    }
    d.flush();
    gz.finish();
    out.flush();
  }

  /**
   * Reads a probe written by {@link #write(OutputStream)}; does not close {@code in}.
   *
   * @throws IOException if reading fails or the stream is not such a probe
   */
  public static LinearProbe read(InputStream in) throws IOException {
    DataInputStream d =
        new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
    if (d.readInt() != MAGIC || d.readInt() != VERSION) {
      throw new IOException("not an Isnad probe (bad magic number or version)");
    }
    int dim = d.readInt();
    int classes = d.readInt();
    if (dim <= 0 || dim > 1 << 16 || classes < 2 || classes > 1 << 10) {
      throw new IOException("corrupt probe header: dim=" + dim + " classes=" + classes);
    }
    float[] mean = new float[dim];
    float[] std = new float[dim];
    float[] w = new float[classes * (dim + 1)];
    for (float[] a : new float[][] {mean, std, w}) {
      for (int i = 0; i < a.length; i++) {
        a[i] = d.readFloat();
      }
    }
    for (float s : std) {
      if (!(s > 0)) {
        throw new IOException("corrupt probe: non-positive standard deviation");
      }
    }
    return new LinearProbe(dim, classes, mean, std, w);
  }
}
