package org.isnad.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The word list behind {@link FastCliticSegmenter}: CoreNLP's segmentation decisions on the word
 * types of the WikiFANE and AQMAR corpora, in {@link Normalizer#SEARCH} form (resource {@value
 * #RESOURCE}, built by {@code org.isnad.ner.tools.CliticLexiconGenerator}).
 *
 * <p>Each entry is reduced to the scheme of {@link FastCliticSegmenter}: a chain of one-letter
 * proclitics, a stem and at most one pronoun enclitic. A recorded split that does not fit that
 * scheme (dialectal suffixes, a split inside the stem) makes the entry a whole, unsplit word. Every
 * word and every stem of a split word is also remembered as a known stem. Immutable once built;
 * safe to share.
 */
final class CliticLexicon {

  /** Class-path location of the lexicon. */
  static final String RESOURCE = "/org/isnad/core/clitic-lexicon.txt.gz";

  private static final char SPLIT = '+';
  private static final char COMMENT = '#';
  private static final char FOLDED_ONLY = '=';

  /**
   * Flag on an analysis: the word was seen only spelled with a final ة or ى, so the entry says
   * nothing about a final ه or ي pronoun.
   */
  static final int FOLDED_ONLY_FLAG = 1 << 12;

  /** Encoded analyses: {@link FastCliticSegmenter#encode}. */
  private final Map<String, Integer> words;
  private final Set<String> stems;

  private CliticLexicon(Map<String, Integer> words, Set<String> stems) {
    this.words = words;
    this.stems = stems;
  }

  /** Loaded on first use of this holder class (lazy, thread-safe class initialization). */
  private static final class Holder {
    static final CliticLexicon INSTANCE = load();
  }

  /** The shared lexicon, loaded from the class path on first call. */
  static CliticLexicon get() {
    return Holder.INSTANCE;
  }

  /** An empty lexicon: rules only. */
  static CliticLexicon empty() {
    return new CliticLexicon(Map.of(), Set.of());
  }

  private static CliticLexicon load() {
    try (InputStream raw = CliticLexicon.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return read(new GZIPInputStream(raw));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Reads entries in the resource format (uncompressed). */
  static CliticLexicon read(InputStream in) throws IOException {
    Map<String, Integer> words = new HashMap<>(1 << 17);
    Set<String> stems = new HashSet<>(1 << 15);
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    StringBuilder key = new StringBuilder(32);
    for (String line; (line = reader.readLine()) != null; ) {
      if (line.isEmpty() || line.charAt(0) == COMMENT) {
        continue;
      }
      boolean foldedOnly = line.charAt(line.length() - 1) == FOLDED_ONLY;
      if (foldedOnly) {
        line = line.substring(0, line.length() - 1);
      }
      key.setLength(0);
      int first = -1;
      int last = -1;
      int splits = 0;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == SPLIT) {
          if (first < 0) {
            first = key.length();
          }
          last = key.length();
          splits++;
        } else {
          key.append(c);
        }
      }
      String word = key.toString();
      int analysis = splits == 0 ? 0 : fit(line, word);
      words.put(word, foldedOnly ? analysis | FOLDED_ONLY_FLAG : analysis);
      if (analysis != 0) {
        int p = FastCliticSegmenter.prefixLength(analysis);
        int s = FastCliticSegmenter.suffixLength(analysis);
        stems.add(word.substring(p, word.length() - s));
      }
    }
    return new CliticLexicon(Map.copyOf(words), Set.copyOf(stems));
  }

  /**
   * Fits a split entry to the scheme: leading one-letter proclitics in a legal chain, one stem, at
   * most one enclitic; a stem-less entry (ب+ه) gives its last proclitic the stem role. 0 (whole
   * word) when it does not fit.
   */
  private static int fit(String line, String word) {
    String[] pieces = split(line);
    int n = pieces.length;
    int suffix = 0;
    if (n >= 2 && FastCliticSegmenter.isEnclitic(pieces[n - 1])) {
      suffix = pieces[n - 1].length();
      n--;
    }
    int prefix = 0;
    int k = 0;
    while (k < n - 1 && pieces[k].length() == 1) {
      prefix++;
      k++;
    }
    if (k == n - 1 || (k == n && suffix > 0)) {
      if (k == n) {
        prefix--; // no stem left: the last proclitic carries the stem role
      }
      if (prefix >= 0 && FastCliticSegmenter.isProcliticChain(word, prefix)
          && word.length() - prefix - suffix >= 1 && (prefix > 0 || suffix > 0)) {
        return FastCliticSegmenter.encode(prefix, 0, suffix);
      }
    }
    return 0;
  }

  private static String[] split(String line) {
    int count = 1;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == SPLIT) {
        count++;
      }
    }
    String[] out = new String[count];
    int from = 0;
    int k = 0;
    for (int i = 0; i <= line.length(); i++) {
      if (i == line.length() || line.charAt(i) == SPLIT) {
        out[k++] = line.substring(from, i);
        from = i + 1;
      }
    }
    return out;
  }

  /**
   * The encoded analysis of a known word (possibly with {@link #FOLDED_ONLY_FLAG}), or -1 when the word is not in the lexicon. */
  int analysis(String word) {
    Integer a = words.get(word);
    return a == null ? -1 : a;
  }

  /** True when {@code s} is a known word or the stem of a known split word. */
  boolean known(String s) {
    return words.containsKey(s) || stems.contains(s);
  }

  /** Number of words. */
  int size() {
    return words.size();
  }
}
