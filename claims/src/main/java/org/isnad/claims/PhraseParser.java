package org.isnad.claims;

import java.util.ArrayList;
import java.util.List;
import org.isnad.core.Span;
import org.isnad.core.Token;
import org.isnad.core.TokenType;

/**
 * Parses the phrases around a cue: speaker noun phrases with their name, title, type and gender,
 * media (في بيان، لوكالة رويترز، عبر الهاتف) and time adverbials. One instance per document.
 */
class PhraseParser extends DocumentTokens {

  PhraseParser(String text, List<Token> tokens, List<Span> sentences) {
    super(text, tokens, sentences);
  }

  static final String MUNDHU = n("منذ");
  static final String WA = n("و");
  /** Nouns of a length of time (منذ أيام، منذ سنوات). */
  static final java.util.Set<String> DURATIONS = Lexicon.set(
      "أيام يومين ساعات ساعة أسابيع أسبوع أسبوعين أشهر شهر شهرين شهور سنوات سنة عام أعوام عامين عقود فترة دقائق قليلة قليل طويلة");
  static final java.util.Set<String> DEMONSTRATIVES = Lexicon.set("هذا هذه ذلك تلك");

  /** Nouns of a group whose members follow with من (مجموعة من العلماء). */
  static final java.util.Set<String> PARTITIVES = Lexicon.set(
      "مجموعة عدد العديد فريق جملة عشرات مئات آلاف كثير الكثير قلة ثلة نخبة لفيف");

  /** True while parsing the subject of a verb whose object takes ب (أفاد بمقتل …). */
  boolean baObjectVerb;

  // ---------------------------------------------------------------- medium and time

  /** End (exclusive) of a medium phrase starting at t, or t when none starts there. */
  int mediumEnd(int t, int limit) {
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
    } else if ((w.equals(ALA) || w.equals(FI)) && t + 1 < limit && isWord(t + 1) && Lexicon.ONLINE_MEDIA.contains(norm[t + 1])) {
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
      } else if ((norm[k].equals(FI) || norm[k].equals(ALA)) && k + 1 < limit && isWord(k + 1)
          && Lexicon.ONLINE_MEDIA.contains(norm[k + 1])) {
        // على حسابه في تويتر، على صفحته على فيسبوك
        k += 2;
      } else if (Lexicon.NP_STOPS.contains(norm[k]) || norm[k].equals(ABR) || norm[k].equals(FI)
          || norm[k].charAt(0) == '\u0648') {
        break;
      } else if (outlet || norm[k].startsWith("ال")) {
        k++;
      } else if (k == end && mediumBoundary(k + 1, limit)) {
        k++;
      } else {
        break;
      }
      added++;
    }
    return k;
  }

  /** True when token k ends a medium phrase: a colon, comma, complementizer, quotation or the limit. */
  private boolean mediumBoundary(int k, int limit) {
    return k >= limit || isComma(k) || isPunct(k, COLON) || isComplementizer(k) || isQuote(k)
        || isPunct(k, '.') && k + 1 >= limit;
  }

  boolean isOutlet(int t, int limit) {
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
  int timeEnd(int t, int limit) {
    if (t < limit && isWord(t) && norm[t].equals(n("فيما")) && t + 1 < limit && norm[t + 1].equals(BAAD)) {
      return t + 2;
    }
    if (t < limit && isWord(t) && norm[t].equals(MIN) && t + 1 < limit && isWord(t + 1)
        && (norm[t + 1].equals(n("جهته")) || norm[t + 1].equals(n("جهتها")) || norm[t + 1].equals(n("جانبه"))
        || norm[t + 1].equals(n("جانبها")))) {
      return t + 2;
    }
    if (t + 2 < limit && isWord(t) && stripConj(norm[t]).equals(FI) && isWord(t + 1)
        && DEMONSTRATIVES.contains(norm[t + 1]) && isWord(t + 2) && hasArticle(t + 2)) {
      // في هذا الصدد، في هذا السياق، في تلك الأثناء
      return t + 3;
    }
    if (t < limit && isWord(t) && stripConj(norm[t]).equals(KHILAL)) {
      int k = t + 1;
      while (k < limit && k - t <= 4 && isWord(k) && !isComplementizer(k) && cue(k) == null) {
        k++;
      }
      return k < limit && (isComma(k) || isComplementizer(k)) ? k : t;
    }
    if (t + 1 < limit && isWord(t) && stripConj(norm[t]).equals(MUNDHU) && (toks.get(t + 1).type() == TokenType.NUMBER
        || isWord(t + 1) && (Lexicon.TIME_WORDS.contains(norm[t + 1]) || DURATIONS.contains(norm[t + 1])))) {
      // منذ أيام، منذ 3 سنوات، منذ الأمس
      int k = t + 2;
      while (k < limit && (toks.get(k).type() == TokenType.NUMBER || isWord(k) && (DURATIONS.contains(norm[k])
          || Lexicon.TIME_WORDS.contains(norm[k])))) {
        k++;
      }
      return k;
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
    boolean quotedNameBefore = false;
    int j = t;
    int last = -1;
    int coordinations = 0;
    while (j < limit && j - t < MAX_SPEAKER_TOKENS) {
      Token tk = toks.get(j);
      if (tk.type() == TokenType.QUOTE) {
        // a second quoted name coordinated with و (صحيفتا "الأيام" و"الشروق")
        boolean named = last >= 0 && (namesFollow(j - 1) || quotedNameBefore && isWord(j - 1) && norm[j - 1].equals(WA));
        int q = named ? quotedNameEnd(j) : shortQuoteEnd(j);
        if (q < 0 || q > limit || last >= 0 && !named) {
          break;
        }
        quotedNameBefore = named;
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
        if (isDash(j) && last == j - 1 && j + 1 < limit && isWord(j + 1) && !isComplementizer(j + 1)
            && cue(j + 1) == null) {
          // a double-barrelled name or an apposition between dashes (نيوتون - بيشوب، سرار - رئيس النادي -)
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
      if (last >= 0 && last == j - 1 && possessed(last) && w.length() > 3 && w.charAt(0) == '\u0628' && !w.equals(BISM)) {
        // a possessed head ends before a ب-complement (أعلن رئيسها بتكريم …)
        break;
      }
      if (last >= 0 && w.length() > 4 && w.startsWith("بال") && !roleSoFar(t, j)
          || last >= 0 && w.length() > 3 && w.charAt(0) == '\u0628' && !w.equals(BISM) && baObjectVerb
          && !Lexicon.isFirstName(w)) {
        break;
      }
      if (last >= 0 && last == j - 1 && isWord(last) && (hasArticle(last) || norm[last].startsWith("لل"))
          && !hasArticle(j) && !prepositional(w) && w.charAt(0) != '\u0648' && w.charAt(0) != '\u0644'
          && !Lexicon.isFirstName(w)
          && !isTitle(w) && !Lexicon.ORG_NOUNS.contains(w) && !roleSoFar(t, j) && !aliInName(j)) {
        break;
      }
      if (last == j - 1 && aliInName(j)) {
        last = j;
        j++;
        continue;
      }
      if (w.equals(MIN) && last == j - 1 && isWord(last) && PARTITIVES.contains(stripConj(norm[last]))
          && j + 1 < limit && isWord(j + 1) && !isComplementizer(j + 1)) {
        // a group and its members: مجموعة من الباحثين، عدد من المسؤولين
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
      if (j == t && (cue(j) != null || w.charAt(0) == '\u0628' && toks.get(j).text().endsWith("\u0629"))) {
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

  static int skipLam(Token tk) {
    String s = tk.text();
    int i = 1;
    while (i < s.length() && (s.charAt(i) == '\u0640' || Character.getType(s.charAt(i)) == Character.NON_SPACING_MARK)) {
      i++;
    }
    return tk.start() + Math.min(i, s.length() - 1);
  }

  boolean appositionFollows(int phraseStart, int phraseEnd, int k, int limit) {
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

  void findName(Phrase p, boolean stripLam) {
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
      boolean article = hasArticle(k) || k == p.start && stripLam && norm[k].startsWith("لل");
      if (p.nameStart >= 0) {
        boolean contiguous = p.nameEnd == k;
        if (contiguous && aliInName(k)) {
          p.nameEnd = k + 1;
          continue;
        }
        boolean linked = NAME_TAILS.contains(w) || NAME_LINKS.contains(norm[k - 1])
            || article && w.endsWith("ي") && w.length() > 4;
        boolean secondArticle = article && hasArticle(k - 1) && !linked;
        if (contiguous && !title && (licensed && !secondArticle || linked || !article) && !prepositional(w)
            && !prepositionWithPronoun(k)
            && w.charAt(0) != '\u0648' && !w.equals(FI) && p.nameEnd - p.nameStart < MAX_NAME_WORDS) {
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
          && (!possessed(k) || Lexicon.isFirstName(w))
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
      } else if (article || prepositional(w) && !w.equals(BISM) && w.length() > 4
          && (w.startsWith("لل") || w.startsWith("بال") || w.startsWith("كال"))) {
        prevKind = 2;
      } else {
        prevKind = 3;
      }
    }
  }

  /** True when the phrase from t to j holds a title or role word. */
  boolean roleSoFar(int t, int j) {
    for (int k = t; k < j; k++) {
      if (isWord(k) && isTitle(norm[k])) {
        return true;
      }
    }
    return false;
  }

  /** True when the phrase from t to j holds an envoy's title (المبعوث إلى، السفير لدى). */
  boolean envoyPhrase(int t, int j) {
    for (int k = t; k < j; k++) {
      if (isWord(k) && ENVOY_TITLES.contains(norm[k])) {
        return true;
      }
    }
    return false;
  }

  void analyze(Phrase p, boolean stripLam) {
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
    if (p.hasName() && Lexicon.ORG_NOUNS.contains(first) && !isComma(p.nameStart - 1)) {
      // an organisation in construct with a person (إدارة الرئيس جورج بوش) is the organisation
      p.nameStart = -1;
      p.nameEnd = -1;
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

  boolean femininePersonTitle(Phrase p) {
    for (int k = p.start; k < p.end; k++) {
      if (isWord(k) && isTitle(norm[k])) {
        return feminineTitle(k);
      }
    }
    return false;
  }

  /**
   * True when the title word at {@code k} is feminine: written with a final ة (المتحدثة، والدة), a
   * feminine kinship noun with its pronoun (أخته، زوجتها، أمه), or, for other titles, ending in ه
   * once normalized (ة typed as ه). A masculine kinship noun with a pronoun (والده، أخوها) is not.
   */
  boolean feminineTitle(int k) {
    String written = toks.get(k).text();
    int e = written.length();
    while (e > 0 && (written.charAt(e - 1) == TATWEEL || Character.getType(written.charAt(e - 1)) == Character.NON_SPACING_MARK)) {
      e--;
    }
    if (e > 0 && written.charAt(e - 1) == TEH_MARBUTA) {
      return true;
    }
    String w = stripConj(norm[k]);
    if (Lexicon.KIN_TITLES.contains(w) || Lexicon.KIN_TITLES.contains(norm[k])) {
      return Lexicon.KIN_FEMININE.contains(w) || Lexicon.KIN_FEMININE.contains(norm[k]);
    }
    return norm[k].endsWith("ه");
  }

  private static final char TATWEEL = '\u0640';
  private static final char TEH_MARBUTA = '\u0629';

  static Gender orgGender(String head) {
    if (Lexicon.FEMININE_BROKEN_PLURALS.contains(head) || head.endsWith("ه") || head.endsWith("ات")) {
      return Gender.FEMININE;
    }
    if (head.startsWith("ال") || Lexicon.ORG_NOUNS.contains(head) || Lexicon.DOCUMENT_NOUNS.contains(head)) {
      return Gender.MASCULINE;
    }
    return Gender.UNKNOWN;
  }
}
