package org.isnad.ner.model;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained averaged-perceptron sequence tagger over {@link TagSet}'s BIO tags: hashed feature
 * weights kept sparsely (a bucket-to-row index and packed rows of {@link TagSet#SIZE} floats), a
 * tag-transition matrix, and first-order Viterbi decoding restricted to well-formed BIO ({@code I-X}
 * only after {@code B-X} or {@code I-X}). Immutable and safe to share between threads.
 *
 * <p>Binary format (gzip-compressed, big-endian): int magic {@code 0x49534E52}, int version 1, int
 * bits, int tag count T, T×(T+1) floats of transitions (row 0 is the sentence start), int row
 * count, then per row: the bucket as a varint delta from the previous row's bucket, a short bit mask
 * of the non-zero tags and those tags' weights as floats; then int word count and per word (sorted)
 * a modified-UTF-8 normalized word and a varint count of how often it began a training entity;
 * then the {@link CorpusLexicon}: int word count, per word (sorted) the word and five varint counts.
 * A model that reads {@link org.isnad.ner.TagEvidence} is written as version 2, whose header has one
 * more int after the tag count: the number of evidence values per token (T); the rest is the same.
 */
public final class PerceptronModel {
  private static final int MAGIC = 0x49534E52;
  private static final int VERSION = 1;
  private static final int VERSION_WITH_EVIDENCE = 2;
  private static final int T = TagSet.SIZE;
  private static final float FORBIDDEN = Float.NEGATIVE_INFINITY;
  /**
   * Scale of the scores in the confidence softmax: perceptron scores are not log-probabilities and
   * saturate a plain softmax; 0.05 makes chunk confidence roughly calibrated on the dev split (chunks
   * with confidence 0.2–0.4 were 41% correct, 0.4–0.6 59%, 0.6–0.8 75%, 0.8–1 89%).
   */
  static final double TEMPERATURE_SCALE = 0.05;

  private final int bits;
  private final int[] rowOf;
  private final float[] rows;
  private final float[] transitions;
  private final FeatureExtractor extractor;
  private final Map<String, Integer> entityStarts;

  private final CorpusLexicon corpusLexicon;
  private final boolean evidence;

  PerceptronModel(int bits, int[] rowOf, float[] rows, float[] transitions,
      Map<String, Integer> entityStarts, CorpusLexicon corpusLexicon, boolean evidence) {
    this.evidence = evidence;
    this.bits = bits;
    this.rowOf = rowOf;
    this.rows = rows;
    this.transitions = transitions;
    this.corpusLexicon = corpusLexicon;
    this.extractor = new FeatureExtractor(Lexicon.get(), corpusLexicon, bits);
    this.entityStarts = Map.copyOf(entityStarts);
  }

  /**
   * How often a {@code Normalizer.SEARCH}-normalized word began an entity in the training data (0 if
   * never).
   */
  public int entityStartCount(String normalizedWord) {
    Integer c = entityStarts.get(normalizedWord);
    return c == null ? 0 : c;
  }

  /** Builds a sparse model from dense weights (bucket-major, T per bucket), dropping zero rows. */
  static PerceptronModel fromDense(int bits, float[] dense, float[] transitions,
      Map<String, Integer> entityStarts, CorpusLexicon corpusLexicon, boolean evidence) {
    int buckets = 1 << bits;
    int[] rowOf = new int[buckets];
    Arrays.fill(rowOf, -1);
    int count = 0;
    for (int b = 0; b < buckets; b++) {
      if (nonZero(dense, b * T)) {
        rowOf[b] = count++;
      }
    }
    float[] rows = new float[count * T];
    for (int b = 0; b < buckets; b++) {
      if (rowOf[b] >= 0) {
        System.arraycopy(dense, b * T, rows, rowOf[b] * T, T);
      }
    }
    return new PerceptronModel(bits, rowOf, rows, transitions.clone(), entityStarts,
        corpusLexicon, evidence);
  }

  /**
   * The model whose weights and transitions are the mean of {@code models}' (all with the same bits,
   * entity words and corpus lexicon, which are taken from the first): an ensemble of runs that differ
   * only in their shuffling seed, as cheap to apply as one model.
   *
   * @throws IllegalArgumentException if the list is empty or the models differ in bits or in
   *     whether they read evidence
   */
  public static PerceptronModel average(List<PerceptronModel> models) {
    if (models.isEmpty()) {
      throw new IllegalArgumentException("no models to average");
    }
    PerceptronModel first = models.get(0);
    int buckets = 1 << first.bits;
    float[] dense = new float[buckets * T];
    float[] trans = new float[first.transitions.length];
    float share = 1f / models.size();
    for (PerceptronModel m : models) {
      if (m.bits != first.bits || m.evidence != first.evidence) {
        throw new IllegalArgumentException("models differ in bits or evidence");
      }
      for (int b = 0; b < buckets; b++) {
        int r = m.rowOf[b];
        if (r >= 0) {
          for (int t = 0; t < T; t++) {
            dense[b * T + t] += share * m.rows[r * T + t];
          }
        }
      }
      for (int i = 0; i < trans.length; i++) {
        trans[i] += share * m.transitions[i];
      }
    }
    return fromDense(first.bits, dense, trans, first.entityStarts, first.corpusLexicon,
        first.evidence);
  }

  private static boolean nonZero(float[] a, int off) {
    for (int t = 0; t < T; t++) {
      if (a[off + t] != 0f) {
        return true;
      }
    }
    return false;
  }

  /**
   * How often a {@code Normalizer.SEARCH}-normalized word occurred inside an entity (any type, any
   * position) in the corpus statistics (0 if never).
   */
  public int entityCount(String normalizedWord) {
    int[] st = corpusLexicon.get(normalizedWord);
    if (st == null) {
      return 0;
    }
    int inside = 0;
    for (int k = 1; k < CorpusLexicon.SLOTS; k++) {
      inside += st[k];
    }
    return inside;
  }

  /**
   * Whether a {@code Normalizer.SEARCH}-normalized word is common and mostly outside entities in
   * the corpus statistics (seen at least {@code minCount} times, inside entities less than half).
   */
  public boolean isCommonWord(String normalizedWord, int minCount) {
    int[] st = corpusLexicon.get(normalizedWord);
    if (st == null || st[0] < minCount) {
      return false;
    }
    int inside = 0;
    for (int k = 1; k < CorpusLexicon.SLOTS; k++) {
      inside += st[k];
    }
    return 2 * inside < st[0];
  }

  /** The feature extractor matching this model's hashing. */
  public FeatureExtractor extractor() {
    return extractor;
  }

  /** The number of non-zero weight rows. */
  public int rowCount() {
    return rows.length / T;
  }

  /** Whether the model was trained with {@link org.isnad.ner.TagEvidence} and needs it to tag. */
  public boolean readsEvidence() {
    return evidence;
  }

  /** {@link #tag(List, float[][], float[])} without evidence. */
  public int[] tag(List<String> tokens, float[] confidence) {
    return tag(tokens, null, confidence);
  }

  /**
   * Tags a sentence: one {@link TagSet} index per token, well-formed BIO.
   *
   * @param evidence null, or per token {@link TagSet#SIZE} tag probabilities; required exactly when
   *     {@link #readsEvidence()}
   * @param confidence if not null, receives per token the softmax probability (scores scaled by
   *     0.05) of the chosen tag among the tags allowed after the chosen previous tag (length ≥ token
   *     count)
   */
  public int[] tag(List<String> tokens, float[][] evidence, float[] confidence) {
    Objects.requireNonNull(tokens, "tokens");
    if ((evidence != null) != this.evidence) {
      throw new IllegalArgumentException(this.evidence ? "this model needs tag evidence"
          : "this model was trained without tag evidence");
    }
    if (tokens.isEmpty()) {
      return new int[0];
    }
    SentenceFeatures f = extractor.extract(tokens, evidence);
    float[] emissions = new float[f.size * T];
    for (int i = 0; i < f.size; i++) {
      for (int k = f.offsets[i]; k < f.offsets[i + 1]; k++) {
        int r = rowOf[f.buckets[k]];
        if (r >= 0) {
          int base = r * T;
          int e = i * T;
          for (int t = 0; t < T; t++) {
            emissions[e + t] += rows[base + t];
          }
        }
      }
    }
    int[] tags = viterbi(emissions, f.size, transitions);
    if (confidence != null) {
      for (int i = 0; i < f.size; i++) {
        int prev = i == 0 ? -1 : tags[i - 1];
        double max = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < T; t++) {
          if (TagSet.allowed(prev, t)) {
            max = Math.max(max, emissions[i * T + t] + transitions[(prev + 1) * T + t]);
          }
        }
        double sum = 0;
        double chosen = 0;
        for (int t = 0; t < T; t++) {
          if (TagSet.allowed(prev, t)) {
            double e = Math.exp(TEMPERATURE_SCALE * (emissions[i * T + t] + transitions[(prev + 1) * T + t] - max));
            sum += e;
            if (t == tags[i]) {
              chosen = e;
            }
          }
        }
        confidence[i] = (float) (chosen / sum);
      }
    }
    return tags;
  }

  /**
   * The best well-formed tag sequence for emission scores {@code emissions[i*T + t]} and
   * transitions {@code transitions[(prev+1)*T + t]} (row 0: sentence start).
   */
  static int[] viterbi(float[] emissions, int n, float[] transitions) {
    float[] score = new float[n * T];
    int[] back = new int[n * T];
    for (int t = 0; t < T; t++) {
      score[t] = TagSet.allowed(-1, t) ? emissions[t] + transitions[t] : FORBIDDEN;
    }
    for (int i = 1; i < n; i++) {
      for (int t = 0; t < T; t++) {
        float best = FORBIDDEN;
        int arg = 0;
        for (int p = 0; p < T; p++) {
          float s = score[(i - 1) * T + p];
          if (s == FORBIDDEN || !TagSet.allowed(p, t)) {
            continue;
          }
          s += transitions[(p + 1) * T + t];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        score[i * T + t] = best == FORBIDDEN ? FORBIDDEN : best + emissions[i * T + t];
        back[i * T + t] = arg;
      }
    }
    int[] tags = new int[n];
    float best = FORBIDDEN;
    int arg = 0;
    for (int t = 0; t < T; t++) {
      if (score[(n - 1) * T + t] > best) {
        best = score[(n - 1) * T + t];
        arg = t;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      tags[i] = arg;
      arg = back[i * T + arg];
    }
    return tags;
  }

  /**
   * Writes the model in the binary format above.
   *
   * @throws IOException if writing fails
   */
  public void write(OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    d.writeInt(MAGIC);
    d.writeInt(evidence ? VERSION_WITH_EVIDENCE : VERSION);
    d.writeInt(bits);
    d.writeInt(T);
    if (evidence) {
      d.writeInt(T);
    }
    for (float v : transitions) {
      d.writeFloat(v);
    }
    d.writeInt(rowCount());
    int last = 0;
    for (int b = 0; b < rowOf.length; b++) {
      int r = rowOf[b];
      if (r < 0) {
        continue;
      }
      writeVarint(d, b - last);
      last = b;
      int m = 0;
      for (int t = 0; t < T; t++) {
        if (rows[r * T + t] != 0f) {
          m |= 1 << t;
        }
      }
      d.writeShort(m);
      for (int t = 0; t < T; t++) {
        if ((m & (1 << t)) != 0) {
          d.writeFloat(rows[r * T + t]);
        }
      }
    }
    TreeMap<String, Integer> sorted = new TreeMap<>(entityStarts);
    d.writeInt(sorted.size());
    for (Map.Entry<String, Integer> e : sorted.entrySet()) {
      d.writeUTF(e.getKey());
      writeVarint(d, e.getValue());
    }
    corpusLexicon.write(d);
    d.flush();
    gz.finish();
    out.flush();
  }

  /**
   * Reads a model written by {@link #write(OutputStream)}; does not close {@code in}.
   *
   * @throws IOException if reading fails or the stream is not such a model
   */
  public static PerceptronModel read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    DataInputStream d =
        new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
    if (d.readInt() != MAGIC) {
      throw new IOException("not an Isnad entity model (bad magic number)");
    }
    int version = d.readInt();
    if (version != VERSION && version != VERSION_WITH_EVIDENCE) {
      throw new IOException("unsupported entity model version " + version);
    }
    int bits = d.readInt();
    int t = d.readInt();
    if (bits < 10 || bits > 26 || t != T) {
      throw new IOException("corrupt entity model header: bits=" + bits + " tags=" + t);
    }
    boolean evidence = version == VERSION_WITH_EVIDENCE;
    if (evidence && d.readInt() != T) {
      throw new IOException("corrupt entity model header: evidence is not per tag");
    }
    float[] transitions = new float[(T + 1) * T];
    for (int i = 0; i < transitions.length; i++) {
      transitions[i] = d.readFloat();
    }
    int count = d.readInt();
    int buckets = 1 << bits;
    if (count < 0 || count > buckets) {
      throw new IOException("corrupt entity model: " + count + " rows");
    }
    int[] rowOf = new int[buckets];
    Arrays.fill(rowOf, -1);
    float[] rows = new float[count * T];
    int b = 0;
    for (int r = 0; r < count; r++) {
      b += readVarint(d);
      if (b < 0 || b >= buckets) {
        throw new IOException("corrupt entity model: bucket " + b);
      }
      rowOf[b] = r;
      int m = d.readShort() & 0xFFFF;
      for (int k = 0; k < T; k++) {
        if ((m & (1 << k)) != 0) {
          rows[r * T + k] = d.readFloat();
        }
      }
    }
    int words = d.readInt();
    if (words < 0) {
      throw new IOException("corrupt entity model: " + words + " entity words");
    }
    Map<String, Integer> starts = new HashMap<>();
    for (int i = 0; i < words; i++) {
      String w = d.readUTF();
      starts.put(w, readVarint(d));
    }
    CorpusLexicon lexicon = CorpusLexicon.read(d);
    return new PerceptronModel(bits, rowOf, rows, transitions, starts, lexicon, evidence);
  }

  static void writeVarint(DataOutputStream d, int v) throws IOException {
    while ((v & ~0x7F) != 0) {
      d.writeByte((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    d.writeByte(v);
  }

  static int readVarint(DataInputStream d) throws IOException {
    int v = 0;
    for (int shift = 0; shift < 32; shift += 7) {
      int b = d.readUnsignedByte();
      v |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw new IOException("corrupt entity model: bad varint");
  }
}
