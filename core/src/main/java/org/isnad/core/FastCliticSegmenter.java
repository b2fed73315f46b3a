package org.isnad.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A fast rule-and-lexicon {@link CliticSegmenter} that needs nothing beyond this module.
 *
 * <p><b>Scheme.</b> A word is split into, in order: proclitics — at most one conjunction (و ف)
 * then at most one preposition (ب ك ل) or the future particle س (only before an imperfect-verb
 * prefix ي ت ن ا), each a one-letter {@link SegmentKind#PROCLITIC}; the article ال ({@link
 * SegmentKind#ARTICLE}), or after the preposition ل the single ل left of it (للتحالف = ل + ل +
 * تحالف); the {@link SegmentKind#STEM}; and at most one pronoun {@link SegmentKind#ENCLITIC} (ه ها
 * هم هما هن كم كن نا ي ك). A preposition with only a pronoun after it (به، لها، فيه، عليه) is a
 * stem plus an enclitic.
 *
 * <p><b>Decisions</b> are made on the {@link Normalizer#SEARCH} form of the word, in this order:
 *
 * <ol>
 *   <li>A word of the lexicon ({@link CliticLexicon}: CoreNLP's decisions on the word types of the
 *       WikiFANE and AQMAR corpora) gets its recorded proclitics and enclitic, unless the lexicon
 *       saw it only spelled with a final ة or ى and this spelling ends in ه or ي (مكانه beside
 *       مكانة).
 *   <li>Otherwise, the analyses with the fewest splits whose stem is a known word or stem win:
 *       first a proclitic chain before a known word of at least {@value #MIN_UNKNOWN_STEM}
 *       letters, whose own recorded analysis is kept (وبه = و + ب + ه; never a preposition before
 *       إلى or إلا); then a known stem of at least {@value #MIN_STEM} letters, without the article,
 *       with an enclitic other than ي and ك (نا only after {@value #MIN_UNKNOWN_STEM} letters),
 *       alone or after a proclitic chain. A stem ending in ت also counts as known when its form
 *       with ة is (سيطرتها: سيطرة).
 *   <li>Otherwise rules for unknown words: a proclitic chain is split before the article
 *       (والبوكمال، بالعاصمة) with at least {@value #MIN_STEM} letters after it, before an elided
 *       article (ل + ل, وللجيش) with at least {@value #MIN_UNKNOWN_STEM} letters after it; و alone
 *       before at least {@value #MIN_UNKNOWN_STEM} letters; the future particle before ي ت ن and
 *       at least {@value #MIN_UNKNOWN_STEM} more letters. A suffix ها هم هما هن after at least
 *       {@value #MIN_UNKNOWN_STEM} letters of a word without the article is split, and so is ه
 *       after a feminine plural in ات (دفاعاته). The letters ف ب ك ل and the suffixes ه ك ي نا كم
 *       كن are otherwise split only on lexicon evidence, because too many words, names above all,
 *       simply begin or end with them (فيينا، بغداد، لبنان، كركوك، ملك، عراقي، كورونا، ممكن).
 *   <li>Finally the article: a stem starting with ال is split unless fewer than {@value
 *       #MIN_STEM} letters follow, the alef was written with a hamza or madda (إلى، ألف، آلاف),
 *       the word carries an enclitic, or the stem is a function word (الله، الذي، التي، الا، الى
 *       ...). After a proclitic ل, a stem starting with ل is read as the article with its alef
 *       elided unless the stem is itself a known word (للبنان = ل + لبنان).
 * </ol>
 *
 * <p>The original letters veto two folds of the normalizer: a final ة is never the pronoun ه, and
 * a final ى never the pronoun ي.
 *
 * <p><b>Against CoreNLP</b> ({@code org.isnad.ner.CoreNlpCliticSegmenter}, the ATB scheme): this
 * class also splits the article, which CoreNLP never does; CoreNLP further splits ما and من
 * compounds (مما، عندما، ممن), the object pronoun ني (أنني) and some dialectal suffixes, which
 * are outside this scheme. Ignoring the article, the two agree on about 99% of the words of news
 * text (see {@code SegmenterAgreementTest} in the ner module).
 *
 * <p><b>Offsets.</b> Split points are mapped back with {@link NormalizedText}, so every segment's
 * text is exactly the original substring, diacritics and tatweel included (a diacritic stays with
 * the letter before it); the segments are contiguous and cover the word. A word with anything but
 * Arabic letters after normalization, and every non-Arabic token, is one stem; an empty range
 * gives an empty list.
 *
 * <p><b>Cost.</b> One normalization per word, a few hash lookups, no regular expressions. The
 * lexicon (about 53,000 words, 170 KB compressed) is loaded once, lazily, on first use. Instances
 * are immutable and thread-safe.
 */
public final class FastCliticSegmenter implements CliticSegmenter {

  /** Shortest stem (in normalized letters) a rule may leave. */
  public static final int MIN_STEM = 2;

  /** Shortest stem a rule leaves for a word the lexicon knows nothing about. */
  public static final int MIN_UNKNOWN_STEM = 3;

  private static final char WAW = '\u0648';
  private static final char FEH = '\u0641';
  private static final char BEH = '\u0628';
  private static final char KAF = '\u0643';
  private static final char LAM = '\u0644';
  private static final char SEEN = '\u0633';
  private static final char YEH = '\u064A';
  private static final char TEH = '\u062A';
  private static final char NOON = '\u0646';
  private static final char ALEF = '\u0627';
  private static final char HEH = '\u0647';
  private static final char TEH_MARBUTA = '\u0629';
  private static final char ALEF_MAKSURA = '\u0649';
  private static final char ALEF_MADDA = '\u0622';
  private static final char ALEF_HAMZA_ABOVE = '\u0623';
  private static final char ALEF_HAMZA_BELOW = '\u0625';
  private static final char FIRST_LETTER = '\u0621';
  private static final char LAST_LETTER = '\u064A';

  /** Pronoun enclitics in SEARCH form, longest first. */
  private static final String[] ENCLITICS = {
    "\u0647\u0645\u0627", // هما
    "\u0647\u0645", "\u0647\u0646", "\u0647\u0627", "\u0643\u0645", "\u0643\u0646", "\u0646\u0627",
    "\u0647", "\u0643", "\u064A"
  };

  /** Enclitics a rule may split without lexicon evidence: ها هم هما هن. */
  private static final Set<String> SAFE_ENCLITICS =
      Set.of("\u0647\u0645\u0627", "\u0647\u0645", "\u0647\u0646", "\u0647\u0627");

  /** Enclitics split after a known stem: all but ي and ك (nisba adjectives, ذلك، ملك). */
  private static final Set<String> KNOWN_STEM_ENCLITICS = Set.of(
      "\u0647\u0645\u0627", "\u0647\u0645", "\u0647\u0646", "\u0647\u0627", "\u0643\u0645",
      "\u0643\u0646", "\u0646\u0627", "\u0647");

  /** Stems starting with ال that are not article + noun (SEARCH form). */
  private static final Set<String> NOT_ARTICLE = Set.of(
      "\u0627\u0644\u0644\u0647", // الله
      "\u0627\u0644\u0644\u0647\u0645", // اللهم
      "\u0627\u0644\u0630\u064A", // الذي
      "\u0627\u0644\u062A\u064A", // التي
      "\u0627\u0644\u0630\u064A\u0646", // الذين
      "\u0627\u0644\u0644\u0630\u064A\u0646", // اللذين
      "\u0627\u0644\u0644\u0630\u0627\u0646", // اللذان
      "\u0627\u0644\u0644\u062A\u064A\u0646", // اللتين
      "\u0627\u0644\u0644\u062A\u0627\u0646", // اللتان
      "\u0627\u0644\u0644\u0627\u062A\u064A", // اللاتي
      "\u0627\u0644\u0644\u0648\u0627\u062A\u064A", // اللواتي
      "\u0627\u0644\u0644\u0627\u0626\u064A", // اللائي
      "\u0627\u0644\u064A", // الى / إلى
      "\u0627\u0644\u0627", // الا / إلا
      "\u0627\u0644\u0627\u0646", // الان / الآن
      "\u0627\u0644\u0627\u0641", // الاف / آلاف
      "\u0627\u0644\u064A\u0647", // اليه
      "\u0627\u0644\u064A\u0647\u0627", // اليها
      "\u0627\u0644\u064A\u0647\u0645"); // اليهم

  /** Particles a preposition (ب ك ل س) never attaches to: إلى، إلا (SEARCH form). */
  private static final Set<String> NOT_AFTER_PREPOSITION = Set.of("\u0627\u0644\u064A", "\u0627\u0644\u0627");

  private static final int ARTICLE_SHIFT = 3;
  private static final int SUFFIX_SHIFT = 5;
  private static final int FIELD = 3;
  private static final int SMALL_FIELD = 3;

  private final CliticLexicon lexicon;

  /** A segmenter using the bundled lexicon (loaded on first use and shared). */
  public FastCliticSegmenter() {
    this.lexicon = null;
  }

  /** A segmenter with the given lexicon (tests and tools). */
  FastCliticSegmenter(CliticLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /** Loads the bundled lexicon now instead of on first use. */
  public static void preload() {
    CliticLexicon.get();
  }

  /** {@inheritDoc} Empty ranges give an empty list. */
  @Override
  public List<Segment> segment(String text, int start, int end) {
    Objects.requireNonNull(text, "text");
    Objects.checkFromToIndex(start, end, text.length());
    if (start == end) {
      return List.of();
    }
    String word = text.substring(start, end);
    NormalizedText nt = Normalizer.SEARCH.normalize(word);
    String w = nt.text();
    if (w.isEmpty() || !allArabicLetters(w)) {
      return List.of(new Segment(word, start, end, SegmentKind.STEM));
    }
    int analysis = analyze(w, word, nt, true);
    return build(word, start, nt, analysis);
  }

  /**
   * The analysis of normalized word {@code w} (original {@code word}, map {@code nt}), encoded
   * with {@link #encode}. {@code useWholeWord} false ignores the lexicon entry of {@code w} itself
   * (to measure the rules on unseen words).
   */
  int analyze(String w, String word, NormalizedText nt, boolean useWholeWord) {
    CliticLexicon lex = lexicon != null ? lexicon : CliticLexicon.get();
    int n = w.length();
    char last = word.charAt(nt.originalStart(n - 1));
    boolean foldedEnding = last == TEH_MARBUTA || last == ALEF_MAKSURA;
    int found = useWholeWord ? usable(lex.analysis(w), foldedEnding) : -1;
    if (found >= 0) {
      return withArticle(lex, w, word, nt, vetoed(w, word, nt, found));
    }
    // 2a. proclitics before a known word
    for (int p = 1; p <= 2 && p < n; p++) {
      if (!isProcliticChain(w, p) || !futureOk(w, p)) {
        continue;
      }
      if (n - p < MIN_UNKNOWN_STEM) {
        continue;
      }
      String rest = w.substring(p);
      if (NOT_AFTER_PREPOSITION.contains(rest) && w.charAt(p - 1) != WAW && w.charAt(p - 1) != FEH) {
        continue; // بالي is not ب + إلى
      }
      int inner = usable(lex.analysis(rest), foldedEnding);
      if (inner >= 0) {
        int ip = prefixLength(inner);
        if (isProcliticChain(w, p + ip)) {
          int a = vetoed(w, word, nt, encode(p + ip, 0, suffixLength(inner)));
          return withArticle(lex, w, word, nt, a);
        }
      }
    }
    // 2b. a known stem with an enclitic, then with proclitics and an enclitic
    for (int p = 0; p <= 2 && p < n; p++) {
      if (p > 0 && (!isProcliticChain(w, p) || !futureOk(w, p))) {
        continue;
      }
      for (String e : ENCLITICS) {
        int s = e.length();
        if (n - p - s < MIN_STEM || !w.endsWith(e) || !KNOWN_STEM_ENCLITICS.contains(e)
            || (s == 2 && e.charAt(0) == NOON && n - p - s < MIN_UNKNOWN_STEM)
            || startsWithArticle(w, p, word, nt) || !encliticAllowed(w, word, nt, s)) {
          continue;
        }
        String stem = w.substring(p, n - s);
        if (lex.known(stem) || (stem.charAt(stem.length() - 1) == TEH
            && lex.known(stem.substring(0, stem.length() - 1) + HEH))) {
          return withArticle(lex, w, word, nt, encode(p, 0, s));
        }
      }
    }
    // 3. rules for unknown words
    int p = 0;
    for (int q = 2; q >= 1; q--) {
      if (q < n && isProcliticChain(w, q) && futureOk(w, q) && ruleAcceptsPrefix(w, word, nt, q)) {
        p = q;
        break;
      }
    }
    int s = 0;
    if (!startsWithArticle(w, p, word, nt)) {
      for (String e : ENCLITICS) {
        if (SAFE_ENCLITICS.contains(e) && w.endsWith(e) && n - p - e.length() >= MIN_UNKNOWN_STEM
            && encliticAllowed(w, word, nt, e.length())) {
          s = e.length();
          break;
        }
      }
      if (s == 0 && n - p >= MIN_UNKNOWN_STEM + 3 && w.charAt(n - 1) == HEH
          && w.charAt(n - 2) == TEH && w.charAt(n - 3) == ALEF && encliticAllowed(w, word, nt, 1)) {
        s = 1; // a feminine plural with a pronoun: دفاعاته
      }
    }
    return withArticle(lex, w, word, nt, encode(p, 0, s));
  }

  /**
   * A lexicon analysis without its flag, or -1 when absent or when it was seen only with a final
   * ة/ى and this word does not end in one.
   */
  private static int usable(int analysis, boolean foldedEnding) {
    if (analysis < 0) {
      return -1;
    }
    if ((analysis & CliticLexicon.FOLDED_ONLY_FLAG) != 0) {
      return foldedEnding ? analysis & ~CliticLexicon.FOLDED_ONLY_FLAG : -1;
    }
    return analysis;
  }

  private boolean ruleAcceptsPrefix(String w, String word, NormalizedText nt, int p) {
    int rest = w.length() - p;
    char last = w.charAt(p - 1);
    if (startsWithArticle(w, p, word, nt) && rest - 2 >= MIN_STEM) {
      return true; // والبوكمال، بالعاصمة
    }
    if (last == LAM && w.charAt(p) == LAM && rest - 1 >= MIN_UNKNOWN_STEM) {
      return true; // للجيش، وللجيش: the article with its alef elided
    }
    if (last == SEEN) {
      return rest > MIN_UNKNOWN_STEM && w.charAt(p) != ALEF; // an imperfect prefix: futureOk
    }
    return p == 1 && last == WAW && rest >= MIN_UNKNOWN_STEM;
  }

  /** Adds the article to an analysis of proclitics and enclitic. */
  private static int withArticle(
      CliticLexicon lex, String w, String word, NormalizedText nt, int analysis) {
    int p = prefixLength(analysis);
    int s = suffixLength(analysis);
    if (s > 0) {
      return analysis;
    }
    int n = w.length();
    String stem = w.substring(p, n);
    if (startsWithArticle(w, p, word, nt) && stem.length() - 2 >= MIN_STEM
        && !NOT_ARTICLE.contains(stem)) {
      return encode(p, 2, s);
    }
    if (p > 0 && w.charAt(p - 1) == LAM && w.charAt(p) == LAM && stem.length() - 1 >= MIN_STEM) {
      String full = "\u0627" + stem; // the article with its alef restored
      if (NOT_ARTICLE.contains(full) || (lex.known(stem) && !lex.known(full))) {
        return analysis;
      }
      if (lex.known(full) || !lex.known(stem)) {
        return encode(p, 1, s);
      }
    }
    return analysis;
  }

  /** Drops an enclitic the original letters rule out (ة read as ه, ى read as ي). */
  private static int vetoed(String w, String word, NormalizedText nt, int analysis) {
    int s = suffixLength(analysis);
    if (s > 0 && !encliticAllowed(w, word, nt, s)) {
      return encode(prefixLength(analysis), 0, 0);
    }
    return analysis;
  }

  private static boolean encliticAllowed(String w, String word, NormalizedText nt, int s) {
    int at = w.length() - s;
    char original = word.charAt(nt.originalStart(at));
    return original != TEH_MARBUTA && original != ALEF_MAKSURA;
  }

  /** True when ال starts at normalized index {@code p} and its alef is bare in the original. */
  private static boolean startsWithArticle(String w, int p, String word, NormalizedText nt) {
    if (p + 1 >= w.length() || w.charAt(p) != ALEF || w.charAt(p + 1) != LAM) {
      return false;
    }
    char alef = word.charAt(nt.originalStart(p));
    return alef != ALEF_HAMZA_ABOVE && alef != ALEF_HAMZA_BELOW && alef != ALEF_MADDA;
  }

  /** The future particle, if last in the chain, must stand before ي ت ن ا. */
  private static boolean futureOk(String w, int p) {
    if (w.charAt(p - 1) != SEEN) {
      return true;
    }
    char next = w.charAt(p);
    return next == YEH || next == TEH || next == NOON || next == ALEF;
  }

  /**
   * True when the first {@code p} letters of {@code w} are a legal proclitic chain: an optional
   * و/ف, then an optional ب/ك/ل/س.
   */
  static boolean isProcliticChain(String w, int p) {
    if (p < 0 || p > 2 || p > w.length()) {
      return false;
    }
    int k = 0;
    if (k < p && (w.charAt(k) == WAW || w.charAt(k) == FEH)) {
      k++;
    }
    if (k < p) {
      char c = w.charAt(k);
      if (c == BEH || c == KAF || c == LAM || c == SEEN) {
        k++;
      }
    }
    return k == p;
  }

  /** True for the pronoun enclitics of the scheme, in SEARCH form. */
  static boolean isEnclitic(String s) {
    for (String e : ENCLITICS) {
      if (e.equals(s)) {
        return true;
      }
    }
    return false;
  }

  /** Packs an analysis: proclitic letters, article letters (0, 1 or 2), enclitic letters. */
  static int encode(int prefix, int article, int suffix) {
    return prefix | article << ARTICLE_SHIFT | suffix << SUFFIX_SHIFT;
  }

  static int prefixLength(int analysis) {
    return analysis & ((1 << FIELD) - 1);
  }

  static int articleLength(int analysis) {
    return (analysis >>> ARTICLE_SHIFT) & ((1 << (SUFFIX_SHIFT - ARTICLE_SHIFT)) - 1);
  }

  static int suffixLength(int analysis) {
    return (analysis >>> SUFFIX_SHIFT) & ((1 << SMALL_FIELD) - 1);
  }

  private static List<Segment> build(String word, int start, NormalizedText nt, int analysis) {
    int n = nt.length();
    int p = prefixLength(analysis);
    int a = articleLength(analysis);
    int s = suffixLength(analysis);
    List<Segment> out = new ArrayList<>(p + 3);
    int from = 0;
    int k = 0;
    for (int i = 0; i < p; i++) {
      from = add(out, word, start, nt, from, ++k, SegmentKind.PROCLITIC);
    }
    if (a > 0) {
      k += a;
      from = add(out, word, start, nt, from, k, SegmentKind.ARTICLE);
    }
    if (s > 0) {
      from = add(out, word, start, nt, from, n - s, SegmentKind.STEM);
    }
    if (from < 0) {
      return List.of(new Segment(word, start, start + word.length(), SegmentKind.STEM));
    }
    out.add(new Segment(word.substring(from), start + from, start + word.length(),
        s > 0 ? SegmentKind.ENCLITIC : SegmentKind.STEM));
    return List.copyOf(out);
  }

  /** Adds the segment ending before normalized index {@code to}; -1 once a boundary collapses. */
  private static int add(List<Segment> out, String word, int start, NormalizedText nt, int from,
      int to, SegmentKind kind) {
    if (from < 0) {
      return -1;
    }
    int end = nt.originalStart(to);
    if (end <= from) {
      return -1;
    }
    out.add(new Segment(word.substring(from, end), start + from, start + end, kind));
    return end;
  }

  private static boolean allArabicLetters(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c < FIRST_LETTER || c > LAST_LETTER) {
        return false;
      }
    }
    return true;
  }
}
