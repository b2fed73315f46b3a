package org.isnad.claims;

import java.util.List;
import java.util.Set;
import org.isnad.core.Normalizer;
import org.isnad.core.Span;
import org.isnad.core.Token;
import org.isnad.core.TokenType;

/**
 * The token-level view of one document that quote extraction reads: the tokens with their
 * {@code Normalizer.SEARCH} forms, line blocks, paired quotation regions, sentences that do not
 * break inside a quotation, and the word-class predicates (complementizer, cue, title, time word,
 * quoted name …) used by the phrase parser and the extractor. Built once per document; not shared.
 */
class DocumentTokens {

  DocumentTokens(String text, List<Token> tokens, List<Span> sentences) {
    this.text = text;
    this.toks = tokens;
    this.n = tokens.size();
    norm = new String[n];
    blockOf = new int[n];
    for (int t = 0; t < n; t++) {
      norm[t] = Normalizer.SEARCH.apply(tokens.get(t).text());
      if (t > 0) {
        blockOf[t] = blockOf[t - 1] + (hasNewline(tokens.get(t - 1).end(), tokens.get(t).start()) ? 1 : 0);
      }
    }
    boolean ali = false;
    for (int t = 0; t < n && !ali; t++) {
      String tx = tokens.get(t).text();
      ali = tx.equals(ALA_MAKSURA) || tx.length() == 4 && tx.endsWith(ALA_MAKSURA)
          && (tx.charAt(0) == '\u0648' || tx.charAt(0) == '\u0641');
    }
    aliIsName = ali;
    boolean[] forced = new boolean[n];
    for (int t = 0; t + 1 < n; t++) {
      if (isComma(t)) {
        CueLexicon.Form f = CUES.lookup(norm[t + 1]);
        forced[t] = f != null && f.role() == CueLexicon.Role.PARTICIPLE && !f.transparent();
      }
    }
    boolean[] nameBefore = new boolean[n];
    for (int t = 1; t < n; t++) {
      if (tokens.get(t).type() == TokenType.QUOTE && isWord(t - 1)) {
        String w = stripConj(norm[t - 1]);
        nameBefore[t] = Lexicon.ORG_NOUNS.contains(w) || Lexicon.TITLES.contains(w) || NAMED_THINGS.contains(w);
      }
    }
    regions = PAIRER.pair(text, tokens, blockOf, forced, nameBefore);
    regionAt = new int[n];
    regionClosing = new int[n];
    inside = new boolean[n];
    java.util.Arrays.fill(regionAt, -1);
    java.util.Arrays.fill(regionClosing, -1);
    int[] top = new int[n];
    java.util.Arrays.fill(top, -1);
    for (int r = 0; r < regions.size(); r++) {
      QuotationPairer.Region reg = regions.get(r);
      regionAt[reg.open] = r;
      if (reg.close >= 0) {
        regionClosing[reg.close] = r;
      }
      int after = Math.min(n, reg.after());
      for (int t = reg.open + 1; t < after; t++) {
        if (t != reg.close) {
          inside[t] = true;
        }
      }
      if (reg.depth == 1) {
        for (int t = reg.open; t < after; t++) {
          top[t] = r;
        }
      }
    }
    sentStart = new int[n];
    sentEnd = new int[n];
    computeSentences(sentences, top);
  }

  static final CueLexicon CUES = new CueLexicon();
  /** Dual endings of a feminine noun as normalized (صحيفتا، صحيفتان، صحيفتين). */
  private static final String[] DUAL_ENDINGS = {"تان", "تين", "تا", "تي"};
  /** Nouns of named things whose name is often quoted (تطبيق "…"، فيلم "…"). */
  static final Set<String> NAMED_THINGS = Lexicon.set(
      "تطبيق التطبيق موقع الموقع برنامج البرنامج فيلم الفيلم كتاب الكتاب حملة الحملة مشروع المشروع عملية العملية"
      + " مبادرة المبادرة رواية الرواية مسلسل المسلسل أغنية الأغنية مجلة المجلة شعار الشعار قانون القانون خدمة"
      + " الخدمة منصة المنصة شبكة الشبكة جائزة الجائزة مهرجان المهرجان");
  static final QuotationPairer PAIRER = new QuotationPairer();

  static final char COMMA = ',';
  static final char ARABIC_COMMA = '\u060C';
  static final char COLON = ':';
  /** Quotation mark characters stripped around a quoted canonical name. */
  static final String QUOTE_CHARS = "\"'\u00AB\u00BB\u201C\u201D\u201E\u2018\u2019";
  static final char OPEN_PAREN = '(';
  static final char CLOSE_PAREN = ')';
  static final int MAX_SPEAKER_TOKENS = 16;
  static final int STRONG_SKIP_BUDGET = 14;
  static final int PARTICIPLE_SKIP_BUDGET = 4;
  static final int MAX_MEDIUM_TOKENS = 6;
  static final int MAX_PAREN_TOKENS = 6;
  static final int SHORT_QUOTE_WORDS = 3;
  static final int MAX_PREVERBAL_SUBJECT = 10;

  static final String FI = n("في");
  static final String KHILAL = n("خلال");
  static final String ABR = n("عبر");
  static final String ALA = n("على");
  static final String AN_PREP = n("عن");
  static final String MIN = n("من");
  static final String MA = n("ما");
  static final String BAAD = n("بعد");
  static final String BISM = n("باسم");
  static final String LAM = n("ل");
  static final String LISAN = n("لسان");
  static final String FA_INNA = n("فإن");
  /** Verbs whose object is introduced by ب, so a ب-word after their subject ends it (أفاد المرصد بمقتل). */
  static final Set<String> BA_OBJECT_LEMMAS = Set.of("أفاد", "طالب", "أقر", "اعترف", "ندد", "رحب", "أشاد");
  static final String ALA_MAKSURA = "\u0639\u0644\u0649";
  static final Set<String> ENVOY_TITLES = Lexicon.set(
      "المبعوث مبعوث السفير سفير المندوب مندوب الممثل ممثل السفيرة المبعوثة");
  static final Set<String> NAMING_VERBS = Lexicon.set("يدعى تدعى ويدعى وتدعى اسمه اسمها واسمه واسمها يسمى تسمى");
  static final String HADD = n("حد");
  static final Set<String> POSSESSED_SAYINGS = Lexicon.set(
      "قوله قولها قولهم تعبيره تعبيرها تعبيرهم وصفه وصفها وصفهم زعمه زعمها زعمهم روايته روايتها");
  /** Lemmas whose عن introduces a topic even after a subject (أعلن الجيش عن …). */
  static final Set<String> TOPIC_VERBS = Set.of("أعلن", "كشف", "صرح");
  /** Name words that continue a name with their article (عبد الله، نور الدين، أبو الغيط). */
  static final Set<String> NAME_LINKS = Lexicon.set("أبو أبي أبا ابن بن بنت عبد آل أم ذو");
  static final Set<String> NAME_TAILS = Lexicon.set("الله الدين الرحمن الرحيم");
  static final int MIN_SKIPPED_QUOTE_WORDS = 4;
  static final int MAX_RELATIVE_TOKENS = 30;
  static final int MAX_QUOTED_NAME_WORDS = 6;
  static final int MAX_HEADLINE_TOKENS = 25;
  static final int MAX_NAME_WORDS = 6;
  /** Cue forms that are far more often a preposition or noun: a complementizer must follow at once. */
  static final Set<String> AMBIGUOUS_FORMS = Lexicon.set("بين");
  static final Set<String> ANONYMITY_VERBS = Lexicon.set(
      "طلب طلبت طلبوا فضل فضلت فضلوا رفض رفضت رفضوا مفضلا مفضلة رافضا رافضة طالبا طالبة اشترط اشترطت مشترطا"
      + " دون بدون");
  static final Set<String> ANONYMITY_OBJECTS = Lexicon.set("اسمه اسمها اسمهم اسميهما هويته هويتها هويتهم");
  /** Adjectives that follow an indefinite title and are no name (مسؤول أمني، وزير سابق). */
  static final Set<String> TITLE_ADJECTIVES = Lexicon.set(
      "سابق سابقة كبير كبيرة رفيع رفيعة بارز بارزة مطلع مطلعة آخر أخرى");
  static final String NAQL_LEMMA = "نقل";
  static final Set<String> SOURCE_PREPS = Lexicon.set("بحسب حسب");
  static final Set<String> SOURCE_ACCORDING = Lexicon.set("وفقا طبقا");
  static final String WIFQ = n("وفق");
  static final String NAQLAN = n("نقلا");
  static final String ISTINADAN = n("استنادا");
  static final String ILA = n("إلى");
  static final Set<String> OBJECT_SUFFIXES = Set.of("ه", "ها", "هم");
  static final Set<String> TRANSPARENT_NOUNS = Lexicon.set(
      "قوله قولها قولهم تأكيده تأكيدها إشارته إشارتها بالقول النقاب الستار");
  static final Set<String> NAME_BREAKERS = Lexicon.set("في لدى باسم عن من مع");
  /** Titles of unnamed sources: the words after them describe, never name (مصدر عسكري). */
  static final Set<String> ANONYMOUS_SOURCES = Lexicon.set(
      "مصدر مصادر المصدر المصادر مسؤولون المسؤولون مسؤول مسؤولة شهود ناشطون ناشطين أحد إحدى امرأة رجل بعض");
  static final Set<String> PERSONAL_LAM = Lexicon.set("له لها لهم لنا لي");
  static final Set<String> MEDIUM_ADJECTIVES = Lexicon.set("صحفي صحافي صحفية صحافية له لها خاص خاصة");

  final String text;
  final List<Token> toks;
  final int n;
  final String[] norm;
  final int[] blockOf;
  final int[] regionAt;
  final int[] regionClosing;
  final boolean[] inside;
  final int[] sentStart;
  final int[] sentEnd;
  final List<QuotationPairer.Region> regions;
  /** True when the text writes the preposition على with alef maksura, so علي is a name. */
  final boolean aliIsName;

  /** True when token t is the full stop of a one-letter Arabic abbreviation (د. محمد). */
  boolean abbreviationStop(int t) {
    return isPunct(t, '.') && t > 0 && toks.get(t - 1).type() == TokenType.WORD
        && toks.get(t - 1).text().length() == 1 && toks.get(t - 1).end() == toks.get(t).start()
        && t + 1 < n && isWord(t + 1);
  }

  /** True when token t follows a one-letter Arabic abbreviation and its full stop (د. محمد). */
  boolean afterAbbreviation(int t) {
    return t >= 2 && isPunct(t - 1, '.') && toks.get(t - 2).type() == TokenType.WORD
        && toks.get(t - 2).text().length() == 1 && toks.get(t - 2).end() == toks.get(t - 1).start();
  }

  static String n(String s) {
    return Normalizer.SEARCH.apply(s);
  }

  boolean hasNewline(int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        return true;
      }
    }
    return false;
  }

  void computeSentences(List<Span> sentences, int[] top) {
    int s = 0;
    int start = 0;
    for (int t = 0; t < n; t++) {
      if (t > 0) {
        boolean boundary = blockOf[t] != blockOf[t - 1];
        if (!boundary) {
          while (s < sentences.size() && sentences.get(s).end() <= toks.get(t - 1).end()) {
            s++;
          }
          boolean sentenceBreak = s < sentences.size() && sentences.get(s).start() >= toks.get(t).start()
              && sentences.get(s).start() > toks.get(t - 1).start();
          if (!sentenceBreak && top[t] < 0 && top[t - 1] < 0 && isPunct(t - 1, '.')
              && toks.get(t).type() == TokenType.WORD) {
            // a full stop outside every quotation this view paired ends the sentence, also where
            // the splitter took a stray mark for an open quotation (و" … " … . وقد …)
            sentenceBreak = true;
          }
          if (sentenceBreak && afterAbbreviation(t)) {
            sentenceBreak = false;
          }
          if (sentenceBreak && !(top[t] >= 0 && top[t] == top[t - 1])) {
            boundary = true;
          }
        }
        if (boundary) {
          for (int k = start; k < t; k++) {
            sentEnd[k] = t;
          }
          start = t;
        }
      }
      sentStart[t] = start;
    }
    for (int k = start; k < n; k++) {
      sentEnd[k] = n;
    }
  }

  // ---------------------------------------------------------------- token predicates

  boolean isWord(int t) {
    return t >= 0 && t < n && (toks.get(t).type() == TokenType.WORD || toks.get(t).type() == TokenType.LATIN);
  }

  boolean isPunct(int t, char c) {
    return t >= 0 && t < n && toks.get(t).type() == TokenType.PUNCT && toks.get(t).text().charAt(0) == c;
  }

  /** True for a hyphen or dash written between words (نيوتون - بيشوب، سرار - رئيس النادي -). */
  boolean isDash(int t) {
    return isPunct(t, '-') || isPunct(t, '\u2013') || isPunct(t, '\u2014');
  }

  boolean isComma(int t) {
    return isPunct(t, COMMA) || isPunct(t, ARABIC_COMMA);
  }

  boolean isQuote(int t) {
    return t >= 0 && t < n && toks.get(t).type() == TokenType.QUOTE;
  }

  static String stripConj(String w) {
    if (w.length() > 2 && (w.charAt(0) == '\u0648' || w.charAt(0) == '\u0641')) {
      return w.substring(1);
    }
    return w;
  }

  boolean isComplementizer(int t) {
    if (!isWord(t)) {
      return false;
    }
    String w = norm[t];
    if (Lexicon.COMPLEMENTIZERS.contains(w) || Lexicon.SUFFIXED_COMPLEMENTIZERS.contains(w)) {
      return t == 0 || !Lexicon.NON_REPORTING_GOVERNORS.contains(norm[t - 1]);
    }
    return false;
  }

  CueLexicon.Form cue(int t) {
    return isWord(t) ? CUES.lookup(norm[t]) : null;
  }

  boolean isTitle(String w) {
    return Lexicon.TITLES.contains(w) || Lexicon.TITLES.contains(stripConj(w))
        || Lexicon.KIN_TITLES.contains(w) || Lexicon.KIN_TITLES.contains(stripConj(w));
  }

  boolean isTimeStart(int t) {
    if (t >= n) {
      return false;
    }
    if (toks.get(t).type() == TokenType.NUMBER) {
      return true;
    }
    if (!isWord(t)) {
      return false;
    }
    String w = norm[t];
    if (Lexicon.TIME_WORDS.contains(w) || Lexicon.TIME_WORDS.contains(stripConj(w))) {
      return true;
    }
    return w.equals(FI) && (t + 1 < n) && (toks.get(t + 1).type() == TokenType.NUMBER
        || Lexicon.TIME_WORDS.contains(norm[t + 1]));
  }

  int wordsIn(QuotationPairer.Region r) {
    if (r.words >= 0) {
      return r.words;
    }
    int c = 0;
    int after = Math.min(n, r.after());
    for (int t = r.open + 1; t < after; t++) {
      if (t != r.close && toks.get(t).type() != TokenType.PUNCT && toks.get(t).type() != TokenType.QUOTE) {
        c++;
      }
    }
    r.words = c;
    return c;
  }

  /** Token after a closed quotation of at most {@link #MAX_QUOTED_NAME_WORDS} words opening at t, or -1. */
  int quotedNameEnd(int t) {
    if (!isQuote(t) || regionAt[t] < 0) {
      return -1;
    }
    QuotationPairer.Region r = regions.get(regionAt[t]);
    int words = wordsIn(r);
    return r.closed() && words > 0 && words <= MAX_QUOTED_NAME_WORDS ? r.close + 1 : -1;
  }

  /** Token after a short closed quotation opening at t, or -1. */
  int shortQuoteEnd(int t) {
    if (!isQuote(t) || regionAt[t] < 0) {
      return -1;
    }
    QuotationPairer.Region r = regions.get(regionAt[t]);
    if (!r.closed() || wordsIn(r) > SHORT_QUOTE_WORDS || wordsIn(r) == 0) {
      return -1;
    }
    return r.close + 1;
  }

  int parenEnd(int t) {
    if (!isPunct(t, OPEN_PAREN)) {
      return -1;
    }
    for (int k = t + 1; k < n && k <= t + MAX_PAREN_TOKENS && blockOf[k] == blockOf[t]; k++) {
      if (isPunct(k, CLOSE_PAREN)) {
        return k + 1;
      }
    }
    return -1;
  }

  /** True for a noun with a third-person pronoun suffix as written (كلمته، مراجعتها، بلادهم). */
  boolean possessed(int k) {
    String t = toks.get(k).text();
    return t.length() > 3 && (t.endsWith("\u0647") || t.endsWith("\u0647\u0627") || t.endsWith("\u0647\u0645"))
        && !Lexicon.isFirstName(norm[k]);
  }

  /** True for a word with a glued preposition and a pronoun suffix, as written: بنظيره، لها، بقواتهم. */
  boolean prepositionWithPronoun(int k) {
    String t = toks.get(k).text();
    if (t.length() < 3) {
      return false;
    }
    char c = t.charAt(0);
    return (c == '\u0628' || c == '\u0644' || c == '\u0643')
        && (t.endsWith("\u0647") || t.endsWith("\u0647\u0627") || t.endsWith("\u0647\u0645"));
  }

  /** True when the word at t begins with the article ال as written (not إلياس، ألبير). */
  boolean hasArticle(int k) {
    String t = toks.get(k).text();
    if (t.length() > 3 && (t.charAt(0) == '\u0648' || t.charAt(0) == '\u0641') && t.startsWith("\u0627\u0644", 1)) {
      return true;
    }
    return t.startsWith("\u0627\u0644");
  }

  /** True when the word at t announces a name: لـ، في, or an organisation noun (تنظيم، وكالة). */
  boolean namesFollow(int t) {
    if (!isWord(t)) {
      return false;
    }
    for (int k = t - 1; k >= 0 && k >= t - 2 && isWord(k); k--) {
      if (Lexicon.ORG_NOUNS.contains(norm[k]) || Lexicon.ORG_NOUNS.contains(SpeakerResolver.stripArticle(norm[k]))) {
        return true;
      }
    }
    String w = norm[t];
    String bare = SpeakerResolver.stripArticle(w);
    // the dual of an organisation noun (صحيفتا، وكالتي، الصحيفتان)
    for (String dual : DUAL_ENDINGS) {
      if (bare.endsWith(dual) && bare.length() > dual.length() + 2
          && Lexicon.ORG_NOUNS.contains(bare.substring(0, bare.length() - dual.length()) + "ه")) {
        return true;
      }
    }
    // a glued preposition before an organisation noun (لشركة "…"، بوكالة "…")
    String unglued = w.length() > 3 && (w.charAt(0) == '\u0644' || w.charAt(0) == '\u0628') ? w.substring(1) : w;
    return w.equals(LAM) || w.equals(FI) || Lexicon.ORG_NOUNS.contains(w) || Lexicon.ORG_NOUNS.contains(bare)
        || Lexicon.ORG_NOUNS.contains("ال" + bare) || Lexicon.MEDIUM_OUTLET_NOUNS.contains(w)
        || Lexicon.ORG_NOUNS.contains(unglued) || Lexicon.MEDIUM_OUTLET_NOUNS.contains(unglued);
  }

  /** True for the name علي after a first name (محمد علي), not the preposition على written with ي. */
  boolean aliInName(int k) {
    if (k <= 0 || !isWord(k) || !norm[k].equals(ALA) || !toks.get(k).text().endsWith("\u064A")
        || isWord(k + 1) && Lexicon.ONLINE_MEDIA.contains(norm[k + 1])) {
      return false;
    }
    if (aliIsName || isWord(k - 1) && NAME_LINKS.contains(norm[k - 1])) {
      return true;
    }
    if (isWord(k - 1) && Lexicon.TITLES.contains(norm[k - 1]) && isWord(k + 1) && Lexicon.isFirstName(norm[k + 1])) {
      return true; // العقيد علي محمد
    }
    return isWord(k - 1) && Lexicon.isFirstName(norm[k - 1]) && !(isWord(k + 1) && norm[k + 1].startsWith("ال"));
  }

  /** A word with a glued preposition before an article or an organisation noun: بالهجوم، للتحالف، لقيادة، باسم. */
  static boolean prepositional(String w) {
    if (w.length() < 3 || w.equals(BISM)) {
      return w.equals(BISM);
    }
    char c = w.charAt(0);
    if (c != '\u0628' && c != '\u0644' && c != '\u0643') {
      return false;
    }
    String rest = w.substring(1);
    return rest.startsWith("ال") && rest.length() > 3 || c == '\u0644' && rest.startsWith("ل")
        || Lexicon.ORG_NOUNS.contains(rest) || Lexicon.DOCUMENT_NOUNS.contains(rest);
  }

  static String stripConjIfLong(String w) {
    if (Lexicon.TITLES.contains(w) || Lexicon.ORG_NOUNS.contains(w) || Lexicon.DOCUMENT_NOUNS.contains(w)) {
      return w;
    }
    return w.length() > 3 && w.charAt(0) == '\u0648' ? w.substring(1) : w;
  }

  static String trimPunct(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && (Character.isWhitespace(s.charAt(a)) || s.charAt(a) == COMMA || s.charAt(a) == ARABIC_COMMA)) {
      a++;
    }
    while (b > a && (Character.isWhitespace(s.charAt(b - 1)) || s.charAt(b - 1) == COMMA
        || s.charAt(b - 1) == ARABIC_COMMA)) {
      b--;
    }
    if (b - a > 2 && QUOTE_CHARS.indexOf(s.charAt(a)) >= 0 && QUOTE_CHARS.indexOf(s.charAt(b - 1)) >= 0
        && noQuoteInside(s, a + 1, b - 1)) {
      a++;
      b--;
    }
    return s.substring(a, b);
  }

  private static boolean noQuoteInside(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (QUOTE_CHARS.indexOf(s.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  boolean isCue(int t) {
    return cue(t) != null;
  }
}
