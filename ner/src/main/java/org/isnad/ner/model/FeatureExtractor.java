package org.isnad.ner.model;

import java.util.Arrays;
import java.util.List;
import org.isnad.core.Normalizer;

/**
 * Turns a sentence's tokens into hashed feature buckets for the tagger. Per token: its
 * {@code Normalizer.SEARCH} form and raw form; its form without conjunction/preposition and without
 * any proclitic (see {@link ArabicClitics}); which proclitics were glued; prefixes (1–4) and
 * character trigrams of the proclitic-free form, suffixes (1–3) of the normalized form and (4) of the
 * proclitic-free form; the word shape (Arabic, Latin, digits, punctuation runs) and a length bucket;
 * the normalized forms of the words at distance 1 and 2 on each side and the proclitic-free forms at
 * distance 1; word and shape bigrams with each neighbour; {@link Lexicon} classes of the word (whole
 * form and proclitic-free forms as separate features) and of its neighbours, and multi-word gazetteer
 * phrases covering it; {@link CorpusLexicon} statistics of the word (frequency class, share and count
 * per entity type, majority type) and the neighbours' majority types; sentence start and end. Each
 * feature is a template number and string(s) or number, hashed (FNV-1a mixed by murmur3's finalizer)
 * into {@code 2^bits} buckets. Stateless and thread-safe.
 */
public final class FeatureExtractor {
  private static final String BOUNDARY = "<s>";
  private static final char ARABIC_FIRST = '\u0600';
  private static final char ARABIC_LAST = '\u06FF';

  private static final int MAX_TRIGRAMS = 12;
  private final Lexicon lexicon;
  private final CorpusLexicon corpus;
  private final TreebankLexicon treebank = TreebankLexicon.get();
  private final int mask;

  /**
   * An extractor hashing into {@code 2^bits} buckets.
   *
   * @throws IllegalArgumentException unless 10 ≤ bits ≤ 26
   */
  public FeatureExtractor(Lexicon lexicon, CorpusLexicon corpus, int bits) {
    if (bits < 10 || bits > 26) {
      throw new IllegalArgumentException("bits must be in [10, 26]: " + bits);
    }
    this.lexicon = lexicon;
    this.corpus = corpus;
    this.mask = (1 << bits) - 1;
  }

  /** Extracts the features of every token of {@code tokens} (none may be null), without evidence. */
  public SentenceFeatures extract(List<String> tokens) {
    return extract(tokens, null);
  }

  /**
   * Extracts the features of every token of {@code tokens} (none may be null) and, unless {@code
   * evidence} is null, of the evidence: per token {@link TagSet#SIZE} tag probabilities.
   *
   * @throws IllegalArgumentException if the evidence does not have one row of {@link TagSet#SIZE}
   *     values per token
   */
  public SentenceFeatures extract(List<String> tokens, float[][] evidence) {
    int n = tokens.size();
    int[] best = evidence == null ? null : bestTags(evidence, n);
    String[] raw = new String[n];
    String[] norm = new String[n];
    String[] bare = new String[n];
    String[] core = new String[n];
    String[] shape = new String[n];
    int[] procl = new int[n];
    int[] lexWhole = new int[n];
    int[] lexPart = new int[n];
    for (int i = 0; i < n; i++) {
      String t = tokens.get(i);
      raw[i] = t;
      String nt = Normalizer.SEARCH.apply(t);
      norm[i] = nt.isEmpty() ? t : nt;
      bare[i] = ArabicClitics.bare(norm[i]);
      core[i] = ArabicClitics.core(norm[i]);
      procl[i] = ArabicClitics.proclitics(norm[i]);
      shape[i] = shape(t);
      lexWhole[i] = lexicon.classes(norm[i]);
      lexPart[i] = lexicon.classes(bare[i]) | lexicon.classes(core[i]);
    }
    int[][] stats = new int[n][];
    for (int i = 0; i < n; i++) {
      stats[i] = corpus.get(norm[i]);
      if (stats[i] == null) {
        stats[i] = corpus.get(core[i]);
      }
    }
    int[] major = new int[n];
    for (int i = 0; i < n; i++) {
      major[i] = majorType(stats[i]);
    }
    int[] tb = new int[n];
    for (int i = 0; i < n; i++) {
      tb[i] = treebankClass(norm[i], bare[i], core[i]);
    }
    int[] phraseB = new int[n];
    int[] phraseI = new int[n];
    markPhrases(norm, bare, phraseB, phraseI);

    int[] offsets = new int[n + 1];
    int[] buckets = new int[Math.max(16, n * 48)];
    int k = 0;
    for (int i = 0; i < n; i++) {
      offsets[i] = k;
      if (buckets.length < k + 176) {
        buckets = Arrays.copyOf(buckets, buckets.length * 2 + 176);
      }
      String w = norm[i];
      buckets[k++] = h(0, "");
      buckets[k++] = h(1, w);
      buckets[k++] = h(2, raw[i]);
      buckets[k++] = h(3, bare[i]);
      buckets[k++] = h(4, core[i]);
      String c = core[i];
      for (int len = 1; len <= 3; len++) {
        if (c.length() > len) {
          buckets[k++] = h(4 + len, c, 0, len);
        }
        if (w.length() > len) {
          buckets[k++] = h(7 + len, w, w.length() - len, w.length());
        }
      }
      for (int a = 0; a + 3 <= c.length() && a < MAX_TRIGRAMS; a++) {
        buckets[k++] = h(25, c, a, a + 3);
      }
      if (c.length() > 4) {
        buckets[k++] = h(26, c, 0, 4);
        buckets[k++] = h(27, c, c.length() - 4, c.length());
      }
      buckets[k++] = h(11, procl[i]);
      buckets[k++] = h(12, shape[i]);
      buckets[k++] = h(13, Math.min(w.length(), 8));
      buckets[k++] = h(14, at(norm, i - 1));
      buckets[k++] = h(15, at(norm, i - 2));
      buckets[k++] = h(16, at(norm, i + 1));
      buckets[k++] = h(17, at(norm, i + 2));
      buckets[k++] = h(18, at(core, i - 1));
      buckets[k++] = h(19, at(core, i + 1));
      buckets[k++] = h2(20, at(norm, i - 1), w);
      buckets[k++] = h2(21, w, at(norm, i + 1));
      buckets[k++] = h2(22, at(shape, i - 1), shape[i]);
      buckets[k++] = h2(23, shape[i], at(shape, i + 1));
      buckets[k++] = h2(24, at(core, i - 1), core[i]);
      k = bits(buckets, k, 30, lexWhole[i]);
      k = bits(buckets, k, 31, lexPart[i]);
      k = bits(buckets, k, 32, i > 0 ? lexWhole[i - 1] | lexPart[i - 1] : 0);
      k = bits(buckets, k, 33, i + 1 < n ? lexWhole[i + 1] | lexPart[i + 1] : 0);
      k = bits(buckets, k, 34, i > 1 ? lexWhole[i - 2] | lexPart[i - 2] : 0);
      k = bits(buckets, k, 35, phraseB[i]);
      k = bits(buckets, k, 36, phraseI[i]);
      if (i == 0) {
        buckets[k++] = h(37, "first");
      }
      if (i == n - 1) {
        buckets[k++] = h(37, "last");
      }
      if (corpus.size() > 0) {
        int[] st = stats[i];
        buckets[k++] = h(40, st == null ? 0 : 1 + log2(st[0]));
        if (st != null) {
          for (int x = 1; x < CorpusLexicon.SLOTS; x++) {
            if (st[x] > 0) {
              int share = 4 * st[x] / st[0];
              buckets[k++] = h(41, x * 8 + Math.min(share, 3));
              buckets[k++] = h(42, x * 8 + Math.min(log2(st[x]), 5));
            }
          }
        }
        buckets[k++] = h(43, major[i]);
        buckets[k++] = h(44, i > 0 ? major[i - 1] : -1);
        buckets[k++] = h(45, i + 1 < n ? major[i + 1] : -1);
        buckets[k++] = h(46, (i > 0 ? major[i - 1] : -1) * 64 + major[i] * 8 + (i + 1 < n ? major[i + 1] : -1));
      }
      buckets[k++] = h(50, tb[i]);
      if (best != null) {
        k = evidenceFeatures(buckets, k, evidence[i], best, i);
      }
      if (i > 0 && (procl[i] & ArabicClitics.ARTICLE) != 0) {
        buckets[k++] = h(38, procl[i - 1] & ArabicClitics.ARTICLE);
      }
    }
    offsets[n] = k;
    return new SentenceFeatures(n, offsets, buckets);
  }

  private static final float[] CONFIDENCE_STEPS = {0.5f, 0.8f, 0.95f};
  private static final float[] SHARE_STEPS = {0.1f, 0.3f, 0.6f, 0.9f};

  private int evidenceFeatures(int[] buckets, int k, float[] p, int[] best, int i) {
    int b = best[i];
    int prev = i > 0 ? best[i - 1] : -1;
    buckets[k++] = h(70, b);
    buckets[k++] = h(71, b * 8 + step(p[b], CONFIDENCE_STEPS));
    for (int type = 0; type < (TagSet.SIZE - 1) / 2; type++) {
      int share = step(p[1 + 2 * type] + p[2 + 2 * type], SHARE_STEPS);
      if (share > 0) {
        buckets[k++] = h(72, type * 8 + share);
      }
    }
    buckets[k++] = h(73, prev);
    buckets[k++] = h(74, i + 1 < best.length ? best[i + 1] : -1);
    buckets[k++] = h(75, prev * 16 + b);
    return k;
  }

  /** The number of {@code steps} that {@code v} reaches. */
  private static int step(float v, float[] steps) {
    int s = 0;
    while (s < steps.length && v >= steps[s]) {
      s++;
    }
    return s;
  }

  /** Per token, the tag with the highest evidence (the first of equals). */
  private static int[] bestTags(float[][] evidence, int n) {
    checkEvidence(evidence, n);
    int[] best = new int[n];
    for (int i = 0; i < n; i++) {
      float[] p = evidence[i];
      for (int t = 1; t < TagSet.SIZE; t++) {
        if (p[t] > p[best[i]]) {
          best[i] = t;
        }
      }
    }
    return best;
  }

  /**
   * @throws IllegalArgumentException unless {@code evidence} has {@code n} rows of {@link
   *     TagSet#SIZE} values
   */
  static void checkEvidence(float[][] evidence, int n) {
    if (evidence.length != n) {
      throw new IllegalArgumentException("evidence for " + evidence.length + " tokens, expected " + n);
    }
    for (float[] row : evidence) {
      if (row == null || row.length != TagSet.SIZE) {
        throw new IllegalArgumentException("an evidence row must hold " + TagSet.SIZE + " values");
      }
    }
  }

  /**
   * -1 if the treebank lexicon knows none of the word's forms (looked up whole, then without
   * conjunction/preposition, then without any proclitic); else which form was found (0–2) × 64 +
   * the counts' {@link TreebankLexicon#summary}.
   */
  private int treebankClass(String norm, String bare, String core) {
    int via = 0;
    int[] c = treebank.shared(norm);
    if (c == null && !bare.equals(norm)) {
      c = treebank.shared(bare);
      via = 1;
    }
    if (c == null && !core.equals(bare)) {
      c = treebank.shared(core);
      via = 2;
    }
    return c == null ? -1 : via * 64 + TreebankLexicon.summary(c);
  }

  /** 0 unseen, 1 mostly outside entities, 2 + type ordinal if mostly inside entities of one type. */
  private static int majorType(int[] st) {
    if (st == null) {
      return 0;
    }
    int best = 0;
    for (int x = 1; x < CorpusLexicon.SLOTS; x++) {
      if (st[x] > st[best]) {
        best = x;
      }
    }
    if (best == 0 || 2 * st[best] < st[0]) {
      return 1;
    }
    return 1 + best;
  }

  private static int log2(int v) {
    return 31 - Integer.numberOfLeadingZeros(Math.max(1, v));
  }

  private int bits(int[] buckets, int k, int template, int classes) {
    for (int b = 0; b < Lexicon.CLASSES; b++) {
      if ((classes & (1 << b)) != 0) {
        buckets[k++] = h(template, b + 1);
      }
    }
    return k;
  }

  private void markPhrases(String[] norm, String[] bare, int[] phraseB, int[] phraseI) {
    int n = norm.length;
    int max = lexicon.maxPhraseLength();
    if (max < 2) {
      return;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i + 1 < n; i++) {
      String first = lexicon.startsPhrase(norm[i]) ? norm[i]
          : lexicon.startsPhrase(bare[i]) ? bare[i] : null;
      if (first == null) {
        continue;
      }
      for (int len = Math.min(max, n - i); len >= 2; len--) {
        sb.setLength(0);
        sb.append(first);
        for (int j = i + 1; j < i + len; j++) {
          sb.append(' ').append(norm[j]);
        }
        int c = lexicon.phraseClasses(sb.toString());
        if (c != 0) {
          phraseB[i] |= c;
          for (int j = i + 1; j < i + len; j++) {
            phraseI[j] |= c;
          }
          break;
        }
      }
    }
  }

  private static String at(String[] a, int i) {
    return i < 0 || i >= a.length ? BOUNDARY : a[i];
  }

  /** The word shape: runs of a (Arabic), X/x (Latin upper/lower), d (digit), p (other) collapsed. */
  static String shape(String t) {
    StringBuilder sb = new StringBuilder(4);
    char last = 0;
    for (int i = 0; i < t.length() && sb.length() < 6; i++) {
      char ch = t.charAt(i);
      char cls;
      if (ch >= ARABIC_FIRST && ch <= ARABIC_LAST && Character.isLetter(ch)) {
        cls = 'a';
      } else if (Character.isDigit(ch)) {
        cls = 'd';
      } else if (Character.isUpperCase(ch)) {
        cls = 'X';
      } else if (Character.isLetter(ch)) {
        cls = 'x';
      } else {
        cls = ch < 128 ? ch : 'p';
      }
      if (cls != last) {
        sb.append(cls);
        last = cls;
      }
    }
    return sb.toString();
  }

  private static final int FNV_PRIME = 0x01000193;

  private static int start(int template) {
    return (template + 1) * 0x9E3779B1;
  }

  private static int fmix(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h;
  }

  private int h(int template, String s) {
    return h(template, s, 0, s.length());
  }

  private int h(int template, String s, int from, int to) {
    int x = start(template);
    for (int i = from; i < to; i++) {
      x = (x ^ s.charAt(i)) * FNV_PRIME;
    }
    return fmix(x) & mask;
  }

  private int h(int template, int value) {
    return fmix(start(template) ^ (value * 0x27D4EB2F + 0x165667B1)) & mask;
  }

  private int h2(int template, String a, String b) {
    int x = start(template);
    for (int i = 0; i < a.length(); i++) {
      x = (x ^ a.charAt(i)) * FNV_PRIME;
    }
    x = (x ^ 0xFFFF) * FNV_PRIME;
    for (int i = 0; i < b.length(); i++) {
      x = (x ^ b.charAt(i)) * FNV_PRIME;
    }
    return fmix(x) & mask;
  }
}
