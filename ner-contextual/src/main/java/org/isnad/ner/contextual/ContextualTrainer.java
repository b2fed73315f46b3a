package org.isnad.ner.contextual;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.isnad.ner.ConllEvaluator;
import org.isnad.ner.ConllSentence;
import org.isnad.ner.NerTrainer;
import org.isnad.ner.TagEvidence;
import org.isnad.ner.model.Corpora;
import org.isnad.ner.model.TagSet;

/**
 * Retrains the contextual model from the ANERcorp train file committed under {@code ner/data/}:
 *
 * <ol>
 *   <li>encodes every ANERcorp sentence with {@link MultilingualBert} (each block of {@link
 *       Corpora#block} read as one document, so no window spans two blocks; about 6 minutes on two
 *       cores; cached in {@code --vectors FILE});
 *   <li>trains {@link LinearProbe}s from token vectors to tags: for the train sentences five
 *       jackknife probes, each trained without one contiguous fifth and giving that fifth its
 *       evidence (the folds of the corpus statistics in {@link NerTrainer}), and one probe on all
 *       train sentences, which gives the held-out block its evidence and is written to {@code
 *       --probe-out};
 *   <li>writes the evidence file and runs {@link NerTrainer} with {@code --evidence} and {@code
 *       --ensemble 3} (the weights of three taggers trained with seeds 20171109 … 20171111
 *       averaged), which trains the tagger, prints its held-out figures and writes it to {@code
 *       --model-out}.
 * </ol>
 *
 * <p>Run from the repository root (see {@code ner-contextual/scripts/retrain.sh}). Options: {@code
 * --data DIR} ({@code ner/data}), {@code --dev-block B} (9, the dev split; 0–8 for
 * cross-validation), {@code --vectors FILE} ({@code ner-contextual/target/anercorp-vectors.f32}),
 * {@code --evidence-out FILE} ({@code ner-contextual/target/evidence-B.tsv}), {@code --probe-out
 * FILE} and {@code --model-out FILE} (the bundled resources; {@code -} writes nothing), {@code
 * --epochs N} (probe epochs, 4). The ANERcorp test portion is never read.
 */
public final class ContextualTrainer {
  static final int FOLDS = 5;
  static final int PROBE_EPOCHS = 4;
  static final long PROBE_SEED = 7L;
  /** Taggers averaged into the contextual model (seeds 20171109 … 20171111). */
  static final int ENSEMBLE = 3;
  private static final String RESOURCES = "ner-contextual/src/main/resources/org/isnad/ner/contextual/";

  private ContextualTrainer() {}

  /**
   * Runs training; see the class comment for arguments.
   *
   * @throws IOException if data cannot be read or output written
   */
  public static void main(String[] args) throws IOException {
    Path data = Path.of("ner/data");
    int block = 9;
    Path vectorsFile = Path.of("ner-contextual/target/anercorp-vectors.f32");
    String evidenceOut = null;
    String probeOut = RESOURCES + "probe.bin.gz";
    String modelOut = RESOURCES + "contextual-model.bin.gz";
    int epochs = PROBE_EPOCHS;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> data = Path.of(args[++i]);
        case "--dev-block" -> block = Integer.parseInt(args[++i]);
        case "--vectors" -> vectorsFile = Path.of(args[++i]);
        case "--evidence-out" -> evidenceOut = args[++i];
        case "--probe-out" -> probeOut = args[++i];
        case "--model-out" -> modelOut = args[++i];
        case "--epochs" -> epochs = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (evidenceOut == null) {
      evidenceOut = "ner-contextual/target/evidence-" + block + ".tsv";
    }
    List<ConllSentence> aner = Corpora.anercorp(data);
    int n = aner.size();
    int[] offsets = new int[n + 1];
    for (int s = 0; s < n; s++) {
      offsets[s + 1] = offsets[s] + aner.get(s).size();
    }
    int dim = MultilingualBert.getDefault().dimension();
    float[] vectors = vectors(aner, offsets, dim, vectorsFile);
    int[] labels = new int[offsets[n]];
    for (int s = 0; s < n; s++) {
      List<String> tags = aner.get(s).column(-1);
      for (int i = 0; i < tags.size(); i++) {
        labels[offsets[s] + i] = TagSet.index(tags.get(i));
      }
    }
    List<Integer> train = new ArrayList<>();
    List<Integer> held = new ArrayList<>();
    List<ConllSentence> heldOut = Corpora.block(aner, block);
    int heldStart = n - (10 - block) * (n / 10);
    for (int s = 0; s < n; s++) {
      (s >= heldStart && s < heldStart + heldOut.size() ? held : train).add(s);
    }
    float[][][] evidence = new float[n][][];
    long t0 = System.nanoTime();
    for (int k = 0; k < FOLDS; k++) {
      List<Integer> fit = new ArrayList<>();
      List<Integer> apply = new ArrayList<>();
      for (int j = 0; j < train.size(); j++) {
        ((int) ((long) j * FOLDS / train.size()) == k ? apply : fit).add(train.get(j));
      }
      apply(probe(fit, offsets, vectors, labels, dim, epochs), apply, offsets, vectors, dim, evidence);
    }
    LinearProbe probe = probe(train, offsets, vectors, labels, dim, epochs);
    apply(probe, held, offsets, vectors, dim, evidence);
    System.err.printf(Locale.ROOT, "probes trained in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    printProbeFigures(aner, held, evidence, block);
    Path ev = Path.of(evidenceOut);
    if (ev.getParent() != null) {
      Files.createDirectories(ev.getParent());
    }
    try (BufferedWriter w = Files.newBufferedWriter(ev, StandardCharsets.UTF_8)) {
      for (int s = 0; s < n; s++) {
        List<String> tokens = aner.get(s).tokens();
        for (int i = 0; i < tokens.size(); i++) {
          w.write(tokens.get(i));
          for (float p : evidence[s][i]) {
            w.write('\t');
            w.write(String.format(Locale.ROOT, "%.5f", p));
          }
          w.write('\n');
        }
        w.write('\n');
      }
    }
    if (!probeOut.equals("-")) {
      try (OutputStream os = Files.newOutputStream(Path.of(probeOut))) {
        probe.write(os);
      }
      System.err.println("wrote " + probeOut);
    }
    NerTrainer.main(new String[] {"--data", data.toString(), "--evidence", evidenceOut,
        "--dev-block", Integer.toString(block), "--ensemble", Integer.toString(ENSEMBLE),
        "--out", modelOut});
  }

  private static LinearProbe probe(List<Integer> sentences, int[] offsets, float[] vectors,
      int[] labels, int dim, int epochs) {
    int tokens = 0;
    for (int s : sentences) {
      tokens += offsets[s + 1] - offsets[s];
    }
    float[] x = new float[tokens * dim];
    int[] y = new int[tokens];
    int k = 0;
    for (int s : sentences) {
      int len = offsets[s + 1] - offsets[s];
      System.arraycopy(vectors, offsets[s] * dim, x, k * dim, len * dim);
      System.arraycopy(labels, offsets[s], y, k, len);
      k += len;
    }
    return LinearProbe.train(x, dim, y, TagSet.SIZE, epochs, PROBE_SEED);
  }

  private static void apply(LinearProbe probe, List<Integer> sentences, int[] offsets,
      float[] vectors, int dim, float[][][] evidence) {
    for (int s : sentences) {
      float[][] rows = new float[offsets[s + 1] - offsets[s]][];
      for (int i = 0; i < rows.length; i++) {
        rows[i] = probe.probabilities(vectors, (offsets[s] + i) * dim);
      }
      evidence[s] = rows;
    }
  }

  /**
   * The probe alone on the held-out block: the most probable tag per token (an {@code I-X} without
   * its {@code B-X} starts a chunk, as in conlleval).
   */
  private static void printProbeFigures(List<ConllSentence> aner, List<Integer> held,
      float[][][] evidence, int block) {
    List<List<String>> gold = new ArrayList<>();
    List<List<String>> pred = new ArrayList<>();
    for (int s : held) {
      gold.add(aner.get(s).column(-1));
      List<String> p = new ArrayList<>();
      for (float[] row : evidence[s]) {
        int best = 0;
        for (int t = 1; t < row.length; t++) {
          if (row[t] > row[best]) {
            best = t;
          }
        }
        p.add(TagEvidence.TAGS.get(best));
      }
      pred.add(p);
    }
    System.out.println("Probe alone on block " + block + " (most probable tag per token):");
    System.out.print(new ConllEvaluator().score(gold, pred).format());
  }

  /** The token vectors of every sentence, from {@code cache} if it holds them. */
  private static float[] vectors(List<ConllSentence> aner, int[] offsets, int dim, Path cache)
      throws IOException {
    int n = aner.size();
    long size = (long) offsets[n] * dim;
    float[] out = new float[Math.toIntExact(size)];
    if (Files.isRegularFile(cache) && Files.size(cache) == size * Float.BYTES) {
      try (FileChannel ch = FileChannel.open(cache)) {
        FloatBuffer fb = ch.map(FileChannel.MapMode.READ_ONLY, 0, size * Float.BYTES)
            .order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
        fb.get(out);
      }
      System.err.println("token vectors read from " + cache);
      return out;
    }
    BertTagEvidence encoder = new BertTagEvidence(MultilingualBert.getDefault(),
        MultilingualBert.getDefault().tokenizer(), null);
    int size10 = n / 10;
    int lead = n - 10 * size10;
    long t0 = System.nanoTime();
    for (int from = 0; from < n; ) {
      int to = from < lead ? lead : from + size10;
      List<List<String>> doc = new ArrayList<>();
      for (int s = from; s < to; s++) {
        doc.add(aner.get(s).tokens());
      }
      List<float[]> v = encoder.vectors(doc);
      for (int s = from; s < to; s++) {
        float[] x = v.get(s - from);
        System.arraycopy(x, 0, out, offsets[s] * dim, x.length);
      }
      System.err.printf(Locale.ROOT, "encoded %d of %d sentences (%.0f s)%n", to, n,
          (System.nanoTime() - t0) / 1e9);
      from = to;
    }
    if (cache.getParent() != null) {
      Files.createDirectories(cache.getParent());
    }
    try (DataOutputStream d = new DataOutputStream(new BufferedOutputStream(
        Files.newOutputStream(cache), 1 << 20))) {
      ByteBuffer bb = ByteBuffer.allocate(dim * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
      for (int t = 0; t < offsets[n]; t++) {
        bb.clear();
        for (int d2 = 0; d2 < dim; d2++) {
          bb.putFloat(out[t * dim + d2]);
        }
        d.write(bb.array());
      }
    }
    return out;
  }
}
