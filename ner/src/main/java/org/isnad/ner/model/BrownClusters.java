package org.isnad.ner.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Brown clustering (Brown et al. 1992) of the words of untagged text with the windowed algorithm of
 * Liang (2005): the {@code vocabulary} most frequent words enter in order of frequency (ties by
 * string), at most {@code clusters + 1} clusters are active and the pair whose merge loses the least
 * average mutual information of adjacent cluster bigrams is merged; finally the remaining clusters
 * are merged down to one, which gives every word a bit string (its path in the merge tree).
 * Deterministic; not thread-safe while running.
 */
public final class BrownClusters {
  private BrownClusters() {}

  /**
   * The bit string of each of the {@code vocabulary} most frequent tokens of {@code sentences}.
   *
   * @throws IllegalArgumentException unless 2 ≤ clusters and vocabulary ≥ 1
   */
  public static Map<String, String> cluster(List<List<String>> sentences, int vocabulary,
      int clusters) {
    if (clusters < 2 || vocabulary < 1) {
      throw new IllegalArgumentException("bad settings");
    }
    Map<String, Integer> counts = new HashMap<>();
    for (List<String> s : sentences) {
      for (String w : s) {
        counts.merge(w, 1, Integer::sum);
      }
    }
    List<String> words = new ArrayList<>(counts.keySet());
    words.sort((x, y) -> {
      int c = Integer.compare(counts.get(y), counts.get(x));
      return c != 0 ? c : x.compareTo(y);
    });
    int v = Math.min(vocabulary, words.size());
    Map<String, Integer> id = new HashMap<>(v * 2);
    for (int i = 0; i < v; i++) {
      id.put(words.get(i), i);
    }
    // word bigram lists (right neighbours) among vocabulary words
    List<Map<Integer, Integer>> right = new ArrayList<>(v);
    List<Map<Integer, Integer>> left = new ArrayList<>(v);
    for (int i = 0; i < v; i++) {
      right.add(new HashMap<>());
      left.add(new HashMap<>());
    }
    long bigrams = 0;
    long unigrams = 0;
    for (List<String> s : sentences) {
      Integer prev = null;
      for (String w : s) {
        Integer cur = id.get(w);
        unigrams++;
        if (prev != null && cur != null) {
          right.get(prev).merge(cur, 1, Integer::sum);
          left.get(cur).merge(prev, 1, Integer::sum);
        }
        bigrams++;
        prev = cur;
      }
    }
    return new Run(v, clusters, right, left, counts, words, bigrams, unigrams).run();
  }

  private static final class Run {
    final int v;
    final int c;
    final int slots;
    final List<Map<Integer, Integer>> right;
    final List<Map<Integer, Integer>> left;
    final List<String> words;
    final double[] n; // bigram counts between slots
    final double[] q;
    final double[] l; // merge losses, l[s*slots+t] for s<t
    final double[] count;
    final boolean[] active;
    final int[] slotOf;
    final List<List<Integer>> members = new ArrayList<>();
    final int[] node; // tree node of a slot
    final double bigrams;
    final double unigrams;
    final List<int[]> tree = new ArrayList<>(); // node -> children (internal nodes)
    final List<List<Integer>> leafWords = new ArrayList<>();
    final Map<String, Integer> wordCounts;

    Run(int v, int c, List<Map<Integer, Integer>> right, List<Map<Integer, Integer>> left,
        Map<String, Integer> wordCounts, List<String> words, long bigrams, long unigrams) {
      this.v = v;
      this.c = c;
      this.slots = c + 1;
      this.right = right;
      this.left = left;
      this.words = words;
      this.wordCounts = wordCounts;
      this.n = new double[slots * slots];
      this.q = new double[slots * slots];
      this.l = new double[slots * slots];
      this.count = new double[slots];
      this.active = new boolean[slots];
      this.slotOf = new int[v];
      Arrays.fill(slotOf, -1);
      this.node = new int[slots];
      for (int i = 0; i < slots; i++) {
        members.add(new ArrayList<>());
      }
      this.bigrams = Math.max(1, bigrams);
      this.unigrams = Math.max(1, unigrams);
    }

    double qOf(double nxy, double cx, double cy) {
      if (nxy <= 0) {
        return 0;
      }
      double p = nxy / bigrams;
      return p * Math.log(p / ((cx / unigrams) * (cy / unigrams)));
    }

    void setQ(int x, int y) {
      q[x * slots + y] = qOf(n[x * slots + y], count[x], count[y]);
    }

    /** Contribution of third cluster d to the loss of merging s and t. */
    double contrib(int s, int t, int d) {
      double cu = count[s] + count[t];
      return q[s * slots + d] + q[t * slots + d] + q[d * slots + s] + q[d * slots + t]
          - qOf(n[s * slots + d] + n[t * slots + d], cu, count[d])
          - qOf(n[d * slots + s] + n[d * slots + t], count[d], cu);
    }

    double fullLoss(int s, int t) {
      double loss = 0;
      for (int d = 0; d < slots; d++) {
        if (active[d] && d != s && d != t) {
          loss += contrib(s, t, d);
        }
      }
      double cu = count[s] + count[t];
      double nuu = n[s * slots + s] + n[s * slots + t] + n[t * slots + s] + n[t * slots + t];
      loss += q[s * slots + s] + q[s * slots + t] + q[t * slots + s] + q[t * slots + t]
          - qOf(nuu, cu, cu);
      return loss;
    }

    void add(int w, int k) {
      active[k] = true;
      slotOf[w] = k;
      members.get(k).clear();
      members.get(k).add(w);
      count[k] = wordCounts.get(words.get(w));
      int leaf = tree.size();
      tree.add(null);
      leafWords.add(null);
      node[k] = leaf;
      for (int d = 0; d < slots; d++) {
        n[k * slots + d] = 0;
        n[d * slots + k] = 0;
      }
      for (Map.Entry<Integer, Integer> e : right.get(w).entrySet()) {
        int d = slotOf[e.getKey()];
        if (d >= 0) {
          n[k * slots + d] += e.getValue();
        }
      }
      for (Map.Entry<Integer, Integer> e : left.get(w).entrySet()) {
        int d = slotOf[e.getKey()];
        if (d >= 0 && d != k) {
          n[d * slots + k] += e.getValue();
        }
      }
      for (int d = 0; d < slots; d++) {
        if (active[d]) {
          setQ(k, d);
          setQ(d, k);
        }
      }
      // existing pairs gain k as a third cluster
      for (int s = 0; s < slots; s++) {
        if (!active[s] || s == k) {
          continue;
        }
        for (int t = s + 1; t < slots; t++) {
          if (active[t] && t != k) {
            l[s * slots + t] += contrib(s, t, k);
          }
        }
      }
      for (int d = 0; d < slots; d++) {
        if (active[d] && d != k) {
          int s = Math.min(d, k);
          int t = Math.max(d, k);
          l[s * slots + t] = fullLoss(s, t);
        }
      }
    }

    /** Merges the best pair; returns the freed slot. */
    int mergeBest() {
      double best = Double.POSITIVE_INFINITY;
      int bs = -1;
      int bt = -1;
      for (int s = 0; s < slots; s++) {
        if (!active[s]) {
          continue;
        }
        for (int t = s + 1; t < slots; t++) {
          if (active[t] && l[s * slots + t] < best) {
            best = l[s * slots + t];
            bs = s;
            bt = t;
          }
        }
      }
      merge(bs, bt);
      return bt;
    }

    void merge(int a, int b) {
      for (int s = 0; s < slots; s++) {
        if (!active[s] || s == a || s == b) {
          continue;
        }
        for (int t = s + 1; t < slots; t++) {
          if (active[t] && t != a && t != b) {
            l[s * slots + t] -= contrib(s, t, a) + contrib(s, t, b);
          }
        }
      }
      double naa = n[a * slots + a] + n[a * slots + b] + n[b * slots + a] + n[b * slots + b];
      for (int d = 0; d < slots; d++) {
        n[a * slots + d] += n[b * slots + d];
        n[d * slots + a] += n[d * slots + b];
      }
      n[a * slots + a] = naa;
      count[a] += count[b];
      active[b] = false;
      for (int d = 0; d < slots; d++) {
        n[b * slots + d] = 0;
        n[d * slots + b] = 0;
        q[b * slots + d] = 0;
        q[d * slots + b] = 0;
      }
      for (int w : members.get(b)) {
        slotOf[w] = a;
      }
      members.get(a).addAll(members.get(b));
      members.get(b).clear();
      int parent = tree.size();
      tree.add(new int[] {node[a], node[b]});
      leafWords.add(null);
      node[a] = parent;
      for (int d = 0; d < slots; d++) {
        if (active[d]) {
          setQ(a, d);
          setQ(d, a);
        }
      }
      for (int s = 0; s < slots; s++) {
        if (!active[s] || s == a) {
          continue;
        }
        for (int t = s + 1; t < slots; t++) {
          if (active[t] && t != a) {
            l[s * slots + t] += contrib(s, t, a);
          }
        }
      }
      for (int d = 0; d < slots; d++) {
        if (active[d] && d != a) {
          int s = Math.min(d, a);
          int t = Math.max(d, a);
          l[s * slots + t] = fullLoss(s, t);
        }
      }
    }

    Map<String, String> run() {
      int next = 0;
      // initial clusters
      for (; next < Math.min(c, v); next++) {
        add(next, next);
      }
      int free = c;
      for (; next < v; next++) {
        add(next, free);
        free = mergeBest();
      }
      // word-level merges inside the window do not define the hierarchy: rebuild leaves
      int[] leafOf = new int[slots];
      tree.clear();
      Map<Integer, List<Integer>> leafMembers = new HashMap<>();
      for (int s = 0; s < slots; s++) {
        if (active[s]) {
          leafOf[s] = tree.size();
          tree.add(null);
          leafMembers.put(leafOf[s], new ArrayList<>(members.get(s)));
          node[s] = leafOf[s];
        }
      }
      int remaining = 0;
      for (int s = 0; s < slots; s++) {
        if (active[s]) {
          remaining++;
        }
      }
      while (remaining > 1) {
        mergeBest();
        remaining--;
      }
      int root = -1;
      for (int s = 0; s < slots; s++) {
        if (active[s]) {
          root = node[s];
        }
      }
      Map<String, String> out = new HashMap<>();
      assign(root, "", leafMembers, out);
      return out;
    }

    void assign(int nd, String path, Map<Integer, List<Integer>> leafMembers,
        Map<String, String> out) {
      int[] ch = tree.get(nd);
      if (ch == null) {
        for (int w : leafMembers.get(nd)) {
          out.put(words.get(w), path.isEmpty() ? "0" : path);
        }
        return;
      }
      assign(ch[0], path + "0", leafMembers, out);
      assign(ch[1], path + "1", leafMembers, out);
    }
  }
}
