package org.isnad.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.text.similarity.CosineSimilarity;
import org.isnad.core.Normalizer;

/**
 * Groups quotes that report the same statement by the same source, within and across documents.
 *
 * <p>Two quotes are linked when their speakers are the same source (their {@link
 * SpeakerEntity#key()}s are equal, or the words of one contain all the words of the other, as
 * ديلون and ريان ديلون) and their contents are alike: the cosine similarity of their bags of light
 * stems (the {@link Normalizer#SEARCH} form of each word without its glued conjunction,
 * preposition and article and without a pronoun or plural suffix, function words left out) reaches
 * the threshold ({@link #SAME_DOCUMENT_THRESHOLD} for two quotes of one document). Links are
 * taken from the most to the least similar; a link that would put two dissimilar quotes of one
 * document into one claim is skipped. Claims are the resulting groups; quotes without a resolved
 * speaker stay alone. Quotes are compared only within a bucket of the same speaker surname or head
 * word, so the cost grows with the square of the quotes per source, not of all quotes.
 *
 * <p>A clusterer is immutable and safe to share between threads.
 */
public final class ClaimClusterer {

  /** The default similarity threshold. */
  public static final double DEFAULT_THRESHOLD = 0.35;

  /** Two quotes of one document join one claim only at this similarity or above. */
  public static final double SAME_DOCUMENT_THRESHOLD = 0.6;

  private static final Set<String> STOP = Lexicon.set(
      "في من إلى على عن مع أن إن ان قد لا لم لن ما هذا هذه ذلك تلك التي الذي الذين هو هي هم نحن كل بعد قبل"
      + " حتى أو ثم كما بين عند لدى منذ إذا كان كانت يكون تكون الآن فقط أي غير كل بشكل");
  private static final String[] PREFIXES = {"وال", "فال", "بال", "كال", "لل", "ال", "و", "ف"};
  private static final String[] SUFFIXES = {"هما", "كما", "هم", "هن", "ها", "نا", "ات", "ون", "ين", "ان", "ه", "ي", "ا"};
  private static final int MIN_STEM = 3;

  private final double threshold;
  private final CosineSimilarity cosine = new CosineSimilarity();

  /** A clusterer with {@link #DEFAULT_THRESHOLD}. */
  public ClaimClusterer() {
    this(DEFAULT_THRESHOLD);
  }

  /**
   * A clusterer linking quotes whose content similarity is at least {@code threshold}.
   *
   * @throws IllegalArgumentException if {@code threshold} is outside {@code (0, 1]}
   */
  public ClaimClusterer(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold outside (0, 1]: " + threshold);
    }
    this.threshold = threshold;
  }

  /**
   * Clusters the quotes of several documents.
   *
   * @param quotesByDocument quotes per document id; iteration order decides output order
   * @return every claim (single quotes included), ordered by their first quote
   * @throws NullPointerException if the map, a key or a list is null
   */
  public List<Claim> cluster(Map<String, List<Quote>> quotesByDocument) {
    Objects.requireNonNull(quotesByDocument, "quotesByDocument");
    List<SourcedQuote> all = new ArrayList<>();
    for (Map.Entry<String, List<Quote>> e : quotesByDocument.entrySet()) {
      Objects.requireNonNull(e.getKey(), "document id");
      for (Quote q : Objects.requireNonNull(e.getValue(), "quotes of " + e.getKey())) {
        all.add(new SourcedQuote(e.getKey(), q));
      }
    }
    int n = all.size();
    int[] parent = new int[n];
    double[] linkSum = new double[n];
    int[] links = new int[n];
    List<Map<CharSequence, Integer>> bags = new ArrayList<>(n);
    Map<String, List<Integer>> buckets = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      Quote q = all.get(i).quote();
      bags.add(bag(q.content().text()));
      if (q.speakerEntity() != null) {
        for (String b : bucketKeys(q.speakerEntity())) {
          buckets.computeIfAbsent(b, k -> new ArrayList<>()).add(i);
        }
      }
    }
    Set<Long> seen = new HashSet<>();
    List<double[]> edges = new ArrayList<>();
    for (List<Integer> bucket : buckets.values()) {
      for (int x = 0; x < bucket.size(); x++) {
        for (int y = x + 1; y < bucket.size(); y++) {
          int i = Math.min(bucket.get(x), bucket.get(y));
          int j = Math.max(bucket.get(x), bucket.get(y));
          if (!seen.add((long) i * n + j)) {
            continue;
          }
          if (!sameSource(all.get(i).quote().speakerEntity(), all.get(j).quote().speakerEntity())) {
            continue;
          }
          double s = similarity(bags.get(i), bags.get(j));
          boolean sameDoc = all.get(i).documentId().equals(all.get(j).documentId());
          if (s >= (sameDoc ? Math.max(threshold, SAME_DOCUMENT_THRESHOLD) : threshold)) {
            edges.add(new double[] {s, i, j});
          }
        }
      }
    }
    edges.sort((a, b) -> Double.compare(b[0], a[0]));
    List<List<Integer>> members = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<Integer> m = new ArrayList<>();
      m.add(i);
      members.add(m);
    }
    for (double[] e : edges) {
      int ri = find(parent, (int) e[1]);
      int rj = find(parent, (int) e[2]);
      if (ri == rj) {
        linkSum[ri] += e[0];
        links[ri]++;
        continue;
      }
      if (!compatible(all, bags, members.get(ri), members.get(rj))) {
        continue;
      }
      parent[rj] = ri;
      members.get(ri).addAll(members.get(rj));
      members.get(rj).clear();
      linkSum[ri] += linkSum[rj] + e[0];
      links[ri] += links[rj] + 1;
    }
    Map<Integer, List<SourcedQuote>> groups = new LinkedHashMap<>();
    Map<Integer, Integer> rootOf = new HashMap<>();
    for (int i = 0; i < n; i++) {
      int r = find(parent, i);
      rootOf.put(i, r);
      groups.computeIfAbsent(r, k -> new ArrayList<>()).add(all.get(i));
    }
    List<Claim> out = new ArrayList<>();
    for (Map.Entry<Integer, List<SourcedQuote>> g : groups.entrySet()) {
      int r = g.getKey();
      SpeakerEntity speaker = fullest(g.getValue());
      double score = links[r] == 0 ? 1.0 : Math.min(1.0, linkSum[r] / links[r]);
      out.add(new Claim(speaker, score, g.getValue()));
    }
    return List.copyOf(out);
  }

  /**
   * The content similarity of two quotes in {@code [0, 1]}: cosine of their bags of light stems.
   *
   * @throws NullPointerException if a quote is null
   */
  public double similarity(Quote a, Quote b) {
    return similarity(bag(a.content().text()), bag(b.content().text()));
  }

  private double similarity(Map<CharSequence, Integer> a, Map<CharSequence, Integer> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Double d = cosine.cosineSimilarity(a, b);
    return d == null || d.isNaN() ? 0 : Math.max(0, Math.min(1, d));
  }

  /**
   * True when the two speakers name the same source: both have {@linkplain #sourceWords source
   * words} and the words of one contain all the words of the other. Only quotes of such speakers
   * are ever linked, so a caller can split a corpus into groups closed under this relation (as the
   * Spark module does) and cluster each group alone.
   *
   * @throws NullPointerException if a speaker is null
   */
  public static boolean sameSource(SpeakerEntity a, SpeakerEntity b) {
    Set<String> sa = sourceWords(a);
    Set<String> sb = sourceWords(b);
    if (sa.isEmpty() || sb.isEmpty()) {
      return false;
    }
    return sa.containsAll(sb) || sb.containsAll(sa);
  }

  /**
   * The words that identify a speaker as a source: each {@link Normalizer#SEARCH} word of its
   * canonical name without a glued conjunction or article (ريان ديلون → {ريان، ديلون}).
   *
   * @throws NullPointerException if {@code speaker} is null
   */
  public static Set<String> sourceWords(SpeakerEntity speaker) {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (String w : SpeakerResolver.tokens(speaker.canonical())) {
      out.add(SpeakerResolver.stripArticle(w));
    }
    return out;
  }

  private static List<String> bucketKeys(SpeakerEntity e) {
    List<String> out = new ArrayList<>();
    for (String w : SpeakerResolver.tokens(e.canonical())) {
      out.add(SpeakerResolver.stripArticle(w));
    }
    return out;
  }

  private static SpeakerEntity fullest(List<SourcedQuote> quotes) {
    SpeakerEntity best = null;
    SpeakerEntity any = null;
    for (SourcedQuote q : quotes) {
      SpeakerEntity e = q.quote().speakerEntity();
      if (e == null) {
        continue;
      }
      any = e;
      if (best == null || e.canonical().length() > best.canonical().length()) {
        best = e;
      }
    }
    if (best != null) {
      return best;
    }
    return any != null ? any : new SpeakerEntity("unknown", "", SourceType.OTHER, null);
  }

  /**
   * True when two groups may merge: two quotes of the same document end up together only when
   * they are near repeats of each other, so that single links do not chain distinct statements.
   */
  private boolean compatible(List<SourcedQuote> all, List<Map<CharSequence, Integer>> bags,
      List<Integer> a, List<Integer> b) {
    for (int i : a) {
      for (int j : b) {
        if (all.get(i).documentId().equals(all.get(j).documentId())
            && similarity(bags.get(i), bags.get(j)) < SAME_DOCUMENT_THRESHOLD) {
          return false;
        }
      }
    }
    return true;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Bag of light stems of a content text. */
  static Map<CharSequence, Integer> bag(String text) {
    Map<CharSequence, Integer> out = new HashMap<>();
    for (String w : SpeakerResolver.tokens(text)) {
      if (STOP.contains(w)) {
        continue;
      }
      String s = stem(w);
      if (s.length() >= MIN_STEM || s.chars().allMatch(Character::isDigit)) {
        out.merge(s, 1, Integer::sum);
      }
    }
    return out;
  }

  static String stem(String w) {
    String s = w;
    for (String p : PREFIXES) {
      if (s.startsWith(p) && s.length() - p.length() >= MIN_STEM) {
        s = s.substring(p.length());
        break;
      }
    }
    for (String x : SUFFIXES) {
      if (s.endsWith(x) && s.length() - x.length() >= MIN_STEM) {
        s = s.substring(0, s.length() - x.length());
        break;
      }
    }
    return s;
  }
}
