package org.isnad.ner.contextual;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.isnad.ner.TagEvidence;

/**
 * Multilingual BERT fine-tuned for BIO entity tags ({@code ner-contextual/training/}), run by ONNX
 * Runtime on the CPU: for each token, the probabilities of the nine tags of {@link TagEvidence#TAGS}.
 *
 * <ul>
 *   <li>Each token is split into word pieces ({@link WordPieceTokenizer}; at most {@value
 *       #MAX_PIECES} pieces per token are kept); a sentence is read in one window of {@code [CLS]}
 *       pieces {@code [SEP]} if its pieces fit into {@value #MAX_PIECES}, else cut between tokens into
 *       consecutive windows that do. Sentences are encoded each on its own, as in training.
 *   <li>A token's probabilities are the softmax of the model's scores at its first piece.
 *   <li>The model file is an int8-quantized ONNX graph with inputs {@code input_ids} and {@code
 *       attention_mask} (int64, batch × sequence) and output {@code logits} (batch × sequence × 9);
 *       {@code labels.txt} beside it names the output columns.
 * </ul>
 *
 * <p>{@link #getDefault()} loads the bundled model once. ONNX Runtime's own log goes nowhere below
 * errors; the number of threads one call uses is the system property {@value #THREADS_PROPERTY}
 * (default 1; callers run calls in parallel for throughput). Thread-safe: one session serves
 * concurrent calls.
 */
public final class OnnxTokenClassifier implements TagEvidence {
  /** Class path of the bundled model, its vocabulary and its output labels. */
  public static final String MODEL_RESOURCE = "/org/isnad/ner/contextual/ner.onnx";
  /** Class path of the bundled model's word-piece vocabulary (one piece per line, id = line). */
  public static final String VOCAB_RESOURCE = "/org/isnad/ner/contextual/vocab.txt";
  /** Class path of the bundled model's output labels (one BIO label per line, in output order). */
  public static final String LABELS_RESOURCE = "/org/isnad/ner/contextual/labels.txt";
  /** System property: intra-operation threads of one call (default 1). */
  public static final String THREADS_PROPERTY = "isnad.onnx.threads";
  /** The most pieces per window: the 128 positions trained less {@code [CLS]} and {@code [SEP]}. */
  public static final int MAX_PIECES = 126;

  private final OrtEnvironment env;
  private final OrtSession session;
  private final WordPieceTokenizer tokenizer;
  /** For each output column, its index in {@link TagEvidence#TAGS}. */
  private final int[] column;

  /**
   * A classifier over a model given as bytes, its vocabulary and its labels.
   *
   * @param threads intra-operation threads per call (at least 1)
   * @throws IllegalArgumentException if the model cannot be read as ONNX, the vocabulary lacks a
   *     special piece, or the labels are not the nine BIO tags
   */
  public OnnxTokenClassifier(byte[] model, List<String> vocabulary, List<String> labels, int threads) {
    Objects.requireNonNull(model, "model");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.tokenizer = new WordPieceTokenizer(vocabulary);
    this.column = columns(labels);
    this.env = OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL, "isnad");
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL);
      options.setIntraOpNumThreads(threads);
      options.setInterOpNumThreads(1);
      options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      this.session = env.createSession(model, options);
    } catch (OrtException e) {
      throw new IllegalArgumentException("not a usable entity model: " + firstLine(e.getMessage()), e);
    }
    if (!session.getInputNames().containsAll(List.of("input_ids", "attention_mask"))
        || !session.getOutputNames().contains("logits")) {
      throw new IllegalArgumentException("the entity model must take input_ids and attention_mask "
          + "and give logits; it takes " + session.getInputNames() + " and gives " + session.getOutputNames());
    }
  }

  private static int[] columns(List<String> labels) {
    if (labels.size() != TAGS.size()) {
      throw new IllegalArgumentException("the model must have " + TAGS.size() + " labels: " + labels);
    }
    int[] c = new int[labels.size()];
    boolean[] seen = new boolean[TAGS.size()];
    for (int i = 0; i < c.length; i++) {
      c[i] = TAGS.indexOf(labels.get(i).strip());
      if (c[i] < 0 || seen[c[i]]) {
        throw new IllegalArgumentException("unknown or repeated label: " + labels.get(i));
      }
      seen[c[i]] = true;
    }
    return c;
  }

  private static final class Holder {
    static final OnnxTokenClassifier INSTANCE = load();

    private static OnnxTokenClassifier load() {
      int threads = Integer.getInteger(THREADS_PROPERTY, 1);
      return new OnnxTokenClassifier(resource(MODEL_RESOURCE), lines(VOCAB_RESOURCE),
          lines(LABELS_RESOURCE), Math.max(1, threads));
    }
  }

  /**
   * The bundled model, loaded on first call (thread-safe, once per class loader).
   *
   * @throws IllegalStateException if a bundled file is missing
   * @throws IllegalArgumentException if the bundled model is corrupt
   * @throws UncheckedIOException if a bundled file cannot be read
   */
  public static OnnxTokenClassifier getDefault() {
    return Holder.INSTANCE;
  }

  /** The word-piece tokenizer of the model's vocabulary. */
  public WordPieceTokenizer tokenizer() {
    return tokenizer;
  }

  /**
   * The tag probabilities of each token of each sentence (each sentence encoded on its own).
   *
   * @throws NullPointerException if a sentence or token is null
   * @throws IllegalStateException if ONNX Runtime fails
   */
  @Override
  public List<float[][]> probabilities(List<List<String>> sentences) {
    List<float[][]> out = new ArrayList<>(sentences.size());
    for (List<String> sentence : sentences) {
      out.add(sentence(sentence));
    }
    return Collections.unmodifiableList(out);
  }

  private float[][] sentence(List<String> tokens) {
    int n = tokens.size();
    float[][] rows = new float[n][];
    int[][] pieces = new int[n][];
    for (int i = 0; i < n; i++) {
      int[] p = tokenizer.pieces(tokens.get(i));
      pieces[i] = p.length > MAX_PIECES ? Arrays.copyOf(p, MAX_PIECES) : p;
    }
    int from = 0;
    while (from < n) {
      int to = from;
      int size = 0;
      while (to < n && (to == from || size + pieces[to].length <= MAX_PIECES)) {
        size += pieces[to].length;
        to++;
      }
      window(pieces, from, to, size, rows);
      from = to;
    }
    return rows;
  }

  /** Encodes tokens {@code [from, to)} ({@code size} pieces) in one window, filling their rows. */
  private void window(int[][] pieces, int from, int to, int size, float[][] rows) {
    int len = size + 2;
    long[] ids = new long[len];
    long[] mask = new long[len];
    int[] first = new int[to - from];
    ids[0] = tokenizer.classifierId();
    int pos = 1;
    for (int i = from; i < to; i++) {
      first[i - from] = pos;
      for (int id : pieces[i]) {
        ids[pos++] = id;
      }
    }
    ids[pos] = tokenizer.separatorId();
    Arrays.fill(mask, 1L);
    long[] shape = {1, len};
    try (OnnxTensor tIds = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
        OnnxTensor tMask = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
        OrtSession.Result result = session.run(Map.of("input_ids", tIds, "attention_mask", tMask))) {
      float[][] logits = ((float[][][]) result.get(0).getValue())[0];
      for (int i = from; i < to; i++) {
        rows[i] = softmax(logits[first[i - from]]);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime failed: " + firstLine(e.getMessage()), e);
    }
  }

  private float[] softmax(float[] scores) {
    float max = Float.NEGATIVE_INFINITY;
    for (float s : scores) {
      max = Math.max(max, s);
    }
    float[] p = new float[TAGS.size()];
    double sum = 0;
    for (int c = 0; c < scores.length; c++) {
      double e = Math.exp(scores[c] - max);
      p[column[c]] = (float) e;
      sum += e;
    }
    for (int c = 0; c < p.length; c++) {
      p[c] = (float) (p[c] / sum);
    }
    return p;
  }

  private static byte[] resource(String path) {
    try (InputStream in = OnnxTokenClassifier.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("bundled entity model file " + path + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static List<String> lines(String path) {
    return new String(resource(path), StandardCharsets.UTF_8).lines().toList();
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
