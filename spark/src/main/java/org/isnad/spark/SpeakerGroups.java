package org.isnad.spark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.isnad.claims.ClaimClusterer;
import org.isnad.claims.SourceType;
import org.isnad.claims.SpeakerEntity;

/**
 * The canonical speaker key of each speaker name: names that {@link ClaimClusterer} may treat as
 * the same source ({@link ClaimClusterer#sameSource}: the source words of one contain those of
 * the other, as ديلون and ريان ديلون) get the same key, transitively, so that quotes under
 * different keys are never linked. The key is the smallest name of its group.
 *
 * <p>Cost: each distinct word set is checked only against the sets that hold its rarest word;
 * this runs over distinct speaker names (far fewer than quotes), on the driver.
 */
final class SpeakerGroups {
  private SpeakerGroups() {}

  /** The key of each name that has source words; names without any are left out. */
  static Map<String, String> keys(Collection<String> names) {
    List<String> sorted = new ArrayList<>(new TreeSet<>(names));
    int n = sorted.size();
    List<Set<String>> words = new ArrayList<>(n);
    Map<String, List<Integer>> byWord = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Set<String> w = ClaimClusterer.sourceWords(new SpeakerEntity("s", sorted.get(i), SourceType.OTHER, null));
      words.add(w);
      for (String word : w) {
        byWord.computeIfAbsent(word, k -> new ArrayList<>()).add(i);
      }
    }
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      Set<String> s = words.get(i);
      if (s.isEmpty()) {
        continue;
      }
      List<Integer> candidates = null;
      for (String word : s) {
        List<Integer> b = byWord.get(word);
        if (candidates == null || b.size() < candidates.size()) {
          candidates = b;
        }
      }
      for (int j : candidates) {
        if (j != i && words.get(j).containsAll(s)) {
          union(parent, i, j);
        }
      }
    }
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (!words.get(i).isEmpty()) {
        out.put(sorted.get(i), sorted.get(find(parent, i)));
      }
    }
    return out;
  }

  /** Joins two groups under the smaller index, so each root is its group's smallest name. */
  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
