package org.isnad.ner.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.isnad.core.NormalizedText;
import org.isnad.core.Normalizer;
import org.isnad.core.Segment;
import org.isnad.core.Token;
import org.isnad.core.TokenType;
import org.isnad.core.Tokenizer;
import org.isnad.ner.CoreNlpCliticSegmenter;

/**
 * Builds the clitic lexicon of {@code org.isnad.core.FastCliticSegmenter}: runs CoreNLP's Arabic
 * segmenter ({@link CoreNlpCliticSegmenter}) over every Arabic word type of the training corpora
 * and records its decisions.
 *
 * <p><b>Input</b> (the first column of each line; blank lines and tags ignored): {@code
 * ner/data/wikifane/WikiFANE_Gold_2014_500K.txt} (WikiFANE Gold, UTF-8 with a BOM, U+200E marks,
 * CRLF) and every {@code ner/data/aqmar/*.txt} (AQMAR Arabic Wikipedia NE corpus). Only these
 * corpora are used: ANERcorp and the seed articles are kept out because segmenter agreement is
 * measured on them. Each first column is tokenized with {@link Tokenizer} and its {@link
 * TokenType#WORD} tokens are segmented in their sentence (blank lines separate sentences), so
 * that CoreNLP sees the same neighbouring words as {@link CoreNlpCliticSegmenter} gives it, at
 * most {@value #MAX_VOTES} times per normalized word type.
 *
 * <p><b>Output</b>: a GZIP-compressed UTF-8 text, sorted, one entry per line: the word in {@link
 * Normalizer#SEARCH} form with {@code +} at each split point CoreNLP chose (mapped from the
 * original spelling to the normalized one); a word CoreNLP leaves whole has no {@code +}.
 * When the occurrences of a type disagree, the commonest decision wins (ties: the smallest
 * entry), except that a final pronoun split made on the spellings ending in ه or ي is kept even
 * when spellings ending in ة or ى (folded into the same form by SEARCH, and never split there)
 * outnumber them: عليه beside the misspelling علية. The runtime segmenter checks that last letter
 * itself. An entry seen only with a final ة or ى ends with {@code =}: it tells nothing about a word
 * spelled with a final ه or ي. Lines starting with {@code #} are comments.
 *
 * <p>Usage (from the repository root, after {@code mvn -o -q -pl ner -am test-compile}):
 *
 * <pre>
 * java -cp core/target/classes:ner/target/classes:ner/target/test-classes:CORENLP_JAR:MODELS_JAR \
 *   org.isnad.ner.tools.CliticLexiconGenerator ner/data \
 *   core/src/main/resources/org/isnad/core/clitic-lexicon.txt.gz
 * </pre>
 */
public final class CliticLexiconGenerator {
  private static final char SPLIT = '+';
  /** Pronoun enclitics in SEARCH form. */
  private static final java.util.Set<String> PRONOUNS = java.util.Set.of(
      "\u0647", "\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627", "\u0647\u0646",
      "\u0643\u0645", "\u0643\u0646", "\u0646\u0627", "\u064A", "\u0643");
  private static final char FOLDED_ONLY = '=';
  private static final char TEH_MARBUTA = '\u0629';
  private static final char ALEF_MAKSURA = '\u0649';
  /** Occurrences of one word type segmented, at most; the majority decision is kept. */
  private static final int MAX_VOTES = 9;

  private CliticLexiconGenerator() {}

  /**
   * Entry point.
   *
   * @param args the data directory (holding {@code wikifane/} and {@code aqmar/}) and the output
   *     file
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: CliticLexiconGenerator <data-dir> <out.txt.gz>");
      System.exit(2);
    }
    Path data = Path.of(args[0]);
    List<Path> files = new ArrayList<>();
    files.add(data.resolve("wikifane").resolve("WikiFANE_Gold_2014_500K.txt"));
    try (DirectoryStream<Path> aqmar = Files.newDirectoryStream(data.resolve("aqmar"), "*.txt")) {
      List<Path> sorted = new ArrayList<>();
      aqmar.forEach(sorted::add);
      sorted.sort(null);
      files.addAll(sorted);
    }
    CoreNlpCliticSegmenter segmenter = new CoreNlpCliticSegmenter();
    Tokenizer tokenizer = new Tokenizer();
    Map<String, Map<String, Integer>> votes = new HashMap<>();
    Map<String, Map<String, Integer>> foldedVotes = new HashMap<>();
    int sentences = 0;
    for (Path file : files) {
      for (String sentence : sentences(file)) {
        for (Token t : tokenizer.tokenize(sentence)) {
          if (t.type() != TokenType.WORD) {
            continue;
          }
          String key = Normalizer.SEARCH.apply(t.text());
          // Spellings ending in ة or ى vote apart: their last letter is no pronoun, and the
          // runtime segmenter checks that letter itself.
          char last = t.text().charAt(t.text().length() - 1);
          boolean folded = last == TEH_MARBUTA || last == ALEF_MAKSURA;
          Map<String, Integer> forKey = (folded ? foldedVotes : votes)
              .computeIfAbsent(key, k -> new HashMap<>(2));
          int seen = 0;
          for (int c : forKey.values()) {
            seen += c;
          }
          if (seen >= MAX_VOTES) {
            continue;
          }
          String entry = encode(key, t.text(), shift(segmenter.segment(sentence, t), t.start()));
          forKey.merge(entry, 1, Integer::sum);
        }
        if (++sentences % 5000 == 0) {
          System.err.printf("%d sentences, %d types%n", sentences, votes.size());
        }
      }
    }
    Map<String, String> decisions = new TreeMap<>();
    for (String key : union(votes.keySet(), foldedVotes.keySet())) {
      Map<String, Integer> plain = votes.getOrDefault(key, Map.of());
      Map<String, Integer> all = new HashMap<>(plain);
      foldedVotes.getOrDefault(key, Map.of()).forEach((k, v) -> all.merge(k, v, Integer::sum));
      String overall = winner(all);
      String plainWinner = winner(plain);
      // A pronoun only the ه/ي spellings can carry (عليه beside علية) still counts.
      boolean onlyAddsPronoun = plainWinner != null
          && plainWinner.lastIndexOf(SPLIT) >= 0
          && PRONOUNS.contains(plainWinner.substring(plainWinner.lastIndexOf(SPLIT) + 1))
          && withoutLastSplit(plainWinner).equals(overall);
      // Seen only as ...ة / ...ى: says nothing about a pronoun on the ه / ي spelling.
      decisions.put(key, (onlyAddsPronoun ? plainWinner : overall)
          + (plain.isEmpty() && isFoldedEnding(key) ? String.valueOf(FOLDED_ONLY) : ""));
    }
    int split = 0;
    try (Writer out = new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(Path.of(args[1]))), StandardCharsets.UTF_8)) {
      out.write("# Isnad clitic lexicon: CoreNLP ArabicSegmenter (atb+bn+arztrain) decisions, in\n");
      out.write("# context, on the word types of WikiFANE Gold 2014 and AQMAR; SEARCH-normalized,\n");
      out.write("# '+' = split; a final '=' = seen only spelled with a final teh marbuta or alef\n");
      out.write("# maksura. Generated by org.isnad.ner.tools.CliticLexiconGenerator.\n");
      for (String entry : decisions.values()) {
        if (entry.indexOf(SPLIT) >= 0) {
          split++;
        }
        out.write(entry);
        out.write('\n');
      }
    }
    System.err.printf("%d sentences; wrote %d entries, %d split%n", sentences, decisions.size(), split);
  }

  private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
    java.util.Set<String> out = new java.util.TreeSet<>(a);
    out.addAll(b);
    return out;
  }

  /** The commonest entry (ties: the smallest), or null for no votes. */
  private static String winner(Map<String, Integer> votes) {
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> v : votes.entrySet()) {
      if (v.getValue() > bestCount || (v.getValue() == bestCount && v.getKey().compareTo(best) < 0)) {
        best = v.getKey();
        bestCount = v.getValue();
      }
    }
    return best;
  }

  private static boolean isFoldedEnding(String key) {
    char last = key.charAt(key.length() - 1);
    return last == '\u0647' || last == '\u064A';
  }

  private static String withoutLastSplit(String entry) {
    int at = entry.lastIndexOf(SPLIT);
    return entry.substring(0, at) + entry.substring(at + 1);
  }

  /** Segments with offsets relative to the token start. */
  private static List<Segment> shift(List<Segment> segments, int by) {
    List<Segment> out = new ArrayList<>(segments.size());
    for (Segment s : segments) {
      out.add(new Segment(s.text(), s.start() - by, s.end() - by, s.kind()));
    }
    return out;
  }

  /**
   * The sentences of a CoNLL-style file: first columns joined by spaces, blank lines between
   * sentences; U+200E marks and a BOM removed.
   */
  static List<String> sentences(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        int cut = 0;
        while (cut < line.length() && line.charAt(cut) != '\t' && line.charAt(cut) != ' ') {
          cut++;
        }
        String field = line.substring(0, cut).replace("\u200E", "").replace("\uFEFF", "");
        if (field.isEmpty()) {
          if (sb.length() > 0) {
            out.add(sb.toString());
            sb.setLength(0);
          }
          continue;
        }
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(field);
      }
    }
    if (sb.length() > 0) {
      out.add(sb.toString());
    }
    return out;
  }

  /** The normalized key with '+' at the normalized position of each segment boundary. */
  static String encode(String key, String word, List<Segment> segments) {
    NormalizedText nt = Normalizer.SEARCH.normalize(word);
    StringBuilder sb = new StringBuilder(key.length() + 4);
    int next = 1;
    for (int k = 0; k < nt.length(); k++) {
      while (next < segments.size() && segments.get(next).start() < nt.originalStart(k)) {
        next++; // boundary not at a normalized character start: dropped
      }
      if (k > 0 && next < segments.size() && segments.get(next).start() == nt.originalStart(k)) {
        sb.append(SPLIT);
        next++;
      }
      sb.append(nt.text().charAt(k));
    }
    return sb.toString();
  }

}
