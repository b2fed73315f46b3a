package org.isnad.ner.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word classes by the exchange algorithm (Martin, Liermann &amp; Ney 1998): words are moved between a
 * fixed number of classes to maximize the likelihood of a class bigram model of untagged text.
 * Deterministic. Experimental.
 */
public final class ExchangeClusters {
  private ExchangeClusters() {}

  private static double f(long x) {
    return x <= 0 ? 0 : x * Math.log(x);
  }

  /** Clusters the {@code vocab} most frequent words of {@code sentences} into {@code classes}. */
  public static Map<String, Integer> cluster(List<List<String>> sentences, int vocab, int classes,
      int iterations) {
    Map<String, Integer> freq = new HashMap<>();
    for (List<String> s : sentences) {
      for (String w : s) {
        freq.merge(w, 1, Integer::sum);
      }
    }
    List<String> words = new ArrayList<>(freq.keySet());
    words.sort((a, b) -> freq.get(b) - freq.get(a) != 0 ? freq.get(b) - freq.get(a) : a.compareTo(b));
    int v = Math.min(vocab, words.size());
    Map<String, Integer> id = new HashMap<>();
    for (int i = 0; i < v; i++) {
      id.put(words.get(i), i);
    }
    int unk = v; // all rarer words and the sentence boundary share one pseudo-word
    int nw = v + 1;
    Map<Long, Integer> bigrams = new HashMap<>();
    long[] count = new long[nw];
    for (List<String> s : sentences) {
      int prev = unk;
      for (String w : s) {
        int x = id.getOrDefault(w, unk);
        bigrams.merge((long) prev * nw + x, 1, Integer::sum);
        count[x]++;
        prev = x;
      }
      bigrams.merge((long) prev * nw + unk, 1, Integer::sum);
      count[unk]++;
    }
    // adjacency lists
    List<List<int[]>> right = new ArrayList<>();
    List<List<int[]>> left = new ArrayList<>();
    for (int i = 0; i < nw; i++) {
      right.add(new ArrayList<>());
      left.add(new ArrayList<>());
    }
    List<Long> keys = new ArrayList<>(bigrams.keySet());
    keys.sort(null);
    for (long k : keys) {
      int a = (int) (k / nw);
      int b = (int) (k % nw);
      int c = bigrams.get(k);
      right.get(a).add(new int[] {b, c});
      left.get(b).add(new int[] {a, c});
    }
    int[] cls = new int[nw];
    for (int i = 0; i < nw; i++) {
      cls[i] = i % classes;
    }
    cls[unk] = classes - 1;
    long[] nc = new long[classes];
    long[][] ncc = new long[classes][classes];
    for (int i = 0; i < nw; i++) {
      nc[cls[i]] += count[i];
    }
    for (long k : keys) {
      ncc[cls[(int) (k / nw)]][cls[(int) (k % nw)]] += bigrams.get(k);
    }
    long[] rw = new long[classes];
    long[] lw = new long[classes];
    int[] rIdx = new int[classes];
    int[] lIdx = new int[classes];
    for (int it = 0; it < iterations; it++) {
      int moved = 0;
      for (int w = 0; w < v; w++) {
        int a = cls[w];
        int nr = 0;
        int nl = 0;
        long self = 0;
        for (int[] e : right.get(w)) {
          if (e[0] == w) {
            self += e[1];
            continue;
          }
          int c = cls[e[0]];
          if (rw[c] == 0) {
            rIdx[nr++] = c;
          }
          rw[c] += e[1];
        }
        for (int[] e : left.get(w)) {
          if (e[0] == w) {
            continue;
          }
          int c = cls[e[0]];
          if (lw[c] == 0) {
            lIdx[nl++] = c;
          }
          lw[c] += e[1];
        }
        // remove w from a
        for (int j = 0; j < nr; j++) {
          ncc[a][rIdx[j]] -= rw[rIdx[j]];
        }
        for (int j = 0; j < nl; j++) {
          ncc[lIdx[j]][a] -= lw[lIdx[j]];
        }
        ncc[a][a] -= self;
        nc[a] -= count[w];
        int best = a;
        double bestDelta = Double.NEGATIVE_INFINITY;
        for (int b = 0; b < classes; b++) {
          double d = 0;
          for (int j = 0; j < nr; j++) {
            int c = rIdx[j];
            long add = rw[c];
            d += f(ncc[b][c] + add) - f(ncc[b][c]);
          }
          for (int j = 0; j < nl; j++) {
            int c = lIdx[j];
            long add = lw[c];
            d += f(ncc[c][b] + add) - f(ncc[c][b]);
          }
          // approximate: bigrams between w's neighbours in class b and b itself counted once
          d += f(ncc[b][b] + self) - f(ncc[b][b]);
          d -= 2 * (f(nc[b] + count[w]) - f(nc[b]));
          if (d > bestDelta + 1e-9) {
            bestDelta = d;
            best = b;
          }
        }
        for (int j = 0; j < nr; j++) {
          ncc[best][rIdx[j]] += rw[rIdx[j]];
        }
        for (int j = 0; j < nl; j++) {
          ncc[lIdx[j]][best] += lw[lIdx[j]];
        }
        ncc[best][best] += self;
        nc[best] += count[w];
        if (best != a) {
          moved++;
          cls[w] = best;
        }
        for (int j = 0; j < nr; j++) {
          rw[rIdx[j]] = 0;
        }
        for (int j = 0; j < nl; j++) {
          lw[lIdx[j]] = 0;
        }
      }
      System.err.println("exchange iteration " + it + ": moved " + moved);
    }
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < v; i++) {
      out.put(words.get(i), cls[i]);
    }
    return out;
  }
}
