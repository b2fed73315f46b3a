package org.isnad.ner.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Part-of-speech counts of about 41,000 news words from the Penn Arabic Treebank, as recorded in
 * the dictionary of CoreNLP's Arabic tagger ({@code edu/stanford/nlp/models/pos-tagger/arabic.tagger},
 * trained on ATB parts 1–3), keyed by {@code Normalizer.SEARCH} form. Words are in the treebank's
 * segmentation: conjunctions, prepositions and pronoun suffixes split off, the article kept. Each
 * word has counts of five coarse classes: proper noun (NNP, NNPS, DTNNP, DTNNPS), noun, adjective,
 * verb, and anything else. The resource {@code org/isnad/ner/treebank/atb-words.tsv.gz} is made by
 * {@link TreebankLexiconBuilder}. Immutable and thread-safe; {@link #get()} loads it once.
 */
public final class TreebankLexicon {
  /** Coarse class: proper noun. */
  public static final int PROPER = 0;
  /** Coarse class: common noun (also verbal nouns and quantifiers). */
  public static final int NOUN = 1;
  /** Coarse class: adjective (also comparatives and ordinal adjectives). */
  public static final int ADJ = 2;
  /** Coarse class: verb. */
  public static final int VERB = 3;
  /** Coarse class: any other tag (numbers, particles, pronouns, punctuation). */
  public static final int OTHER = 4;
  /** Number of coarse classes. */
  public static final int CLASSES = 5;

  static final String RESOURCE = "/org/isnad/ner/treebank/atb-words.tsv.gz";

  private final Map<String, int[]> counts;

  private TreebankLexicon(Map<String, int[]> counts) {
    this.counts = counts;
  }

  /** The bundled lexicon, loaded once. */
  public static TreebankLexicon get() {
    return Holder.INSTANCE;
  }

  /**
   * The five class counts of a SEARCH-normalized word (a new array, indexed by {@link #PROPER} …
   * {@link #OTHER}), or null if the treebank never had it.
   */
  public int[] counts(String normalizedWord) {
    int[] c = counts.get(normalizedWord);
    return c == null ? null : c.clone();
  }

  /** {@link #counts} without the copy, for the feature extractor; callers must not modify it. */
  int[] shared(String normalizedWord) {
    return counts.get(normalizedWord);
  }

  /** Number of words. */
  public int size() {
    return counts.size();
  }

  /**
   * A word's counts in one number below 32: proper-noun share (0 never, 1 under half, 2 half or
   * more, 3 always) × 8 + the coarse class with the most counts (the first on ties).
   */
  static int summary(int[] counts) {
    int total = 0;
    int best = 0;
    for (int x = 0; x < CLASSES; x++) {
      total += counts[x];
      if (counts[x] > counts[best]) {
        best = x;
      }
    }
    int p = counts[PROPER];
    int share = p == 0 ? 0 : 2 * p < total ? 1 : p < total ? 2 : 3;
    return share * 8 + best;
  }

  /** The coarse class of one of the tagger's ATB tags. */
  static int coarse(String tag) {
    String t = tag.startsWith("DT") ? tag.substring(2) : tag;
    switch (t) {
      case "NNP":
      case "NNPS":
        return PROPER;
      case "NN":
      case "NNS":
      case "VN":
      case "NOUN_QUANT":
        return NOUN;
      case "JJ":
      case "JJR":
      case "ADJ_NUM":
        return ADJ;
      case "VB":
      case "VBD":
      case "VBP":
      case "VBN":
      case "VBG":
        return VERB;
      default:
        return OTHER;
    }
  }

  private static final class Holder {
    static final TreebankLexicon INSTANCE = load();
  }

  private static TreebankLexicon load() {
    Map<String, int[]> counts = new HashMap<>(1 << 16);
    try (InputStream in = TreebankLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(
          new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t");
        if (f.length != CLASSES + 1) {
          throw new IllegalStateException("bad line in " + RESOURCE + ": " + line);
        }
        int[] c = new int[CLASSES];
        for (int i = 0; i < CLASSES; i++) {
          c[i] = Integer.parseInt(f[i + 1]);
        }
        counts.put(f[0], c);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TreebankLexicon(Map.copyOf(counts));
  }
}
