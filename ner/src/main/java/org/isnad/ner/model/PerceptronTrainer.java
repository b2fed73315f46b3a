package org.isnad.ner.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.function.IntFunction;
import java.util.Map;
import org.isnad.core.Normalizer;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Trains a {@link PerceptronModel}: a structured (Collins) perceptron with first-order Viterbi
 * decoding under BIO constraints, weights averaged over every sentence visit (lazy averaging), the
 * sentences visited in an order shuffled by a fixed seed each epoch, so the same data, settings and
 * seed always give the same model. Gold tags are first repaired to well-formed BIO ({@code I-X} not
 * after {@code B-X}/{@code I-X} becomes {@code B-X}). Not thread-safe; use one per training run.
 */
public final class PerceptronTrainer {
  private static final int T = TagSet.SIZE;
  private static final int MAX_WORD = 64;

  private final int bits;
  private final int epochs;
  private final long seed;

  /**
   * A trainer.
   *
   * @param bits   log2 of the number of feature buckets (10–26)
   * @param epochs passes over the data (≥ 1)
   * @param seed   shuffling seed
   */
  public PerceptronTrainer(int bits, int epochs, long seed) {
    if (bits < 10 || bits > 26 || epochs < 1) {
      throw new IllegalArgumentException("bad trainer settings: bits=" + bits + " epochs=" + epochs);
    }
    this.bits = bits;
    this.epochs = epochs;
    this.seed = seed;
  }

  /** Progress callback, called after each epoch with its number (1-based) and training errors. */
  public interface Progress {
    /** Reports one finished epoch. */
    void epoch(int epoch, int tokenErrors, int tokens, PerceptronModel averagedSoFar);
  }

  /** Trains on {@code data} with no progress report. */
  public PerceptronModel train(List<TrainingSentence> data) {
    return train(data, CorpusLexicon.EMPTY, null);
  }

  /**
   * Trains on {@code data} with word statistics {@code corpusLexicon} (gathered from other corpora)
   * as features; {@code progress} (may be null) sees each epoch's averaged model.
   *
   * @throws NullPointerException if {@code data} or {@code corpusLexicon} is null
   */
  public PerceptronModel train(List<TrainingSentence> data, CorpusLexicon corpusLexicon,
      Progress progress) {
    Objects.requireNonNull(corpusLexicon, "corpusLexicon");
    return train(data, s -> corpusLexicon, corpusLexicon, progress);
  }

  /**
   * Trains on {@code data}, extracting the features of sentence {@code s} with word statistics
   * {@code featureLexicon.apply(s)} (for jackknifing: statistics that exclude that sentence's own
   * part of the data), and ships {@code corpusLexicon} in the model for tagging new text. If the
   * sentences carry {@link TrainingSentence#evidence() evidence}, the model reads evidence ({@link
   * PerceptronModel#readsEvidence()}).
   *
   * @throws NullPointerException if an argument other than {@code progress} is null
   * @throws IllegalArgumentException if some sentences have evidence and others not
   */
  public PerceptronModel train(List<TrainingSentence> data, IntFunction<CorpusLexicon> featureLexicon,
      CorpusLexicon corpusLexicon, Progress progress) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(featureLexicon, "featureLexicon");
    Objects.requireNonNull(corpusLexicon, "corpusLexicon");
    Map<CorpusLexicon, FeatureExtractor> extractors = new IdentityHashMap<>();
    List<SentenceFeatures> feats = new ArrayList<>(data.size());
    List<int[]> golds = new ArrayList<>(data.size());
    float[] weights = new float[data.size()];
    int tokens = 0;
    Map<String, Integer> starts = new HashMap<>();
    boolean evidence = !data.isEmpty() && data.get(0).evidence() != null;
    for (int s = 0; s < data.size(); s++) {
      TrainingSentence ts = data.get(s);
      if ((ts.evidence() != null) != evidence) {
        throw new IllegalArgumentException("either every training sentence has evidence or none");
      }
      CorpusLexicon lex = featureLexicon.apply(s);
      FeatureExtractor fx =
          extractors.computeIfAbsent(lex, l -> new FeatureExtractor(Lexicon.get(), l, bits));
      feats.add(fx.extract(ts.tokens(), ts.evidence()));
      int[] gold = repair(ts.tags());
      golds.add(gold);
      for (int i = 0; i < gold.length; i++) {
        if (TagSet.isBegin(gold[i])) {
          String word = Normalizer.SEARCH.apply(ts.tokens().get(i));
          if (word.length() <= MAX_WORD) {
            starts.merge(word, 1, Integer::sum);
          }
        }
      }
      weights[s] = ts.weight();
      tokens += ts.tokens().size();
    }
    int size = (1 << bits) * T;
    float[] w = new float[size];
    double[] acc = new double[size];
    float[] trans = new float[(T + 1) * T];
    double[] transAcc = new double[(T + 1) * T];
    long c = 1;
    int[] order = new int[data.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(seed);
    float[] emissions = new float[64 * T];
    for (int epoch = 1; epoch <= epochs; epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int tmp = order[i];
        order[i] = order[j];
        order[j] = tmp;
      }
      int errors = 0;
      for (int s : order) {
        SentenceFeatures f = feats.get(s);
        int n = f.size;
        if (n == 0) {
          c++;
          continue;
        }
        if (emissions.length < n * T) {
          emissions = new float[n * T * 2];
        }
        for (int i = 0; i < n; i++) {
          int e = i * T;
          for (int t = 0; t < T; t++) {
            emissions[e + t] = 0f;
          }
          for (int k = f.offsets[i]; k < f.offsets[i + 1]; k++) {
            int base = f.buckets[k] * T;
            for (int t = 0; t < T; t++) {
              emissions[e + t] += w[base + t];
            }
          }
        }
        int[] pred = PerceptronModel.viterbi(emissions, n, trans);
        int[] gold = golds.get(s);
        float step = weights[s];
        double cstep = (double) c * step;
        for (int i = 0; i < n; i++) {
          int g = gold[i];
          int p = pred[i];
          if (g != p) {
            errors++;
            for (int k = f.offsets[i]; k < f.offsets[i + 1]; k++) {
              int base = f.buckets[k] * T;
              w[base + g] += step;
              acc[base + g] += cstep;
              w[base + p] -= step;
              acc[base + p] -= cstep;
            }
          }
          int pg = i == 0 ? -1 : gold[i - 1];
          int pp = i == 0 ? -1 : pred[i - 1];
          if (pg != pp || g != p) {
            trans[(pg + 1) * T + g] += step;
            transAcc[(pg + 1) * T + g] += cstep;
            trans[(pp + 1) * T + p] -= step;
            transAcc[(pp + 1) * T + p] -= cstep;
          }
        }
        c++;
      }
      if (progress != null) {
        progress.epoch(epoch, errors, tokens,
            average(w, acc, trans, transAcc, c, starts, corpusLexicon, evidence));
      }
    }
    return average(w, acc, trans, transAcc, c, starts, corpusLexicon, evidence);
  }

  private PerceptronModel average(float[] w, double[] acc, float[] trans, double[] transAcc, long c,
      Map<String, Integer> starts, CorpusLexicon corpusLexicon, boolean evidence) {
    float[] avg = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      if (w[i] != 0f || acc[i] != 0) {
        avg[i] = (float) (w[i] - acc[i] / c);
      }
    }
    float[] t = new float[trans.length];
    for (int i = 0; i < t.length; i++) {
      t[i] = (float) (trans[i] - transAcc[i] / c);
    }
    return PerceptronModel.fromDense(bits, avg, t, starts, corpusLexicon, evidence);
  }

  /** Tag indices of a label sequence repaired to well-formed BIO. */
  static int[] repair(List<String> tags) {
    int[] out = new int[tags.size()];
    int prev = -1;
    for (int i = 0; i < out.length; i++) {
      int t = TagSet.index(tags.get(i));
      if (TagSet.isInside(t) && !TagSet.allowed(prev, t)) {
        t = t - 1;
      }
      out[i] = t;
      prev = t;
    }
    return out;
  }
}
