package org.isnad.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Development tool, not a test: measures how often the rules of {@link FastCliticSegmenter} agree
 * with the recorded CoreNLP decision on a lexicon word when the word's own entry is hidden (so it
 * estimates behaviour on unseen words, with every other word known). Article splits are ignored.
 * Prints type-level agreement and the commonest disagreements.
 *
 * <p>Usage: {@code java -cp core/target/classes:core/target/test-classes
 * org.isnad.core.FastSegmenterHoldOut}
 */
public final class FastSegmenterHoldOut {
  private FastSegmenterHoldOut() {}

  /** Entry point. */
  public static void main(String[] args) throws IOException {
    FastCliticSegmenter fast = new FastCliticSegmenter();
    Map<String, String> lines = new HashMap<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
        FastSegmenterHoldOut.class.getResourceAsStream(CliticLexicon.RESOURCE)),
        StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        if (!line.startsWith("#")) {
          lines.put(line.replace("+", ""), line);
        }
      }
    }
    Map<String, String> spelling = spellings(java.nio.file.Path.of(System.getProperty("data", "ner/data")));
    int total = 0;
    int agree = 0;
    Map<String, Integer> errors = new TreeMap<>();
    StringBuilder examples = new StringBuilder();
    for (Map.Entry<String, String> e : lines.entrySet()) {
      String w = e.getKey();
      if (w.length() < 2) {
        continue;
      }
      BitSet gold = new BitSet();
      int pos = 0;
      for (char c : e.getValue().toCharArray()) {
        if (c == '+') {
          gold.set(pos);
        } else {
          pos++;
        }
      }
      String original = spelling.getOrDefault(w, w);
      NormalizedText nt = Normalizer.SEARCH.normalize(original);
      if (!nt.text().equals(w)) {
        continue;
      }
      int a = fast.analyze(w, original, nt, false);
      BitSet mine = new BitSet();
      int p = FastCliticSegmenter.prefixLength(a);
      int s = FastCliticSegmenter.suffixLength(a);
      for (int i = 1; i <= p; i++) {
        mine.set(i);
      }
      if (s > 0) {
        mine.set(w.length() - s);
      }
      total++;
      if (mine.equals(gold)) {
        agree++;
      } else {
        int gp = gold.get(1) ? (gold.get(2) ? 2 : 1) : 0;
        int gs = 0;
        for (int i = w.length() - 1; i > Math.max(gp, 0); i--) {
          if (gold.get(i)) {
            gs = w.length() - i;
            break;
          }
        }
        if (gp != p) {
          errors.merge((gp > p ? "prefix-under " : "prefix-over ") + w.substring(0, Math.max(gp, p)), 1, Integer::sum);
        }
        if (gs != s) {
          errors.merge((gs > s ? "suffix-under " : "suffix-over ") + w.substring(w.length() - Math.max(gs, s)), 1, Integer::sum);
        }
        if (examples.length() < 4000) {
          examples.append(e.getValue()).append(" <> ").append(render(w, mine)).append('\n');
        }
      }
    }
    System.out.printf("hold-out type agreement: %d/%d = %.2f%%%n", agree, total, 100.0 * agree / total);
    errors.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(40)
        .forEach(x -> System.out.println(x.getValue() + "\t" + x.getKey()));
    if (args.length > 0) {
      System.out.println(examples);
    }
  }

  /** The most frequent original spelling of each normalized word of the training corpora. */
  private static Map<String, String> spellings(java.nio.file.Path data) throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    java.util.List<java.nio.file.Path> files = new java.util.ArrayList<>();
    files.add(data.resolve("wikifane/WikiFANE_Gold_2014_500K.txt"));
    try (var ds = java.nio.file.Files.newDirectoryStream(data.resolve("aqmar"), "*.txt")) {
      ds.forEach(files::add);
    }
    Tokenizer tokenizer = new Tokenizer();
    for (java.nio.file.Path f : files) {
      for (String line : java.nio.file.Files.readAllLines(f)) {
        int cut = 0;
        while (cut < line.length() && line.charAt(cut) != '\t' && line.charAt(cut) != ' ') {
          cut++;
        }
        for (Token t : tokenizer.tokenize(line.substring(0, cut))) {
          if (t.type() == TokenType.WORD) {
            counts.merge(t.text(), 1, Integer::sum);
          }
        }
      }
    }
    Map<String, String> best = new HashMap<>();
    Map<String, Integer> bestCount = new HashMap<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      String key = Normalizer.SEARCH.apply(e.getKey());
      Integer seen = bestCount.get(key);
      if (seen == null || e.getValue() > seen) {
        bestCount.put(key, e.getValue());
        best.put(key, e.getKey());
      }
    }
    return best;
  }

  private static String describe(String w, BitSet cuts) {
    StringBuilder sb = new StringBuilder();
    if (cuts.get(1)) {
      sb.append(w.charAt(0)).append('+');
    }
    return sb.toString();
  }

  private static String render(String w, BitSet cuts) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < w.length(); i++) {
      if (cuts.get(i)) {
        sb.append('+');
      }
      sb.append(w.charAt(i));
    }
    return sb.toString();
  }
}
