package org.isnad.ner.contextual;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.isnad.ner.TagEvidence;

/**
 * Tag evidence from a contextual encoder: each token's vector (the mean of the encoder's vectors of
 * its word pieces) through a {@link LinearProbe} trained on ANERcorp's train split. The mean rather
 * than BERT's usual first piece, because an Arabic token's first piece is often only a glued
 * conjunction, preposition or article (measured: the probe alone 70.3 → 72.4 micro F1 on the dev
 * split).
 *
 * <p><b>Windows.</b> The sentences of a call are read as one document: consecutive sentences are
 * packed into one encoder window while their pieces fit ({@link PieceEncoder#maxPieces()}), so a
 * token sees its neighbouring sentences; a sentence longer than a window is covered by windows of
 * {@code maxPieces} pieces starting every {@code maxPieces / 2} pieces, and each token is read from the
 * window in which its first piece lies nearest the middle (averaging those of its pieces that lie in
 * that window). Windows are encoded {@value #BATCH} at a
 * time. Time and memory grow linearly with the number of tokens. Immutable and thread-safe.
 */
public final class BertTagEvidence implements TagEvidence {
  /** Class path of the bundled probe. */
  public static final String PROBE_RESOURCE = "/org/isnad/ner/contextual/probe.bin.gz";
  /** Windows per encoder call. */
  static final int BATCH = 16;

  private final PieceEncoder encoder;
  private final WordPieceTokenizer tokenizer;
  private final LinearProbe probe;

  /**
   * Evidence from {@code encoder} (whose vocabulary {@code tokenizer} splits tokens into) through
   * {@code probe}.
   *
   * @throws IllegalArgumentException if the probe does not read the encoder's vectors or does not
   *     give one probability per tag
   */
  public BertTagEvidence(PieceEncoder encoder, WordPieceTokenizer tokenizer, LinearProbe probe) {
    this.encoder = Objects.requireNonNull(encoder, "encoder");
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    this.probe = probe;
    if (probe != null && (probe.dimension() != encoder.dimension() || probe.classes() != TAGS.size())) {
      throw new IllegalArgumentException("the probe does not fit the encoder and the tag set");
    }
  }

  private static final class Holder {
    static final BertTagEvidence INSTANCE = load();

    private static BertTagEvidence load() {
      try (InputStream in = BertTagEvidence.class.getResourceAsStream(PROBE_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("bundled probe " + PROBE_RESOURCE + " is missing");
        }
        MultilingualBert bert = MultilingualBert.getDefault();
        return new BertTagEvidence(bert, bert.tokenizer(), LinearProbe.read(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled probe", e);
      }
    }
  }

  /** The evidence of multilingual BERT and the bundled probe, loaded on first call. */
  public static BertTagEvidence getDefault() {
    return Holder.INSTANCE;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalStateException if this instance was made without a probe (for training)
   */
  @Override
  public List<float[][]> probabilities(List<List<String>> sentences) {
    if (probe == null) {
      throw new IllegalStateException("no probe: this instance only computes vectors");
    }
    int dim = encoder.dimension();
    List<float[]> vectors = vectors(sentences);
    List<float[][]> out = new ArrayList<>(vectors.size());
    for (float[] v : vectors) {
      float[][] rows = new float[v.length / dim][];
      for (int i = 0; i < rows.length; i++) {
        rows[i] = probe.probabilities(v, i * dim);
      }
      out.add(rows);
    }
    return out;
  }

  /**
   * Per sentence, the vectors of its tokens (the mean over each token's pieces) one after the other (tokens ×
   * {@link PieceEncoder#dimension()} values), with the sentences read as one document (see the class
   * comment).
   *
   * @throws NullPointerException if a sentence or token is null
   */
  public List<float[]> vectors(List<List<String>> sentences) {
    int dim = encoder.dimension();
    int max = encoder.maxPieces();
    int stride = Math.max(1, max / 2);
    List<float[]> out = new ArrayList<>(sentences.size());
    List<Window> windows = new ArrayList<>();
    Window open = new Window();
    for (int s = 0; s < sentences.size(); s++) {
      List<String> tokens = Objects.requireNonNull(sentences.get(s), "sentence");
      out.add(new float[tokens.size() * dim]);
      WordPieceTokenizer.IntList ids = new WordPieceTokenizer.IntList();
      int[] first = new int[tokens.size() + 1];
      for (int t = 0; t < tokens.size(); t++) {
        first[t] = ids.size;
        for (int p : tokenizer.pieces(tokens.get(t))) {
          ids.add(p);
        }
      }
      first[tokens.size()] = ids.size;
      if (ids.size == 0) {
        continue;
      }
      if (open.ids.size > 0 && open.ids.size + ids.size > max) {
        windows.add(open);
        open = new Window();
      }
      if (ids.size <= max) {
        for (int t = 0; t < tokens.size(); t++) {
          open.own(s, t, open.ids.size + first[t], first[t + 1] - first[t]);
        }
        for (int i = 0; i < ids.size; i++) {
          open.ids.add(ids.data[i]);
        }
        continue;
      }
      List<Window> slices = new ArrayList<>();
      for (int start = 0; ; start += stride) {
        Window w = new Window();
        w.offset = start;
        int end = Math.min(ids.size, start + max);
        for (int i = start; i < end; i++) {
          w.ids.add(ids.data[i]);
        }
        slices.add(w);
        if (end == ids.size) {
          break;
        }
      }
      for (int t = 0; t < tokens.size(); t++) {
        int p = first[t];
        // windows start every stride pieces: only those from (p - max) / stride on can cover p
        Window best = null;
        double distance = Double.MAX_VALUE;
        for (int k = Math.max(0, (p - max) / stride); k < slices.size() && slices.get(k).offset <= p; k++) {
          Window w = slices.get(k);
          if (p < w.offset + w.ids.size) {
            double d = Math.abs(p - (w.offset + w.ids.size / 2.0));
            if (d < distance) {
              distance = d;
              best = w;
            }
          }
        }
        best.own(s, t, p - best.offset,
            Math.min(first[t + 1], best.offset + best.ids.size) - p);
      }
      windows.addAll(slices);
    }
    if (open.ids.size > 0) {
      windows.add(open);
    }
    Window[] sorted = windows.toArray(new Window[0]);
    Arrays.sort(sorted, Comparator.comparingInt(w -> w.ids.size));
    for (int from = 0; from < sorted.length; from += BATCH) {
      int n = Math.min(BATCH, sorted.length - from);
      int[][] batch = new int[n][];
      for (int j = 0; j < n; j++) {
        batch[j] = sorted[from + j].ids.toArray();
      }
      float[][] encoded = encoder.encode(batch);
      for (int j = 0; j < n; j++) {
        Window w = sorted[from + j];
        for (int k = 0; k < w.owned.size; k += 4) {
          int s = w.owned.data[k];
          int t = w.owned.data[k + 1];
          int pos = w.owned.data[k + 2];
          int pieces = w.owned.data[k + 3];
          float[] target = out.get(s);
          float share = 1f / pieces;
          for (int p = pos; p < pos + pieces; p++) {
            for (int d = 0; d < dim; d++) {
              target[t * dim + d] += share * encoded[j][p * dim + d];
            }
          }
        }
      }
    }
    return out;
  }

  /** Piece ids of one encoder window and the tokens read from it (sentence, token, position). */
  private static final class Window {
    final WordPieceTokenizer.IntList ids = new WordPieceTokenizer.IntList();
    final WordPieceTokenizer.IntList owned = new WordPieceTokenizer.IntList();
    int offset;

    void own(int sentence, int token, int position, int pieces) {
      owned.add(sentence);
      owned.add(token);
      owned.add(position);
      owned.add(pieces);
    }
  }
}
