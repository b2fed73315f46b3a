package org.isnad.ner.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.isnad.core.Normalizer;
import org.isnad.ner.EntityType;

/**
 * Word statistics gathered from annotated corpora other than the one being tagged (for the shipped
 * model: WikiFANE and AQMAR), used as features: for each {@code Normalizer.SEARCH}-normalized word
 * form (and its proclitic-free {@link ArabicClitics#core core}), how often it occurred and how often
 * inside an entity of each type. Unlike word-identity features these tell the tagger about words
 * never seen in its own training data. Immutable and thread-safe once built.
 */
public final class CorpusLexicon {
  /** Number of counts per word: total, then one per {@link EntityType}. */
  static final int SLOTS = 1 + EntityType.values().length;
  private static final int MAX_WORD = 64;

  /** The empty lexicon. */
  public static final CorpusLexicon EMPTY = new CorpusLexicon(Map.of());

  private final Map<String, int[]> counts;

  private CorpusLexicon(Map<String, int[]> counts) {
    this.counts = counts;
  }

  /** The counts of a normalized word ({@code [total, PERS, ORG, LOC, MISC]}), or null if unseen. */
  int[] get(String normalizedWord) {
    return counts.get(normalizedWord);
  }

  /** The number of word forms. */
  public int size() {
    return counts.size();
  }

  /**
   * Gathers the statistics of tagged sentences; words seen fewer than {@code minCount} times and
   * never inside an entity are dropped.
   */
  public static CorpusLexicon build(List<TrainingSentence> sentences, int minCount) {
    Map<String, int[]> m = new HashMap<>();
    for (TrainingSentence s : sentences) {
      for (int i = 0; i < s.tokens().size(); i++) {
        String norm = Normalizer.SEARCH.apply(s.tokens().get(i));
        if (norm.isEmpty() || norm.length() > MAX_WORD) {
          continue;
        }
        int tag = TagSet.index(s.tags().get(i));
        add(m, norm, tag);
        String core = ArabicClitics.core(norm);
        if (!core.equals(norm)) {
          add(m, core, tag);
        }
      }
    }
    m.values().removeIf(c -> c[0] < minCount && entityCount(c) == 0);
    return new CorpusLexicon(m);
  }

  private static int entityCount(int[] c) {
    int e = 0;
    for (int k = 1; k < SLOTS; k++) {
      e += c[k];
    }
    return e;
  }

  private static void add(Map<String, int[]> m, String w, int tag) {
    int[] c = m.computeIfAbsent(w, k -> new int[SLOTS]);
    c[0]++;
    if (tag != TagSet.OUTSIDE) {
      c[1 + TagSet.type(tag).ordinal()]++;
    }
  }

  void write(DataOutputStream d) throws IOException {
    TreeMap<String, int[]> sorted = new TreeMap<>(counts);
    d.writeInt(sorted.size());
    for (Map.Entry<String, int[]> e : sorted.entrySet()) {
      d.writeUTF(e.getKey());
      for (int v : e.getValue()) {
        PerceptronModel.writeVarint(d, v);
      }
    }
  }

  static CorpusLexicon read(DataInputStream d) throws IOException {
    int n = d.readInt();
    if (n < 0) {
      throw new IOException("corrupt entity model: " + n + " lexicon words");
    }
    Map<String, int[]> m = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      String w = d.readUTF();
      int[] c = new int[SLOTS];
      for (int k = 0; k < SLOTS; k++) {
        c[k] = PerceptronModel.readVarint(d);
      }
      m.put(w, c);
    }
    return new CorpusLexicon(m);
  }
}
