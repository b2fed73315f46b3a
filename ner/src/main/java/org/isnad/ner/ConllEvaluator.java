package org.isnad.ner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores predicted BIO tags against gold ones with the exact-span semantics of the CoNLL shared
 * task's {@code conlleval} script: chunks are read from the tags as conlleval reads them (a chunk
 * starts at {@code B-X}, at {@code I-X} after {@code O}, or at any tag whose type differs from the
 * previous tag's; it ends before {@code O}, before {@code B-}, or before a change of type), and a
 * predicted chunk counts as correct only if a gold chunk has the same first token, last token and
 * type. Precision, recall and F1 are given per type and micro-averaged over all chunks. Stateless
 * and thread-safe.
 */
public final class ConllEvaluator {
  private static final String OUTSIDE = "O";

  /** An evaluator. */
  public ConllEvaluator() {}

  /**
   * Chunk counts for one type (or all types).
   *
   * @param correct   predicted chunks that match a gold chunk exactly
   * @param predicted predicted chunks
   * @param gold      gold chunks
   */
  public record Counts(int correct, int predicted, int gold) {
    /** Precision in [0, 1]; 0 when nothing was predicted. */
    public double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    /** Recall in [0, 1]; 0 when there is no gold chunk. */
    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    /** F1 in [0, 1]; 0 when precision and recall are both 0. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Counts plus(Counts o) {
      return new Counts(correct + o.correct, predicted + o.predicted, gold + o.gold);
    }
  }

  /**
   * The scores of one evaluation.
   *
   * @param tokens        tokens scored
   * @param correctTokens tokens whose predicted tag equals the gold tag
   * @param perType       counts per entity type label (sorted by label)
   * @param micro         counts over all types
   */
  public record Result(int tokens, int correctTokens, Map<String, Counts> perType, Counts micro) {
    /** Copies the map into an unmodifiable sorted one. */
    public Result {
      perType = Collections.unmodifiableMap(new TreeMap<>(perType));
    }

    /** Token accuracy in [0, 1]. */
    public double accuracy() {
      return tokens == 0 ? 0 : (double) correctTokens / tokens;
    }

    /** A conlleval-like report: one line of micro figures, then one line per type (percentages). */
    public String format() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT,
          "processed %d tokens with %d phrases; found: %d phrases; correct: %d.%n",
          tokens, micro.gold(), micro.predicted(), micro.correct()));
      sb.append(String.format(Locale.ROOT,
          "accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f%n",
          100 * accuracy(), 100 * micro.precision(), 100 * micro.recall(), 100 * micro.f1()));
      for (Map.Entry<String, Counts> e : perType.entrySet()) {
        Counts c = e.getValue();
        sb.append(String.format(Locale.ROOT,
            "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %d%n",
            e.getKey(), 100 * c.precision(), 100 * c.recall(), 100 * c.f1(), c.predicted()));
      }
      return sb.toString();
    }
  }

  /** A chunk: first token, last token (inclusive) and type. */
  record Chunk(int start, int end, String type) {}

  /**
   * Scores parallel gold and predicted tag sequences; each list element is one sentence (chunks never
   * cross sentences).
   *
   * @throws IllegalArgumentException if the lists or any pair of sentences differ in length
   * @throws NullPointerException if an argument, a sentence or a tag is null
   */
  public Result score(List<List<String>> gold, List<List<String>> predicted) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(
          "gold has " + gold.size() + " sentences, predicted " + predicted.size());
    }
    Map<String, int[]> counts = new TreeMap<>();
    int tokens = 0;
    int correctTokens = 0;
    for (int s = 0; s < gold.size(); s++) {
      List<String> g = gold.get(s);
      List<String> p = predicted.get(s);
      if (g.size() != p.size()) {
        throw new IllegalArgumentException("sentence " + s + ": gold has " + g.size()
            + " tags, predicted " + p.size());
      }
      for (int i = 0; i < g.size(); i++) {
        tokens++;
        if (g.get(i).equals(p.get(i))) {
          correctTokens++;
        }
      }
      List<Chunk> gc = chunks(g);
      List<Chunk> pc = chunks(p);
      Set<Chunk> goldSet = new HashSet<>(gc);
      for (Chunk c : gc) {
        counts.computeIfAbsent(c.type(), k -> new int[3])[2]++;
      }
      for (Chunk c : pc) {
        int[] k = counts.computeIfAbsent(c.type(), x -> new int[3]);
        k[1]++;
        if (goldSet.contains(c)) {
          k[0]++;
        }
      }
    }
    Map<String, Counts> perType = new TreeMap<>();
    Counts micro = new Counts(0, 0, 0);
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] k = e.getValue();
      Counts c = new Counts(k[0], k[1], k[2]);
      perType.put(e.getKey(), c);
      micro = micro.plus(c);
    }
    return new Result(tokens, correctTokens, perType, micro);
  }

  /**
   * Scores a CoNLL file whose last column is the predicted tag and the column before it the gold
   * tag (the layout {@code conlleval} reads).
   *
   * @throws IllegalArgumentException if a row has fewer than two columns
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public Result scoreFile(Path file) {
    List<List<String>> gold = new ArrayList<>();
    List<List<String>> predicted = new ArrayList<>();
    for (ConllSentence s : Conll.read(file)) {
      for (List<String> row : s.rows()) {
        if (row.size() < 2) {
          throw new IllegalArgumentException(file + ": row " + row + " lacks gold and predicted tags");
        }
      }
      gold.add(s.column(-2));
      predicted.add(s.column(-1));
    }
    return score(gold, predicted);
  }

  /** The chunks of one tag sequence, read as conlleval reads them. */
  static List<Chunk> chunks(List<String> tags) {
    List<Chunk> out = new ArrayList<>();
    char prevTag = 'O';
    String prevType = "";
    int start = -1;
    for (int i = 0; i <= tags.size(); i++) {
      String t = i < tags.size() ? Objects.requireNonNull(tags.get(i), "tag") : OUTSIDE;
      char tag;
      String type;
      int dash = t.indexOf('-');
      if (t.equals(OUTSIDE) || t.isEmpty()) {
        tag = 'O';
        type = "";
      } else if (dash > 0) {
        tag = t.charAt(0);
        type = t.substring(dash + 1);
      } else {
        tag = t.charAt(0);
        type = "";
      }
      if (start >= 0 && endOfChunk(prevTag, tag, prevType, type)) {
        out.add(new Chunk(start, i - 1, prevType));
        start = -1;
      }
      if (startOfChunk(prevTag, tag, prevType, type)) {
        start = i;
      }
      prevTag = tag;
      prevType = type;
    }
    return out;
  }

  private static boolean endOfChunk(char prevTag, char tag, String prevType, String type) {
    boolean end = false;
    if (prevTag == 'B' && (tag == 'B' || tag == 'O')) {
      end = true;
    }
    if (prevTag == 'I' && (tag == 'B' || tag == 'O')) {
      end = true;
    }
    if (prevTag != 'O' && !prevType.equals(type)) {
      end = true;
    }
    return end;
  }

  private static boolean startOfChunk(char prevTag, char tag, String prevType, String type) {
    boolean start = false;
    if (tag == 'B') {
      start = true;
    }
    if (prevTag == 'O' && tag == 'I') {
      start = true;
    }
    if (tag != 'O' && !prevType.equals(type)) {
      start = true;
    }
    return start;
  }
}
