package org.isnad.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.core.Normalizer;
import org.isnad.core.Span;
import org.isnad.core.Token;
import org.isnad.core.TokenType;

/**
 * One extraction over one document: token arrays, quotation regions, cue anchors, content spans,
 * speaker resolution. Created per call; not shared.
 */
final class ExtractionRun {

  private static final CueLexicon CUES = new CueLexicon();
  private static final QuotationPairer PAIRER = new QuotationPairer();

  private static final char COMMA = ',';
  private static final char ARABIC_COMMA = '\u060C';
  private static final char COLON = ':';
  private static final char OPEN_PAREN = '(';
  private static final char CLOSE_PAREN = ')';
  private static final int MAX_SPEAKER_TOKENS = 16;
  private static final int STRONG_SKIP_BUDGET = 14;
  private static final int PARTICIPLE_SKIP_BUDGET = 4;
  private static final int MAX_MEDIUM_TOKENS = 6;
  private static final int MAX_PAREN_TOKENS = 6;
  private static final int SHORT_QUOTE_WORDS = 3;
  private static final int MAX_PREVERBAL_SUBJECT = 10;

  private static final String FI = n("في");
  private static final String KHILAL = n("خلال");
  private static final String ABR = n("عبر");
  private static final String ALA = n("على");
  private static final String AN_PREP = n("عن");
  private static final String MIN = n("من");
  private static final String MA = n("ما");
  private static final String BAAD = n("بعد");
  private static final String BISM = n("باسم");
  private static final String LAM = n("ل");
  private static final String LISAN = n("لسان");
  private static final String FA_INNA = n("فإن");
  /** Verbs whose object is introduced by ب, so a ب-word after their subject ends it (أفاد المرصد بمقتل). */
  private static final Set<String> BA_OBJECT_LEMMAS = Set.of("أفاد", "طالب", "أقر", "اعترف", "ندد", "رحب", "أشاد");
  private static final String ALA_MAKSURA = "\u0639\u0644\u0649";
  private static final Set<String> ENVOY_TITLES = Lexicon.set(
      "المبعوث مبعوث السفير سفير المندوب مندوب الممثل ممثل السفيرة المبعوثة");
  private static final Set<String> NAMING_VERBS = Lexicon.set("يدعى تدعى ويدعى وتدعى اسمه اسمها واسمه واسمها يسمى تسمى");
  private static final String HADD = n("حد");
  private static final Set<String> POSSESSED_SAYINGS = Lexicon.set(
      "قوله قولها قولهم تعبيره تعبيرها تعبيرهم وصفه وصفها وصفهم زعمه زعمها زعمهم روايته روايتها");
  /** Lemmas whose عن introduces a topic even after a subject (أعلن الجيش عن …). */
  private static final Set<String> TOPIC_VERBS = Set.of("أعلن", "كشف", "صرح");
  /** Name words that continue a name with their article (عبد الله، نور الدين، أبو الغيط). */
  private static final Set<String> NAME_LINKS = Lexicon.set("أبو أبي أبا ابن بن بنت عبد آل أم ذو");
  private static final Set<String> NAME_TAILS = Lexicon.set("الله الدين الرحمن الرحيم");
  private static final int MIN_SKIPPED_QUOTE_WORDS = 4;
  private static final int MAX_RELATIVE_TOKENS = 10;
  private static final int MAX_QUOTED_NAME_WORDS = 6;
  private static final int MAX_HEADLINE_TOKENS = 25;
  private static final Set<String> ANONYMITY_VERBS = Lexicon.set(
      "طلب طلبت طلبوا فضل فضلت فضلوا رفض رفضت رفضوا مفضلا مفضلة رافضا رافضة طالبا طالبة اشترط اشترطت مشترطا");
  private static final Set<String> ANONYMITY_OBJECTS = Lexicon.set("اسمه اسمها اسمهم اسميهما هويته هويتها هويتهم");
  /** Adjectives that follow an indefinite title and are no name (مسؤول أمني، وزير سابق). */
  private static final Set<String> TITLE_ADJECTIVES = Lexicon.set(
      "سابق سابقة كبير كبيرة رفيع رفيعة بارز بارزة مطلع مطلعة آخر أخرى");
  private static final String NAQL_LEMMA = "نقل";
  private static final Set<String> SOURCE_PREPS = Lexicon.set("بحسب حسب");
  private static final Set<String> SOURCE_ACCORDING = Lexicon.set("وفقا طبقا");
  private static final String WIFQ = n("وفق");
  private static final String NAQLAN = n("نقلا");
  private static final String ISTINADAN = n("استنادا");
  private static final String ILA = n("إلى");
  private static final Set<String> OBJECT_SUFFIXES = Set.of("ه", "ها", "هم");
  private static final Set<String> TRANSPARENT_NOUNS = Lexicon.set("قوله قولها قولهم تأكيده تأكيدها إشارته إشارتها بالقول");
  private static final Set<String> NAME_BREAKERS = Lexicon.set("في لدى باسم عن من مع");
  /** Titles of unnamed sources: the words after them describe, never name (مصدر عسكري). */
  private static final Set<String> ANONYMOUS_SOURCES = Lexicon.set(
      "مصدر مصادر المصدر المصادر مسؤولون المسؤولون مسؤول مسؤولة شهود ناشطون ناشطين أحد إحدى امرأة رجل");
  private static final Set<String> PERSONAL_LAM = Lexicon.set("له لها لهم لنا لي");
  private static final Set<String> MEDIUM_ADJECTIVES = Lexicon.set("صحفي صحافي صحفية صحافية له لها خاص خاصة");

  enum Type { VERB, PARTICIPLE, SOURCE, PASSIVE, NOMINAL }

  /** A cue with what hangs on it. */
  static final class Anchor {
    Type type;
    int cueStart;
    int cueEnd;
    String lemma;
    Gender gender = Gender.UNKNOWN;
    boolean firstPerson;
    Phrase speaker;
    boolean preverbal;
    int mediumStart = -1;
    int mediumEnd = -1;
    int contentTok = -1;
    QuotationPairer.Region direct;
    boolean clauseBefore;
    int beforeStart = -1;
    int beforeEnd = -1;
    int leadIn;
    boolean skipped;
    boolean hasContent;
    boolean boundaryOnly;
    boolean nested;
    int contentStart;
    int contentEnd;
    QuoteKind kind;
    SpeakerResolver.Ent entity;
  }

  private final String text;
  private final List<Token> toks;
  private final int n;
  private final String[] norm;
  private final int[] blockOf;
  private final int[] regionAt;
  private final int[] regionClosing;
  private final java.util.Set<QuotationPairer.Region> usedRegions = new java.util.HashSet<>();
  private final boolean[] inside;
  private final int[] sentStart;
  private final int[] sentEnd;
  private final List<QuotationPairer.Region> regions;
  private final List<EntityView> views;
  private final SpeakerResolver resolver = new SpeakerResolver();
  /** True while parsing the subject of a verb whose object takes ب (أفاد بمقتل …). */
  private boolean baObjectVerb;
  /** True when the text writes the preposition على with alef maksura, so علي is a name. */
  private final boolean aliIsName;

  ExtractionRun(String text, List<Token> tokens, List<Span> sentences, List<EntityView> views) {
    this.text = text;
    this.toks = tokens;
    this.n = tokens.size();
    this.views = views;
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
    regions = PAIRER.pair(text, tokens, blockOf, forced);
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

  /** True when token t is the full stop of a one-letter Arabic abbreviation (د. محمد). */
  private boolean abbreviationStop(int t) {
    return isPunct(t, '.') && t > 0 && toks.get(t - 1).type() == TokenType.WORD
        && toks.get(t - 1).text().length() == 1 && toks.get(t - 1).end() == toks.get(t).start()
        && t + 1 < n && isWord(t + 1);
  }

  /** True when token t follows a one-letter Arabic abbreviation and its full stop (د. محمد). */
  private boolean afterAbbreviation(int t) {
    return t >= 2 && isPunct(t - 1, '.') && toks.get(t - 2).type() == TokenType.WORD
        && toks.get(t - 2).text().length() == 1 && toks.get(t - 2).end() == toks.get(t - 1).start();
  }

  private static String n(String s) {
    return Normalizer.SEARCH.apply(s);
  }

  private boolean hasNewline(int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        return true;
      }
    }
    return false;
  }

  private void computeSentences(List<Span> sentences, int[] top) {
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

  private boolean isWord(int t) {
    return t >= 0 && t < n && (toks.get(t).type() == TokenType.WORD || toks.get(t).type() == TokenType.LATIN);
  }

  private boolean isPunct(int t, char c) {
    return t >= 0 && t < n && toks.get(t).type() == TokenType.PUNCT && toks.get(t).text().charAt(0) == c;
  }

  private boolean isComma(int t) {
    return isPunct(t, COMMA) || isPunct(t, ARABIC_COMMA);
  }

  private boolean isQuote(int t) {
    return t >= 0 && t < n && toks.get(t).type() == TokenType.QUOTE;
  }

  private static String stripConj(String w) {
    if (w.length() > 2 && (w.charAt(0) == '\u0648' || w.charAt(0) == '\u0641')) {
      return w.substring(1);
    }
    return w;
  }

  private boolean isComplementizer(int t) {
    if (!isWord(t)) {
      return false;
    }
    String w = norm[t];
    if (Lexicon.COMPLEMENTIZERS.contains(w) || Lexicon.SUFFIXED_COMPLEMENTIZERS.contains(w)) {
      return t == 0 || !Lexicon.NON_REPORTING_GOVERNORS.contains(norm[t - 1]);
    }
    return false;
  }

  private CueLexicon.Form cue(int t) {
    return isWord(t) ? CUES.lookup(norm[t]) : null;
  }

  private boolean isTitle(String w) {
    return Lexicon.TITLES.contains(w) || Lexicon.TITLES.contains(stripConj(w));
  }

  private boolean isTimeStart(int t) {
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

  private int wordsIn(QuotationPairer.Region r) {
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
  private int quotedNameEnd(int t) {
    if (!isQuote(t) || regionAt[t] < 0) {
      return -1;
    }
    QuotationPairer.Region r = regions.get(regionAt[t]);
    int words = wordsIn(r);
    return r.closed() && words > 0 && words <= MAX_QUOTED_NAME_WORDS ? r.close + 1 : -1;
  }

  /** Token after a short closed quotation opening at t, or -1. */
  private int shortQuoteEnd(int t) {
    if (!isQuote(t) || regionAt[t] < 0) {
      return -1;
    }
    QuotationPairer.Region r = regions.get(regionAt[t]);
    if (!r.closed() || wordsIn(r) > SHORT_QUOTE_WORDS || wordsIn(r) == 0) {
      return -1;
    }
    return r.close + 1;
  }

  private int parenEnd(int t) {
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

  // ---------------------------------------------------------------- medium and time

  /** End (exclusive) of a medium phrase starting at t, or t when none starts there. */
  private int mediumEnd(int t, int limit) {
    if (!isWord(t)) {
      return t;
    }
    String w = stripConj(norm[t]);
    int end = t;
    if ((w.equals(FI) || w.equals(KHILAL)) && t + 1 < limit && isWord(t + 1)
        && Lexicon.MEDIUM_EVENT_NOUNS.contains(norm[t + 1])) {
      end = t + 2;
    } else if (w.equals(ABR) && t + 1 < limit && isWord(t + 1)) {
      end = t + 2;
    } else if (w.equals(ALA) && t + 1 < limit && isWord(t + 1) && Lexicon.ONLINE_MEDIA.contains(norm[t + 1])) {
      end = t + 2;
    } else if (isOutlet(t, limit)) {
      end = w.equals(LAM) ? t + 2 : t + 1;
      if (w.equals(LAM) && isQuote(t + 1) && shortQuoteEnd(t + 1) > 0) {
        end = shortQuoteEnd(t + 1);
      }
    } else {
      return t;
    }
    boolean outlet = !(w.equals(FI) || w.equals(KHILAL));
    int k = end;
    int added = 0;
    while (k < limit && added < MAX_MEDIUM_TOKENS) {
      int q = shortQuoteEnd(k);
      int p = parenEnd(k);
      if (q > 0) {
        k = q;
      } else if (p > 0) {
        k = p;
      } else if (toks.get(k).type() == TokenType.LATIN) {
        k++;
      } else if (!isWord(k) || isComplementizer(k) || cue(k) != null || isTimeStart(k)
          || Lexicon.RELATIVES.contains(norm[k]) || Lexicon.PRONOUN_LEADS.contains(norm[k])) {
        break;
      } else if (MEDIUM_ADJECTIVES.contains(norm[k])) {
        k++;
      } else if (!outlet && norm[k].equals(n("مع"))) {
        outlet = true;
        k++;
      } else if (k > end - 1 && isOutlet(k, limit)) {
        outlet = true;
        k += norm[k].equals(LAM) ? 2 : 1;
      } else if (Lexicon.NP_STOPS.contains(norm[k]) || norm[k].equals(ABR) || norm[k].equals(FI)
          || norm[k].charAt(0) == '\u0648') {
        break;
      } else if (outlet || norm[k].startsWith("ال")) {
        k++;
      } else {
        break;
      }
      added++;
    }
    return k;
  }

  private boolean isOutlet(int t, int limit) {
    String w = norm[t];
    if (w.equals(LAM)) {
      if (t + 1 >= limit) {
        return false;
      }
      if (toks.get(t + 1).type() == TokenType.LATIN) {
        return true;
      }
      if (isWord(t + 1)) {
        return Lexicon.MEDIUM_OUTLET_NOUNS.contains(norm[t + 1]) || Lexicon.AGENCIES.contains(norm[t + 1]);
      }
      int q = shortQuoteEnd(t + 1);
      return q > 0 && (isWord(t + 2) && Lexicon.AGENCIES.contains(norm[t + 2])
          || q < limit && (isComplementizer(q) || isPunct(q, COLON)));
    }
    if (w.length() > 2 && w.charAt(0) == '\u0644') {
      String rest = w.substring(1);
      if (rest.startsWith("ل")) {
        String def = "ا" + rest;
        if (Lexicon.MEDIUM_OUTLET_NOUNS.contains(def)) {
          return true;
        }
      }
      return Lexicon.MEDIUM_OUTLET_NOUNS.contains(rest) || Lexicon.AGENCIES.contains(rest);
    }
    return false;
  }

  /** End (exclusive) of a time or manner adverbial starting at t, or t. */
  private int timeEnd(int t, int limit) {
    if (t < limit && isWord(t) && norm[t].equals(n("فيما")) && t + 1 < limit && norm[t + 1].equals(BAAD)) {
      return t + 2;
    }
    if (t < limit && isWord(t) && norm[t].equals(MIN) && t + 1 < limit && isWord(t + 1)
        && (norm[t + 1].equals(n("جهته")) || norm[t + 1].equals(n("جهتها")) || norm[t + 1].equals(n("جانبه"))
        || norm[t + 1].equals(n("جانبها")))) {
      return t + 2;
    }
    if (t < limit && isWord(t) && stripConj(norm[t]).equals(KHILAL)) {
      int k = t + 1;
      while (k < limit && k - t <= 4 && isWord(k) && !isComplementizer(k) && cue(k) == null) {
        k++;
      }
      return k < limit && (isComma(k) || isComplementizer(k)) ? k : t;
    }
    if (!isTimeStart(t) || t >= limit) {
      return t;
    }
    int k = t + 1;
    while (k < limit && (toks.get(k).type() == TokenType.NUMBER
        || (isWord(k) && (Lexicon.TIME_WORDS.contains(norm[k]) || norm[k].equals(MIN))))) {
      k++;
    }
    return k;
  }

  // ---------------------------------------------------------------- speaker phrases

  /** Parses a speaker noun phrase starting at t; null when none starts there. */
  Phrase parseNP(int t, int limit, boolean stripLam) {
    int j = t;
    int last = -1;
    int coordinations = 0;
    while (j < limit && j - t < MAX_SPEAKER_TOKENS) {
      Token tk = toks.get(j);
      if (tk.type() == TokenType.QUOTE) {
        int q = last >= 0 && namesFollow(j - 1) ? quotedNameEnd(j) : shortQuoteEnd(j);
        if (q < 0 || q > limit || last >= 0 && !namesFollow(j - 1)) {
          break;
        }
        last = q - 1;
        j = q;
        continue;
      }
      if (tk.type() == TokenType.PUNCT) {
        if (last == j - 1 && abbreviationStop(j)) {
          last = j;
          j++;
          continue;
        }
        int p = parenEnd(j);
        if (p > 0 && last >= 0 && p <= limit) {
          last = p - 1;
          j = p;
          continue;
        }
        if (isComma(j) && last >= 0 && appositionFollows(t, last + 1, j + 1, limit)) {
          j++;
          continue;
        }
        break;
      }
      if (!isWord(j)) {
        break;
      }
      String w = norm[j];
      if (isComplementizer(j) || Lexicon.COMPLEMENTIZERS.contains(w) || cue(j) != null && j > t
          || j > t && Lexicon.NOMINAL_CUES.contains(stripConj(w))
          || isTimeStart(j) || mediumEnd(j, limit) > j || Lexicon.RELATIVES.contains(w)
          || Lexicon.PRONOUN_LEADS.contains(w) || Lexicon.SUFFIXED_COMPLEMENTIZERS.contains(w)
          || TRANSPARENT_NOUNS.contains(w)) {
        break;
      }
      if (w.equals(FI)) {
        if (last >= 0 && j + 1 < limit && shortQuoteEnd(j + 1) > 0 && shortQuoteEnd(j + 1) <= limit) {
          j++;
          continue;
        }
        if (last < 0 || j + 1 >= limit || !isWord(j + 1) || isTimeStart(j + 1) || possessed(j + 1)
            || Lexicon.MEDIUM_EVENT_NOUNS.contains(norm[j + 1]) || Lexicon.NP_STOPS.contains(norm[j + 1])) {
          break;
        }
        j++;
        continue;
      }
      if (last >= 0 && last == j - 1 && w.equals(ILA) && envoyPhrase(t, j) && isWord(j + 1)
          && !isComplementizer(j + 1)) {
        j++;
        continue;
      }
      if (last >= 0 && w.length() > 4 && w.startsWith("بال") && !roleSoFar(t, j)
          || last >= 0 && w.length() > 3 && w.charAt(0) == '\u0628' && !w.equals(BISM) && baObjectVerb) {
        break;
      }
      if (last == j - 1 && aliInName(j)) {
        last = j;
        j++;
        continue;
      }
      if (Lexicon.NP_STOPS.contains(w) || PERSONAL_LAM.contains(w)) {
        if (!(w.equals(LAM) && last >= 0)) {
          break;
        }
      }
      if (last >= 0 && w.length() > 2 && w.charAt(0) == '\u0648' && j > t) {
        String rest = w.substring(1);
        if (coordinations > 0 || Lexicon.NP_STOPS.contains(rest) || cue(j) != null
            || Lexicon.PRONOUN_LEADS.contains(w) || rest.equals(FI)) {
          break;
        }
        coordinations++;
      }
      if (j == t && cue(j) != null) {
        break;
      }
      last = j;
      j++;
    }
    if (last < 0) {
      return null;
    }
    Phrase p = new Phrase();
    p.start = t;
    p.end = last + 1;
    p.charStart = toks.get(t).start();
    if (stripLam && norm[t].length() > 1 && norm[t].charAt(0) == '\u0644') {
      p.charStart = skipLam(toks.get(t));
      if (norm[t].equals(LAM)) {
        if (t + 1 > last) {
          return null;
        }
        p.start = t + 1;
        p.charStart = toks.get(t + 1).start();
      }
    } else if (stripLam && norm[t].equals(LAM)) {
      if (t + 1 > last) {
        return null;
      }
      p.start = t + 1;
      p.charStart = toks.get(t + 1).start();
    }
    p.charEnd = toks.get(last).end();
    if (p.charStart >= p.charEnd) {
      return null;
    }
    analyze(p, stripLam);
    return p;
  }

  private static int skipLam(Token tk) {
    String s = tk.text();
    int i = 1;
    while (i < s.length() && (s.charAt(i) == '\u0640' || Character.getType(s.charAt(i)) == Character.NON_SPACING_MARK)) {
      i++;
    }
    return tk.start() + Math.min(i, s.length() - 1);
  }

  private boolean appositionFollows(int phraseStart, int phraseEnd, int k, int limit) {
    if (!isWord(k) || k >= limit) {
      return false;
    }
    String w = norm[k];
    if (isComplementizer(k) || cue(k) != null || isTimeStart(k) || mediumEnd(k, limit) > k
        || Lexicon.NP_STOPS.contains(w) || w.equals(FI)) {
      return false;
    }
    if (isTitle(w)) {
      return true;
    }
    if (Lexicon.isFirstName(w)) {
      return true;
    }
    boolean hasName = false;
    boolean hasTitle = false;
    for (int t = phraseStart; t < phraseEnd; t++) {
      if (isWord(t) && isTitle(norm[t])) {
        hasTitle = true;
      }
    }
    Phrase probe = new Phrase();
    probe.start = phraseStart;
    probe.end = phraseEnd;
    findName(probe, false);
    hasName = probe.hasName();
    if (!hasTitle || hasName) {
      return false;
    }
    int k2 = k;
    while (k2 < limit && k2 - k < 3 && isWord(k2) && !norm[k2].startsWith("ال") && !prepositional(norm[k2])
        && norm[k2].charAt(0) != '\u0648' && !Lexicon.NP_STOPS.contains(norm[k2]) && cue(k2) == null
        && !isComplementizer(k2) && !isTimeStart(k2) && mediumEnd(k2, limit) == k2) {
      k2++;
    }
    if (k2 == k) {
      return false;
    }
    return k2 >= limit || isComma(k2) || isPunct(k2, COLON) || isComplementizer(k2) || isTimeStart(k2)
        || mediumEnd(k2, limit) > k2 || isQuote(k2);
  }

  private void findName(Phrase p, boolean stripLam) {
    int prevKind = 0; // 0 start, 1 title, 2 al-word, 3 prep-like, 4 name word, 5 comma
    boolean sawTitle = false;
    boolean licensed = false;
    for (int k = p.start; k < p.end; k++) {
      if (isComma(k)) {
        if (p.nameStart >= 0) {
          return;
        }
        prevKind = 5;
        continue;
      }
      if (isQuote(k)) {
        int q = shortQuoteEnd(k);
        if (q > 0) {
          k = q - 1;
        }
        prevKind = 2;
        continue;
      }
      if (!isWord(k)) {
        continue;
      }
      String w = norm[k];
      if (k == p.start && stripLam && w.length() > 1 && w.charAt(0) == '\u0644') {
        w = w.substring(1);
      }
      boolean title = isTitle(w);
      boolean article = hasArticle(k);
      if (p.nameStart >= 0) {
        boolean contiguous = p.nameEnd == k;
        if (contiguous && aliInName(k)) {
          p.nameEnd = k + 1;
          continue;
        }
        boolean linked = NAME_TAILS.contains(w) || NAME_LINKS.contains(norm[k - 1])
            || article && w.endsWith("ي") && w.length() > 4;
        if (contiguous && !title && (licensed || linked || !article) && !prepositional(w)
            && !prepositionWithPronoun(k)
            && w.charAt(0) != '\u0648' && !w.equals(FI) && p.nameEnd - p.nameStart < 4) {
          p.nameEnd = k + 1;
          continue;
        }
        return;
      }
      boolean aliName = aliInName(k);
      boolean canStart = !article && !title && !Lexicon.ORG_NOUNS.contains(w)
          && !Lexicon.DOCUMENT_NOUNS.contains(w)
          && (w.charAt(0) != '\u0648' || Lexicon.isFirstName(w) || prevKind == 2 && sawTitle)
          && !prepositional(w) && (!Lexicon.NP_STOPS.contains(w) || aliName) && !NAME_BREAKERS.contains(w)
          && !w.equals(FI) && !w.equals(LAM) && prevKind != 3 && (prevKind != 2 || sawTitle || Lexicon.isFirstName(w))
          && toks.get(k).type() == TokenType.WORD;
      if (canStart && prevKind == 1 && k > p.start && isWord(k - 1) && !norm[k - 1].startsWith("ال")
          && (TITLE_ADJECTIVES.contains(w) || w.endsWith("ي") && w.length() > 3 && !Lexicon.isFirstName(w))) {
        canStart = false;
      }
      if (canStart) {
        p.nameStart = k;
        p.nameEnd = k + 1;
        licensed = sawTitle || prevKind == 5 || Lexicon.isFirstName(w);
        continue;
      }
      if (title && ANONYMOUS_SOURCES.contains(w)) {
        prevKind = 3;
      } else if (title) {
        sawTitle = true;
        prevKind = 1;
      } else if (NAME_BREAKERS.contains(w)) {
        prevKind = 3;
      } else if (article) {
        prevKind = 2;
      } else {
        prevKind = 3;
      }
    }
  }

  /** True when the phrase from t to j holds a title or role word. */
  private boolean roleSoFar(int t, int j) {
    for (int k = t; k < j; k++) {
      if (isWord(k) && isTitle(norm[k])) {
        return true;
      }
    }
    return false;
  }

  /** True when the phrase from t to j holds an envoy's title (المبعوث إلى، السفير لدى). */
  private boolean envoyPhrase(int t, int j) {
    for (int k = t; k < j; k++) {
      if (isWord(k) && ENVOY_TITLES.contains(norm[k])) {
        return true;
      }
    }
    return false;
  }

  /** True for a noun with a third-person pronoun suffix as written (كلمته، مراجعتها، بلادهم). */
  private boolean possessed(int k) {
    String t = toks.get(k).text();
    return t.length() > 3 && (t.endsWith("\u0647") || t.endsWith("\u0647\u0627") || t.endsWith("\u0647\u0645"))
        && !Lexicon.isFirstName(norm[k]);
  }

  /** True for a word with a glued preposition and a pronoun suffix, as written: بنظيره، لها، بقواتهم. */
  private boolean prepositionWithPronoun(int k) {
    String t = toks.get(k).text();
    if (t.length() < 3) {
      return false;
    }
    char c = t.charAt(0);
    return (c == '\u0628' || c == '\u0644' || c == '\u0643')
        && (t.endsWith("\u0647") || t.endsWith("\u0647\u0627") || t.endsWith("\u0647\u0645"));
  }

  /** True when the word at t begins with the article ال as written (not إلياس، ألبير). */
  private boolean hasArticle(int k) {
    String t = toks.get(k).text();
    if (t.length() > 3 && (t.charAt(0) == '\u0648' || t.charAt(0) == '\u0641') && t.startsWith("\u0627\u0644", 1)) {
      return true;
    }
    return t.startsWith("\u0627\u0644");
  }

  /** True when the word at t announces a name: لـ، في, or an organisation noun (تنظيم، وكالة). */
  private boolean namesFollow(int t) {
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
    return w.equals(LAM) || w.equals(FI) || Lexicon.ORG_NOUNS.contains(w) || Lexicon.ORG_NOUNS.contains(bare)
        || Lexicon.ORG_NOUNS.contains("ال" + bare) || Lexicon.MEDIUM_OUTLET_NOUNS.contains(w);
  }

  /** True for the name علي after a first name (محمد علي), not the preposition على written with ي. */
  private boolean aliInName(int k) {
    if (k <= 0 || !isWord(k) || !norm[k].equals(ALA) || !toks.get(k).text().endsWith("\u064A")
        || isWord(k + 1) && Lexicon.ONLINE_MEDIA.contains(norm[k + 1])) {
      return false;
    }
    if (aliIsName) {
      return true;
    }
    return isWord(k - 1) && Lexicon.isFirstName(norm[k - 1]) && !(isWord(k + 1) && norm[k + 1].startsWith("ال"));
  }

  /** A word with a glued preposition before an article or an organisation noun: بالهجوم، للتحالف، لقيادة، باسم. */
  private static boolean prepositional(String w) {
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

  private void analyze(Phrase p, boolean stripLam) {
    findName(p, stripLam);
    String first = norm[p.start];
    if (stripLam && first.length() > 1 && first.charAt(0) == '\u0644') {
      first = first.substring(1);
    }
    first = stripConjIfLong(first);
    for (int k = p.start; k < p.end; k++) {
      if (isWord(k) && isTitle(norm[k])) {
        p.hasTitle = true;
      }
    }
    String whole = text.substring(p.charStart, p.charEnd);
    if (stripLam && norm[p.start].startsWith("لل") && p.charStart > toks.get(p.start).start()) {
      whole = "ا" + whole;
      if (Lexicon.DOCUMENT_NOUNS.contains("ا" + first)) {
        first = "ا" + first;
      }
    }
    if (p.hasName()) {
      String nameHead = norm[p.nameStart];
      boolean personEvidence = p.hasTitle || Lexicon.isFirstName(nameHead) || p.nameEnd - p.nameStart >= 2;
      int nameCharStart = Math.max(p.charStart, toks.get(p.nameStart).start());
      int nameCharEnd = Math.min(p.charEnd, Math.max(nameCharStart, toks.get(p.nameEnd - 1).end()));
      p.canonical = text.substring(nameCharStart, nameCharEnd);
      List<String> nt = new ArrayList<>();
      for (int k = p.nameStart; k < p.nameEnd; k++) {
        nt.add(norm[k]);
      }
      p.nameTokens = List.copyOf(nt);
      p.type = personEvidence ? SourceType.PERSON : SourceType.OTHER;
      if (p.type == SourceType.OTHER) {
        // a single unknown word: a person's surname when it matches a known person later
        p.type = SourceType.PERSON;
        p.gender = Gender.UNKNOWN;
      }
      String before = trimPunct(text.substring(p.charStart, nameCharStart));
      String after = trimPunct(text.substring(nameCharEnd, p.charEnd));
      int afterTok = p.nameEnd < p.end && isComma(p.nameEnd) ? p.nameEnd + 1 : p.nameEnd;
      boolean titledAfter = afterTok < p.end && isWord(afterTok) && isTitle(norm[afterTok]);
      String title = (before + (titledAfter ? " " + after : "")).strip();
      p.title = title.isEmpty() ? null : title;
      if (Lexicon.isFemaleName(nameHead)) {
        p.gender = Gender.FEMININE;
      } else if (p.hasTitle && femininePersonTitle(p)) {
        p.gender = Gender.FEMININE;
      } else if (personEvidence) {
        p.gender = Gender.MASCULINE;
      }
      return;
    }
    if (Lexicon.DOCUMENT_NOUNS.contains(first)) {
      p.type = SourceType.DOCUMENT;
      p.title = toks.get(p.start).text();
      for (int k = p.start + 1; k < p.end; k++) {
        if (isWord(k) && norm[k].charAt(0) == '\u0644' && norm[k].length() > 2) {
          p.type = SourceType.ORGANIZATION;
          p.canonical = trimPunct(text.substring(Math.min(p.charEnd, Math.max(p.charStart, skipLam(toks.get(k)))), p.charEnd));
          p.gender = orgGender(stripConjIfLong(norm[k].substring(1)));
          return;
        }
      }
      p.canonical = trimPunct(whole);
      p.gender = orgGender(first);
      return;
    }
    if (p.hasTitle && isTitle(first)) {
      p.type = SourceType.PERSON;
      p.roleOnly = true;
      p.canonical = trimPunct(whole);
      p.title = p.canonical;
      p.gender = femininePersonTitle(p) ? Gender.FEMININE : Gender.MASCULINE;
      return;
    }
    p.type = SourceType.ORGANIZATION;
    p.canonical = trimPunct(whole);
    p.gender = orgGender(first);
  }

  private boolean femininePersonTitle(Phrase p) {
    for (int k = p.start; k < p.end; k++) {
      if (isWord(k) && isTitle(norm[k])) {
        return norm[k].endsWith("ه");
      }
    }
    return false;
  }

  private static String stripConjIfLong(String w) {
    if (Lexicon.TITLES.contains(w) || Lexicon.ORG_NOUNS.contains(w) || Lexicon.DOCUMENT_NOUNS.contains(w)) {
      return w;
    }
    return w.length() > 3 && w.charAt(0) == '\u0648' ? w.substring(1) : w;
  }

  private static Gender orgGender(String head) {
    if (Lexicon.FEMININE_BROKEN_PLURALS.contains(head) || head.endsWith("ه") || head.endsWith("ات")) {
      return Gender.FEMININE;
    }
    if (head.startsWith("ال") || Lexicon.ORG_NOUNS.contains(head) || Lexicon.DOCUMENT_NOUNS.contains(head)) {
      return Gender.MASCULINE;
    }
    return Gender.UNKNOWN;
  }

  private static String trimPunct(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && (Character.isWhitespace(s.charAt(a)) || s.charAt(a) == COMMA || s.charAt(a) == ARABIC_COMMA)) {
      a++;
    }
    while (b > a && (Character.isWhitespace(s.charAt(b - 1)) || s.charAt(b - 1) == COMMA
        || s.charAt(b - 1) == ARABIC_COMMA)) {
      b--;
    }
    return s.substring(a, b);
  }

  // ---------------------------------------------------------------- anchors

  List<Quote> run() {
    for (EntityView v : views) {
      resolver.registerView(v);
    }
    List<Anchor> anchors = new ArrayList<>();
    int headlineEnd = headlineEnd();
    for (int i = headlineEnd; i < n; ) {
      if (!isWord(i) || inside[i]) {
        i++;
        continue;
      }
      Anchor a = tryAnchor(i);
      if (a == null) {
        i++;
        continue;
      }
      anchors.add(a);
      int resume = i + 1;
      if (a.hasContent) {
        resume = a.direct != null ? a.direct.open : Math.max(i + 1, a.contentTok);
      }
      i = Math.max(i + 1, resume);
    }
    computeContents(anchors);
    resolveSpeakers(anchors);
    List<Quote> out = new ArrayList<>();
    for (Anchor a : anchors) {
      if (a.hasContent && !a.boundaryOnly && !a.nested) {
        Quote q = toQuote(a);
        if (q != null) {
          out.add(q);
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * Token index after the headline: the first line of the text when it is short and has no
   * sentence-final punctuation and more text follows; 0 when there is none.
   */
  private int headlineEnd() {
    int k = 0;
    while (k < n && blockOf[k] == blockOf[0]) {
      k++;
    }
    if (k >= n || k > MAX_HEADLINE_TOKENS || isPunct(k - 1, COLON)
        || isWord(0) && norm[0].charAt(0) == '\u0648' && CUES.exact(norm[0]) == null && CUES.lookup(norm[0]) != null) {
      return 0;
    }
    for (int t = 0; t < k; t++) {
      if (toks.get(t).type() == TokenType.PUNCT && ".!?\u061F\u2026".indexOf(toks.get(t).text().charAt(0)) >= 0) {
        return 0;
      }
    }
    return k;
  }

  private boolean sentenceInitial(int i) {
    for (int k = sentStart[i]; k < i; k++) {
      if (isPunct(k, COMMA) || isPunct(k, ARABIC_COMMA)) {
        continue;
      }
      if (!isWord(k) || !Lexicon.LEAD_INS.contains(norm[k])) {
        return false;
      }
    }
    return true;
  }

  private int leadIn(int i) {
    int k = i;
    while (k - 1 >= sentStart[i] && (isComma(k - 1) || isWord(k - 1) && Lexicon.LEAD_INS.contains(norm[k - 1]))) {
      k--;
    }
    return k;
  }

  private Anchor tryAnchor(int i) {
    int limit = sentEnd[i];
    String w = norm[i];
    String bare = w.length() > 2 && w.charAt(0) == '\u0648' ? w.substring(1) : w;
    Anchor a = null;
    if (SOURCE_PREPS.contains(bare) || SOURCE_PREPS.contains(w)) {
      a = sourcePhrase(i, i + 1, limit, false);
    } else if ((SOURCE_ACCORDING.contains(bare) || SOURCE_ACCORDING.contains(w)) && isWord(i + 1)
        && norm[i + 1].charAt(0) == '\u0644') {
      a = sourcePhrase(i, i + 1, limit, true);
    } else if (bare.equals(WIFQ) || w.equals(WIFQ)) {
      if (isWord(i + 1) && norm[i + 1].equals(MA)) {
        a = sourcePhrase(i, i + 1, limit, false);
      }
    } else if ((bare.equals(NAQLAN) || w.equals(NAQLAN)) && isWord(i + 1) && norm[i + 1].equals(AN_PREP)) {
      a = sourcePhrase(i, i + 2, limit, false);
    } else if ((bare.equals(ISTINADAN) || w.equals(ISTINADAN)) && isWord(i + 1) && norm[i + 1].equals(ILA)) {
      a = sourcePhrase(i, i + 2, limit, false);
    } else if ((bare.equals(ALA) || w.equals(ALA)) && isWord(i + 1) && norm[i + 1].equals(HADD)
        && isWord(i + 2) && POSSESSED_SAYINGS.contains(norm[i + 2])) {
      a = trailingAttribution(i, i + 3);
    } else if ((bare.equals(ALA) || w.equals(ALA)) && isWord(i + 1) && norm[i + 1].equals(LISAN)) {
      a = sourcePhrase(i, i + 2, limit, false);
    } else if (Lexicon.PASSIVE_AUX.contains(w) && isWord(i + 1) && Lexicon.PASSIVE_MASDARS.contains(norm[i + 1])) {
      a = passive(i, limit);
    } else if (Lexicon.NOMINAL_CUES.contains(bare) || Lexicon.NOMINAL_CUES.contains(w)) {
      a = nominal(i, limit);
    } else {
      CueLexicon.Form f = cue(i);
      if (f != null) {
        a = verbal(i, f, limit);
      }
    }
    return a;
  }

  private Anchor sourcePhrase(int i, int after, int limit, boolean stripLam) {
    Anchor a = new Anchor();
    a.type = Type.SOURCE;
    a.cueStart = i;
    a.cueEnd = after;
    a.lemma = toks.get(i).text().startsWith("و") && stripConj(norm[i]).length() < norm[i].length()
        ? toks.get(i).text().substring(1) : toks.get(i).text();
    a.lemma = Normalizer.LIGHT.apply(a.lemma);
    int np = after;
    if (isWord(after) && norm[after].equals(MA)) {
      int v = after + 1;
      if (!isWord(v)) {
        return null;
      }
      String vw = norm[v];
      CueLexicon.Form f = CUES.lookup(vw);
      if (f == null) {
        for (String suf : OBJECT_SUFFIXES) {
          if (vw.endsWith(suf) && vw.length() > suf.length() + 2) {
            f = CUES.lookup(vw.substring(0, vw.length() - suf.length()));
            if (f != null) {
              break;
            }
          }
        }
      }
      if (f == null) {
        return null;
      }
      a.cueEnd = v + 1;
      a.lemma = f.lemma();
      np = v + 1;
    }
    if (isWord(np) && POSSESSED_SAYINGS.contains(norm[np])) {
      return trailingAttribution(i, np + 1);
    }
    Phrase p = parseNP(np, limit, stripLam);
    if (p == null || !p.isSourceLike() && p.end - p.start > 4) {
      return null;
    }
    a.speaker = p;
    a.leadIn = leadIn(i);
    if (sentenceInitial(i)) {
      int k = p.end;
      while (k < limit) {
        int m = mediumEnd(k, limit);
        if (m > k) {
          setMedium(a, k, m);
          k = m;
        } else if (isComma(k)) {
          k++;
        } else if (timeEnd(k, limit) > k) {
          k = timeEnd(k, limit);
        } else {
          break;
        }
      }
      boolean fa = isWord(k) && norm[k].equals(FA_INNA);
      if (k >= limit || !isComma(k - 1) && !fa || !isWord(k) && !isQuote(k)) {
        return null;
      }
      a.contentTok = fa ? k + 1 : k;
      if (a.contentTok >= limit) {
        return null;
      }
      a.hasContent = true;
      return a;
    }
    // a trailing source phrase: the content is what precedes it in the sentence
    int k = p.end;
    while (k < limit && (toks.get(k).type() == TokenType.PUNCT && !isComma(k) || timeEnd(k, limit) > k)) {
      k = Math.max(k + 1, timeEnd(k, limit));
    }
    if (k < limit && !isComma(k)) {
      return isComma(i - 1) ? trailingAttribution(i, a.cueEnd) : null;
    }
    int before = a.leadIn;
    while (before > sentStart[i] && isComma(before - 1)) {
      before--;
    }
    if (before - sentStart[i] < 3) {
      return null;
    }
    a.clauseBefore = true;
    a.beforeStart = sentStart[i];
    a.beforeEnd = before;
    a.hasContent = true;
    a.contentTok = -1;
    return a;
  }

  /** حسب قوله، على حد تعبيره: ends the clause before it, attributes nothing new. */
  private Anchor trailingAttribution(int i, int end) {
    Anchor a = new Anchor();
    a.type = Type.SOURCE;
    a.cueStart = i;
    a.cueEnd = end;
    a.lemma = toks.get(i).text();
    a.leadIn = leadIn(i);
    a.boundaryOnly = true;
    return a;
  }

  private Anchor passive(int i, int limit) {
    Anchor a = new Anchor();
    a.type = Type.PASSIVE;
    a.cueStart = i;
    a.cueEnd = i + 2;
    a.lemma = lemmaOfMasdar(norm[i + 1]);
    a.leadIn = leadIn(i);
    int k = i + 2;
    if (!(isWord(k) && norm[k].equals(MIN) && isWord(k + 1) && Lexicon.AGENT_LEADS.contains(norm[k + 1]))) {
      return null;
    }
    Phrase p = parseNP(k + 2, limit, false);
    if (p == null) {
      return null;
    }
    a.speaker = p;
    a.gender = Gender.UNKNOWN;
    if (!scanToContent(a, p.end, limit, false, STRONG_SKIP_BUDGET)) {
      return null;
    }
    return a;
  }

  private static String lemmaOfMasdar(String m) {
    switch (m) {
      case "التصريح": return "صرح";
      case "الاعلان": return "أعلن";
      case "التاكيد": return "أكد";
      case "الاشاره": return "أشار";
      case "الكشف": return "كشف";
      case "القول": return "قال";
      case "الافاده": return "أفاد";
      default: return "أوضح";
    }
  }

  private Anchor nominal(int i, int limit) {
    if (i > 0 && isWord(i - 1)) {
      String prev = norm[i - 1];
      if (prev.equals(FI) || prev.equals(KHILAL) || prev.equals(ABR)) {
        return null;
      }
    }
    Phrase p = parseNP(i + 1, limit, false);
    if (p == null || !(p.hasName() || p.type == SourceType.ORGANIZATION && norm[i + 1].startsWith("ال")
        || p.type == SourceType.ORGANIZATION && Lexicon.ORG_NOUNS.contains(norm[i + 1]))) {
      return null;
    }
    int k = p.end;
    if (isComma(k)) {
      k++;
    }
    if (!isWord(k) || !norm[k].startsWith("ب") || !isComplementizer(k)) {
      return null;
    }
    Anchor a = new Anchor();
    a.type = Type.NOMINAL;
    a.cueStart = i;
    a.cueEnd = i + 1;
    a.lemma = Normalizer.LIGHT.apply(toks.get(i).text());
    a.speaker = p;
    a.leadIn = i;
    a.contentTok = k + 1;
    a.hasContent = true;
    return a;
  }

  private Anchor verbal(int i, CueLexicon.Form f, int limit) {
    if (Lexicon.IMPERSONAL.contains(norm[i]) && sentenceInitial(i)
        && (isComplementizer(i + 1) || isWord(i + 1) && Lexicon.PRE_COMPLEMENTIZER.contains(norm[i + 1])
        && isComplementizer(i + 2))) {
      return null;
    }
    Anchor a = new Anchor();
    a.type = f.role() == CueLexicon.Role.PARTICIPLE ? Type.PARTICIPLE : Type.VERB;
    a.cueStart = i;
    a.cueEnd = i + 1;
    a.lemma = f.lemma();
    a.gender = f.gender();
    a.firstPerson = f.firstPerson();
    a.leadIn = leadIn(i);
    boolean found;
    baObjectVerb = BA_OBJECT_LEMMAS.contains(f.lemma());
    if (a.type == Type.PARTICIPLE) {
      found = scanToContent(a, i + 1, limit, false, PARTICIPLE_SKIP_BUDGET);
    } else {
      found = scanToContent(a, i + 1, limit, !f.firstPerson(), f.strong() ? STRONG_SKIP_BUDGET : 0);
    }
    baObjectVerb = false;
    if (!found && a.type == Type.VERB && a.speaker != null) {
      int k = isComma(i - 1) ? i - 2 : i - 1;
      int r = k >= 0 && isQuote(k) ? regionClosing[k] : -1;
      if (r >= 0 && regions.get(r).depth == 1 && !usedRegions.contains(regions.get(r))
          && wordsIn(regions.get(r)) >= 2 && endsSentenceAfterSpeaker(a)) {
        a.direct = regions.get(r);
        a.hasContent = true;
        usedRegions.add(a.direct);
        return a;
      }
    }
    if (found && a.direct != null) {
      usedRegions.add(a.direct);
    }
    if (!found) {
      if (a.type == Type.PARTICIPLE && isComma(i - 1)) {
        a.boundaryOnly = true;
        return a;
      }
      if (a.type == Type.VERB && a.speaker != null && a.speaker.isSourceLike()
          && (sentenceInitial(i) || isComma(i - 1))) {
        a.boundaryOnly = true;
        return a;
      }
      return null;
    }
    if (a.type == Type.VERB && a.speaker == null && !a.firstPerson) {
      preverbalSubject(a, i);
    }
    if (a.mediumStart < 0 && a.type == Type.VERB) {
      int s = sentStart[i];
      int m = mediumEnd(s, i);
      if (m > s && m <= i) {
        setMedium(a, s, m);
        Token first = toks.get(s);
        if (stripConj(norm[s]).length() < norm[s].length() && a.mediumStart == first.start()) {
          a.mediumStart++;
        }
      }
    }
    return a;
  }

  /** True when only a medium, time words or punctuation follow the speaker up to the sentence end. */
  private boolean endsSentenceAfterSpeaker(Anchor a) {
    int limit = sentEnd[a.cueStart];
    int k = a.speaker.end;
    while (k < limit) {
      if (toks.get(k).type() == TokenType.PUNCT) {
        k++;
      } else if (mediumEnd(k, limit) > k) {
        k = mediumEnd(k, limit);
      } else if (timeEnd(k, limit) > k) {
        k = timeEnd(k, limit);
      } else {
        return false;
      }
    }
    return true;
  }

  /** Finds a subject written before its verb: وكانت القوات الموالية ... أعلنت أن. */
  private void preverbalSubject(Anchor a, int i) {
    int s = i;
    while (s > sentStart[i] && !isComma(s - 1) && i - s <= MAX_PREVERBAL_SUBJECT) {
      s--;
    }
    if (i - s < 2 || i - s > MAX_PREVERBAL_SUBJECT) {
      return;
    }
    boolean opener = false;
    while (s < i && isWord(s) && (Lexicon.SUBJECT_FIRST_OPENERS.contains(norm[s]) || norm[s].equals("و"))) {
      opener = true;
      s++;
    }
    if (!opener && s != sentStart[i]) {
      return;
    }
    if (s >= i) {
      return;
    }
    Phrase p = parseNP(s, i, false);
    if (p == null || !p.isSourceLike() || !norm[s].startsWith("ال") && !p.hasName() && !p.hasTitle
        && !Lexicon.ORG_NOUNS.contains(norm[s]) && !Lexicon.DOCUMENT_NOUNS.contains(norm[s])) {
      return;
    }
    for (int k = p.end; k < i; k++) {
      if (cue(k) != null || isComplementizer(k)) {
        return;
      }
    }
    a.speaker = p;
    a.preverbal = true;
  }

  private void setMedium(Anchor a, int from, int to) {
    int s = toks.get(from).start();
    int e = toks.get(to - 1).end();
    if (a.mediumStart < 0) {
      a.mediumStart = s;
      a.mediumEnd = e;
    } else {
      a.mediumStart = Math.min(a.mediumStart, s);
      a.mediumEnd = Math.max(a.mediumEnd, e);
    }
  }

  /** Walks from the cue to the content; true when content starts (clause or quotation). */
  private boolean scanToContent(Anchor a, int from, int limit, boolean allowSpeaker, int budget) {
    int j = from;
    int skips = 0;
    boolean circumstantial = false;
    while (j < limit) {
      Token tk = toks.get(j);
      if (tk.type() == TokenType.QUOTE) {
        int r = regionAt[j];
        if (r >= 0) {
          QuotationPairer.Region reg = regions.get(r);
          int words = wordsIn(reg);
          boolean afterBreak = isComma(j - 1) || isPunct(j - 1, COLON);
          if (!afterBreak && namesFollow(j - 1) && quotedNameEnd(j) > 0) {
            j = quotedNameEnd(j);
            continue;
          }
          if (words >= (skips == 0 ? SHORT_QUOTE_WORDS : MIN_SKIPPED_QUOTE_WORDS)
              || words >= 1 && afterBreak && skips == 0) {
            a.direct = reg;
            a.hasContent = true;
            a.skipped = skips > 0;
            return true;
          }
          if (allowSpeaker && a.speaker == null && skips == 0) {
            Phrase p = parseNP(j, limit, false);
            if (p != null) {
              a.speaker = p;
              j = p.end;
              continue;
            }
          }
          j = Math.max(j + 1, reg.after());
          skips++;
          if (skips > budget) {
            return false;
          }
          continue;
        }
        j++;
        continue;
      }
      if (tk.type() == TokenType.PUNCT) {
        char c = tk.text().charAt(0);
        if (c == COLON) {
          int k = j + 1;
          if (k == limit && k < n && blockOf[k] == blockOf[j] + 1) {
            limit = sentEnd[k];
          }
          if (isComplementizer(k)) {
            k++;
          }
          if (k < limit && isQuote(k) && regionAt[k] >= 0 && wordsIn(regions.get(regionAt[k])) > 0) {
            a.direct = regions.get(regionAt[k]);
          } else if (k >= limit || !isWord(k)) {
            return false;
          } else {
            a.contentTok = k;
          }
          a.hasContent = true;
          a.skipped = skips > 0;
          return true;
        }
        if (isComma(j)) {
          j++;
          continue;
        }
        int p = parenEnd(j);
        if (p > 0) {
          j = p;
          continue;
        }
        return false;
      }
      if (!isWord(j)) {
        if (tk.type() == TokenType.NUMBER) {
          j++;
          continue;
        }
        return false;
      }
      String w = norm[j];
      if (isComplementizer(j)) {
        a.contentTok = j + 1;
        a.hasContent = true;
        a.skipped = skips > 0;
        return a.contentTok < limit;
      }
      if (Lexicon.PRE_COMPLEMENTIZER.contains(w) && isComplementizer(j + 1) && j + 1 < limit) {
        a.contentTok = j + 2;
        a.hasContent = true;
        a.skipped = skips > 0;
        return a.contentTok < limit;
      }
      CueLexicon.Form f = cue(j);
      if (f != null) {
        if (f.transparent() || circumstantial) {
          j++;
          skips += f.transparent() ? 0 : 1;
          continue;
        }
        return false;
      }
      int m = mediumEnd(j, limit);
      if (m > j) {
        setMedium(a, j, m);
        j = m;
        continue;
      }
      int te = timeEnd(j, limit);
      if (te > j) {
        j = te;
        continue;
      }
      if (TRANSPARENT_NOUNS.contains(w) || PERSONAL_LAM.contains(w)) {
        j++;
        continue;
      }
      if (Lexicon.RELATIVES.contains(w) && j > from && (isComma(j - 1) || a.speaker != null && a.speaker.end == j)) {
        int close = -1;
        for (int k = j + 1; k < limit && k <= j + MAX_RELATIVE_TOKENS; k++) {
          if (isComma(k)) {
            close = k;
            break;
          }
          if (isComplementizer(k) || isQuote(k)) {
            break;
          }
        }
        if (close > 0) {
          j = close + 1;
          continue;
        }
      }
      if (NAMING_VERBS.contains(w) && a.speaker != null) {
        Phrase named = parseNP(j + 1, limit, false);
        if (named != null && named.hasName()) {
          Phrase merged = new Phrase();
          merged.start = a.speaker.start;
          merged.end = named.end;
          merged.charStart = a.speaker.charStart;
          merged.charEnd = named.charEnd;
          merged.nameStart = named.nameStart;
          merged.nameEnd = named.nameEnd;
          merged.nameTokens = named.nameTokens;
          merged.canonical = named.canonical;
          merged.type = SourceType.PERSON;
          merged.gender = named.gender != Gender.UNKNOWN ? named.gender : a.speaker.gender;
          merged.title = a.speaker.canonical;
          merged.hasTitle = true;
          a.speaker = merged;
          j = named.end;
          continue;
        }
      }
      int anon = anonymityClauseEnd(j, limit);
      if (anon > j) {
        j = anon;
        continue;
      }
      if (w.equals(AN_PREP) && (skips == 0 || NAQL_LEMMA.equals(a.lemma))
          && !(budget == STRONG_SKIP_BUDGET && a.speaker != null && !TOPIC_VERBS.contains(a.lemma))) {
        if (NAQL_LEMMA.equals(a.lemma)) {
          Phrase p = parseNP(j + 1, limit, false);
          if (p != null) {
            if (a.speaker != null) {
              setMedium(a, a.speaker.start, a.speaker.end);
            }
            a.speaker = p;
            j = p.end;
            continue;
          }
        }
        return false;
      }
      if (allowSpeaker && a.speaker == null && skips == 0) {
        Phrase p = parseNP(j, limit, false);
        if (p != null) {
          a.speaker = p;
          j = p.end;
          continue;
        }
      }
      if (Lexicon.PRONOUN_LEADS.contains(w)) {
        circumstantial = true;
      }
      if (skips < budget) {
        skips++;
        j++;
        continue;
      }
      return false;
    }
    return false;
  }

  /**
   * End of the boilerplate that hides a source's name (طلب عدم الكشف عن اسمه، فضل عدم ذكر
   * هويته، رافضا الإفصاح عن اسمه), or t when none starts at t.
   */
  private int anonymityClauseEnd(int t, int limit) {
    if (!isWord(t) || !ANONYMITY_VERBS.contains(norm[t]) && !ANONYMITY_VERBS.contains(stripConj(norm[t]))) {
      return t;
    }
    for (int k = t + 1; k < limit && k <= t + 5; k++) {
      if (isWord(k) && ANONYMITY_OBJECTS.contains(norm[k])) {
        return k + 1;
      }
    }
    return t;
  }

  private boolean isCue(int t) {
    return cue(t) != null;
  }

  // ---------------------------------------------------------------- content

  private void computeContents(List<Anchor> anchors) {
    for (int x = 0; x < anchors.size(); x++) {
      Anchor a = anchors.get(x);
      if (!a.hasContent || a.boundaryOnly || a.nested) {
        continue;
      }
      if (a.clauseBefore) {
        int s = a.beforeStart;
        int e = a.beforeEnd;
        for (Anchor b : anchors) {
          if (b != a && b.hasContent && !b.clauseBefore && b.cueStart >= s && b.cueStart < e) {
            a.hasContent = false;
          }
        }
        if (!a.hasContent) {
          continue;
        }
        setClauseContent(a, s, e);
        continue;
      }
      if (a.direct != null) {
        a.kind = QuoteKind.DIRECT;
        a.contentStart = a.direct.innerStart;
        a.contentEnd = a.direct.innerEnd;
        trimContent(a);
        continue;
      }
      int start = a.contentTok;
      if (start < 0 || start >= n) {
        a.hasContent = false;
        continue;
      }
      int end = sentEnd[start];
      for (int y = x + 1; y < anchors.size(); y++) {
        Anchor b = anchors.get(y);
        if (b.cueStart < start) {
          continue;
        }
        if (b.cueStart >= end) {
          break;
        }
        boolean separated = b.leadIn < b.cueStart || b.type == Type.PARTICIPLE || b.type == Type.SOURCE
            || b.type == Type.VERB && CUES.exact(norm[b.cueStart]) == null;
        if (separated) {
          end = Math.max(start + 1, b.leadIn);
          break;
        }
        b.nested = true;
      }
      setClauseContent(a, start, end);
    }
  }

  private void setClauseContent(Anchor a, int s, int e) {
    int last = e - 1;
    while (last >= s && (toks.get(last).type() == TokenType.PUNCT && !isPunct(last, CLOSE_PAREN))) {
      last--;
    }
    if (last < s) {
      a.hasContent = false;
      return;
    }
    int first = s;
    if (isQuote(first) && regionAt[first] >= 0) {
      QuotationPairer.Region r = regions.get(regionAt[first]);
      int after = r.closed() ? r.close : r.after();
      boolean onlyQuote = after >= last || r.closed() && isComma(r.close + 1);
      if (onlyQuote && r.depth == 1 && wordsIn(r) > 0) {
        a.kind = QuoteKind.DIRECT;
        a.contentStart = r.innerStart;
        a.contentEnd = r.innerEnd;
        trimContent(a);
        return;
      }
    }
    a.contentStart = toks.get(first).start();
    a.contentEnd = toks.get(last).end();
    boolean mixed = false;
    for (int k = first; k <= last; k++) {
      if (isQuote(k) && regionAt[k] >= 0) {
        QuotationPairer.Region r = regions.get(regionAt[k]);
        int words = wordsIn(r);
        boolean term = words <= 2 && k > first && (namesFollow(k - 1)
            || isWord(k + 1) && hasArticle(k + 1));
        if (!term) {
          mixed = true;
        }
      } else if (isQuote(k) && regionAt[k] < 0 && regionClosing[k] < 0) {
        mixed = mixed || k == last;
      }
    }
    a.kind = mixed ? QuoteKind.MIXED : QuoteKind.INDIRECT;
    int words = 0;
    for (int k = first; k <= last; k++) {
      if (isWord(k) || toks.get(k).type() == TokenType.NUMBER) {
        words++;
      }
    }
    boolean afterPronoun = s > 0 && isWord(s - 1) && Lexicon.SUFFIXED_COMPLEMENTIZERS.contains(norm[s - 1]);
    if (words < (afterPronoun ? 1 : 2)) {
      a.hasContent = false;
    }
  }

  private void trimContent(Anchor a) {
    int s = a.contentStart;
    int e = a.contentEnd;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    a.contentStart = s;
    a.contentEnd = e;
    if (s >= e) {
      a.hasContent = false;
    }
  }

  // ---------------------------------------------------------------- speakers

  private void resolveSpeakers(List<Anchor> anchors) {
    registerNamedPersons();
    for (int x = 0; x < anchors.size(); x++) {
      Anchor a = anchors.get(x);
      int pos = a.cueStart;
      if (a.speaker != null) {
        a.entity = resolver.resolve(applyViews(a.speaker), pos, a.gender);
        continue;
      }
      if (a.firstPerson) {
        continue;
      }
      if (a.type == Type.PARTICIPLE) {
        a.entity = governing(anchors, x);
        if (a.entity != null) {
          resolver.mention(a.entity, pos);
        }
        continue;
      }
      a.entity = resolver.dropped(pos, a.gender);
      if (a.entity != null) {
        resolver.mention(a.entity, pos);
      }
    }
  }

  private SpeakerResolver.Ent governing(List<Anchor> anchors, int x) {
    Anchor a = anchors.get(x);
    for (int y = x - 1; y >= 0; y--) {
      Anchor b = anchors.get(y);
      if (b.cueStart < sentStart[a.cueStart]) {
        break;
      }
      if ((b.type == Type.VERB || b.type == Type.PASSIVE || b.type == Type.PARTICIPLE
          || b.type == Type.SOURCE) && b.entity != null && (!b.boundaryOnly || b.type == Type.VERB)) {
        return b.entity;
      }
    }
    int s = sentStart[a.cueStart];
    while (s < a.cueStart && isWord(s) && Lexicon.LEAD_INS.contains(norm[s])) {
      s++;
    }
    if (s + 1 < a.cueStart && isWord(s)) {
      Phrase p = parseNP(s + 1, a.cueStart, false);
      if (p != null && (p.hasName() || p.hasTitle)) {
        return resolver.resolve(applyViews(p), s, a.gender);
      }
    }
    return resolver.dropped(a.cueStart, a.gender);
  }

  /** Registers every titled, named person the document mentions outside quotations. */
  private void registerNamedPersons() {
    for (int t = 0; t < n; t++) {
      if (!isWord(t) || inside[t] || !isTitle(norm[t]) || t > 0 && isWord(t - 1) && isTitle(norm[t - 1])) {
        continue;
      }
      Phrase p = parseNP(t, sentEnd[t], false);
      if (p != null && p.hasName() && p.nameEnd - p.nameStart >= 2) {
        resolver.registerPerson(p, p.canonical, p.title, t);
      }
    }
  }

  /**
   * Lets a recognizer's person inside the phrase decide its canonical form: when the phrase has a
   * name the person's name must hold the phrase's last name word and be at least as long (ديلون →
   * ريان ديلون, not أم أحمد → أحمد); when it has none, only a role phrase (a title, no
   * organisation or document head) takes the person's name.
   */
  private Phrase applyViews(Phrase p) {
    for (EntityView v : views) {
      if (v.type() != SourceType.PERSON) {
        continue;
      }
      for (Span m : v.mentions()) {
        if (m.start() < p.charStart || m.end() > p.charEnd) {
          continue;
        }
        List<String> viewWords = SpeakerResolver.tokens(v.canonical());
        if (p.hasName()) {
          List<String> mine = p.nameTokens;
          if (mine.isEmpty() || viewWords.size() < mine.size() || !viewWords.contains(mine.get(mine.size() - 1))) {
            continue;
          }
        } else {
          String head = stripConjIfLong(norm[p.start]);
          if (!p.hasTitle || Lexicon.ORG_NOUNS.contains(head) || Lexicon.DOCUMENT_NOUNS.contains(head)) {
            continue;
          }
          p.nameStart = p.start;
          p.nameEnd = p.end;
        }
        p.type = SourceType.PERSON;
        p.roleOnly = false;
        p.nameTokens = viewWords;
        p.canonical = v.canonical();
        if (v.gender() != Gender.UNKNOWN) {
          p.gender = v.gender();
        }
        return p;
      }
    }
    return p;
  }

  // ---------------------------------------------------------------- output

  private Quote toQuote(Anchor a) {
    if (a.contentStart >= a.contentEnd) {
      return null;
    }
    Token c0 = toks.get(a.cueStart);
    Token c1 = toks.get(a.cueEnd - 1);
    Cue cue = new Cue(text.substring(c0.start(), c1.end()), c0.start(), c1.end(), a.lemma);
    TextSpan speaker = null;
    if (a.speaker != null && a.speaker.charStart < a.speaker.charEnd) {
      int s = a.speaker.charStart;
      int e = a.speaker.charEnd;
      speaker = TextSpan.of(text, s, e);
    }
    TextSpan content = TextSpan.of(text, a.contentStart, a.contentEnd);
    TextSpan medium = a.mediumStart >= 0 ? TextSpan.of(text, a.mediumStart, a.mediumEnd) : null;
    SpeakerEntity entity = a.entity == null ? null : a.entity.toSpeaker();
    double conf;
    switch (a.type) {
      case VERB: conf = a.speaker != null ? 0.9 : 0.8; break;
      case PARTICIPLE: conf = 0.8; break;
      case SOURCE: conf = 0.75; break;
      case PASSIVE: conf = 0.7; break;
      default: conf = 0.6; break;
    }
    if (a.skipped) {
      conf -= 0.15;
    }
    if (entity == null) {
      conf -= 0.2;
    }
    if (a.kind == QuoteKind.DIRECT) {
      conf += 0.05;
    }
    conf = Math.max(0.05, Math.min(1.0, conf));
    return new Quote(a.kind, cue, speaker, entity, content, medium, conf);
  }
}
