package org.isnad.ner.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.core.Normalizer;

/**
 * Second-stage (stacked, Krishnan &amp; Manning 2006 style) feature codes computed from a document's
 * first-stage tags: per token, the first-stage tag of the token and of its neighbours, and the
 * majority first-stage label (outside or entity type) of the other occurrences of the same
 * normalized word and of the same proclitic-free form in the document, with how many of them were
 * inside and outside entities. Codes are small integers the {@link FeatureExtractor} hashes. Stateless.
 */
public final class StackFeatures {
  private static final int TYPES = 1 + (TagSet.SIZE - 1) / 2;
  private static final int MIN_CORE = 3;

  private StackFeatures() {}

  /**
   * The codes of every token of every sentence of one document ({@code tags.get(s)[i]} is the
   * first-stage tag of token {@code i} of sentence {@code s}): one {@code int[][]} per sentence.
   */
  public static List<int[][]> compute(List<List<String>> sentences, List<int[]> tags) {
    Map<String, int[]> normVotes = new HashMap<>();
    Map<String, int[]> coreVotes = new HashMap<>();
    List<String[]> norms = new ArrayList<>(sentences.size());
    List<String[]> cores = new ArrayList<>(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      List<String> words = sentences.get(s);
      String[] n = new String[words.size()];
      String[] c = new String[words.size()];
      int[] t = tags.get(s);
      for (int i = 0; i < n.length; i++) {
        String norm = Normalizer.SEARCH.apply(words.get(i));
        n[i] = norm.isEmpty() ? words.get(i) : norm;
        String core = ArabicClitics.core(n[i]);
        c[i] = core.length() >= MIN_CORE ? core : null;
        int type = typeOf(t[i]);
        normVotes.computeIfAbsent(n[i], x -> new int[TYPES])[type]++;
        if (c[i] != null) {
          coreVotes.computeIfAbsent(c[i], x -> new int[TYPES])[type]++;
        }
      }
      norms.add(n);
      cores.add(c);
    }
    List<int[][]> out = new ArrayList<>(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      int[] t = tags.get(s);
      String[] n = norms.get(s);
      String[] c = cores.get(s);
      int[][] codes = new int[n.length][];
      for (int i = 0; i < n.length; i++) {
        int self = typeOf(t[i]);
        int prev = i > 0 ? t[i - 1] : TagSet.SIZE;
        int next = i + 1 < n.length ? t[i + 1] : TagSet.SIZE;
        int normMajor = major(normVotes.get(n[i]), self);
        int coreMajor = c[i] == null ? -1 : major(coreVotes.get(c[i]), self);
        int coreShape = c[i] == null ? -1 : shape(coreVotes.get(c[i]), self);
        codes[i] = new int[] {
            1000 + t[i],
            2000 + prev,
            3000 + next,
            4000 + prev * 16 + t[i],
            5000 + normMajor,
            6000 + coreMajor,
            7000 + coreShape,
            8000 + t[i] * 16 + coreMajor,
            9000 + prev * 16 + next,
        };
      }
      out.add(codes);
    }
    return out;
  }

  private static int typeOf(int tag) {
    return tag == TagSet.OUTSIDE ? 0 : 1 + TagSet.type(tag).ordinal();
  }

  /** The majority label among the other occurrences (self removed), TYPES if none, ties → lowest. */
  private static int major(int[] votes, int self) {
    int best = -1;
    int bestCount = 0;
    for (int x = 0; x < TYPES; x++) {
      int v = votes[x] - (x == self ? 1 : 0);
      if (v > bestCount) {
        best = x;
        bestCount = v;
      }
    }
    return best < 0 ? TYPES : best;
  }

  /** Bucketed counts of other occurrences inside (capped 3) and outside (capped 3) entities. */
  private static int shape(int[] votes, int self) {
    int inside = 0;
    for (int x = 1; x < TYPES; x++) {
      inside += votes[x];
    }
    int outside = votes[0];
    if (self == 0) {
      outside--;
    } else {
      inside--;
    }
    return Math.min(inside, 3) * 4 + Math.min(outside, 3);
  }
}
