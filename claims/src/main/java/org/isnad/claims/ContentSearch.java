package org.isnad.claims;

import static org.isnad.claims.DocumentTokens.AN_PREP;
import static org.isnad.claims.DocumentTokens.ANONYMITY_OBJECTS;
import static org.isnad.claims.DocumentTokens.ANONYMITY_VERBS;
import static org.isnad.claims.DocumentTokens.COLON;
import static org.isnad.claims.DocumentTokens.MAX_RELATIVE_TOKENS;
import static org.isnad.claims.DocumentTokens.MIN_SKIPPED_QUOTE_WORDS;
import static org.isnad.claims.DocumentTokens.NAMING_VERBS;
import static org.isnad.claims.DocumentTokens.NAQL_LEMMA;
import static org.isnad.claims.DocumentTokens.PERSONAL_LAM;
import static org.isnad.claims.DocumentTokens.SHORT_QUOTE_WORDS;
import static org.isnad.claims.DocumentTokens.STRONG_SKIP_BUDGET;
import static org.isnad.claims.DocumentTokens.TOPIC_VERBS;
import static org.isnad.claims.DocumentTokens.TRANSPARENT_NOUNS;
import static org.isnad.claims.DocumentTokens.stripConj;

import java.util.Set;
import org.isnad.claims.ExtractionRun.Anchor;
import org.isnad.core.Token;
import org.isnad.core.TokenType;

/**
 * The walk from a cue to its content. From the token after the cue it passes, in any order:
 * a speaker noun phrase (when the cue still lacks one), a medium (في بيان، لوكالة رويترز، على
 * تويتر), time and manner adverbials (أمس، في هذا السياق، منذ أيام), a parenthetical about the
 * speaker set off by commas (، وهو أحد الباحثين،  ، الذي …،), dashes around a name or title, an
 * anonymity clause (طلب عدم الكشف عن اسمه), a prepositional adverbial that reaches the
 * complementizer (من النتائج أن، بعد وصوله، أن), a short complement before a quotation (على
 * الحاجة إلى "…"), a quoted name after a noun that names follow, and, for strong cues, a budget of
 * unknown words. It stops at the content: a complementizer (أن، إن، بأن، إلى أن), a colon (with
 * speech, a quotation or a number after it) or a quotation of enough words; and gives up at
 * another cue, at عن after a topic verb (أعلن عن), or when the budget is spent.
 *
 * Every step moves forward within one sentence: linear in the tokens it passes.
 */
final class ContentSearch {

  /** Honorific pronouns that stand for a subject already named (وأكد سموه أن). */
  private static final Set<String> HONORIFIC_PRONOUNS = Lexicon.set(
      "سموه سموها معاليه معاليها فخامته سيادته سيادتها جلالته جلالتها سعادته سعادتها");

  private final ExtractionRun r;

  ContentSearch(ExtractionRun run) {
    this.r = run;
  }

  /**
   * Walks from the cue to the content; true when content starts (clause or quotation), with the
   * anchor's speaker, medium and content token or quotation set on the way.
   *
   * @param allowSpeaker true when a subject may still be read after the cue
   * @param budget       how many unknown words the walk may pass (0 for weak cues)
   */
  boolean scan(Anchor a, int from, int limit, boolean allowSpeaker, int budget) {
    int j = from;
    int skips = 0;
    int firstSkip = -1;
    boolean circumstantial = false;
    while (j < limit) {
      Token tk = r.toks.get(j);
      if (tk.type() == TokenType.QUOTE) {
        int ri = r.regionAt[j];
        if (ri >= 0) {
          QuotationPairer.Region reg = r.regions.get(ri);
          int words = r.wordsIn(reg);
          boolean afterBreak = r.isComma(j - 1) || r.isPunct(j - 1, COLON);
          if (!afterBreak && r.namesFollow(j - 1) && r.quotedNameEnd(j) > 0) {
            j = r.quotedNameEnd(j);
            continue;
          }
          if (words >= (skips == 0 ? SHORT_QUOTE_WORDS : MIN_SKIPPED_QUOTE_WORDS)
              || words >= 1 && afterBreak && skips == 0) {
            a.direct = reg;
            a.hasContent = true;
            a.skipped = skips > 0;
            a.clauseFrom = afterBreak ? -1 : firstSkip >= 0 ? firstSkip : j;
            return true;
          }
          if (allowSpeaker && a.speaker == null && skips == 0) {
            Phrase p = r.parseNP(j, limit, false);
            if (p != null) {
              a.speaker = p;
              j = p.end;
              continue;
            }
          }
          firstSkip = firstSkip < 0 ? j : firstSkip;
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
          if (k == limit && k < r.n && r.blockOf[k] == r.blockOf[j] + 1) {
            limit = r.sentEnd[k];
          }
          if (r.isComplementizer(k)) {
            k++;
          }
          if (k < limit && r.isQuote(k) && r.regionAt[k] >= 0 && r.wordsIn(r.regions.get(r.regionAt[k])) > 0) {
            a.direct = r.regions.get(r.regionAt[k]);
          } else if (k >= limit || !r.isWord(k) && r.toks.get(k).type() != TokenType.NUMBER) {
            return false;
          } else {
            a.contentTok = k;
            a.colonSpeech = k == j + 1;
          }
          a.hasContent = true;
          a.skipped = skips > 0;
          return true;
        }
        if (r.isComma(j) && a.speaker != null) {
          int close = parentheticalEnd(j, limit);
          if (close > j) {
            j = close;
            continue;
          }
        }
        if (r.isComma(j) || r.isDash(j)) {
          j++;
          continue;
        }
        int p = r.parenEnd(j);
        if (p > 0) {
          j = p;
          continue;
        }
        return false;
      }
      if (!r.isWord(j)) {
        if (tk.type() == TokenType.NUMBER) {
          j++;
          continue;
        }
        return false;
      }
      String w = r.norm[j];
      if (r.isComplementizer(j)) {
        a.contentTok = r.isPunct(j + 1, COLON) ? j + 2 : j + 1;
        a.hasContent = true;
        a.skipped = skips > 0;
        return a.contentTok < limit;
      }
      if (Lexicon.PRE_COMPLEMENTIZER.contains(w) && r.isComplementizer(j + 1) && j + 1 < limit) {
        a.contentTok = j + 2;
        a.hasContent = true;
        a.skipped = skips > 0;
        return a.contentTok < limit;
      }
      int anonymity = anonymityClauseEnd(j, limit);
      if (anonymity > j) {
        j = anonymity;
        continue;
      }
      CueLexicon.Form f = r.cue(j);
      if (f != null) {
        if (f.transparent() || circumstantial) {
          j++;
          skips += f.transparent() ? 0 : 1;
          continue;
        }
        return false;
      }
      int m = r.mediumEnd(j, limit);
      if (m > j) {
        r.setMedium(a, j, m);
        j = m;
        continue;
      }
      if (skips == 0 && !circumstantial) {
        int pq = phraseBeforeQuote(j, limit);
        if (pq > j) {
          j = pq;
          continue;
        }
      }
      if (skips == 0) {
        int adv = adverbialBeforeComplementizer(j, limit);
        if (adv > j) {
          j = adv;
          continue;
        }
      }
      int te = r.timeEnd(j, limit);
      if (te > j) {
        j = te;
        continue;
      }
      if (TRANSPARENT_NOUNS.contains(w) || PERSONAL_LAM.contains(w)) {
        j++;
        continue;
      }
      if (Lexicon.RELATIVES.contains(w) && j > from && (r.isComma(j - 1) || a.speaker != null && a.speaker.end == j)) {
        int close = -1;
        for (int k = j + 1; k < limit && k <= j + MAX_RELATIVE_TOKENS; k++) {
          if (r.isComma(k)) {
            close = k;
            break;
          }
          if (r.isComplementizer(k) || r.isQuote(k)) {
            break;
          }
        }
        if (close > 0) {
          j = close + 1;
          continue;
        }
      }
      if (NAMING_VERBS.contains(w) && a.speaker != null) {
        Phrase named = r.parseNP(j + 1, limit, false);
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
          Phrase p = r.parseNP(j + 1, limit, false);
          if (p != null) {
            if (a.speaker != null) {
              r.setMedium(a, a.speaker.start, a.speaker.end);
            }
            a.speaker = p;
            j = p.end;
            continue;
          }
        }
        return false;
      }
      if (allowSpeaker && a.speaker == null && a.pronoun < 0 && skips == 0 && HONORIFIC_PRONOUNS.contains(w)) {
        a.pronoun = j;
        j++;
        continue;
      }
      if (allowSpeaker && a.speaker == null && skips == 0 && (a.mediumStart < 0 || sourceStart(j))
          && !possessedObject(j)) {
        Phrase p = r.parseNP(j, limit, false);
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
        firstSkip = firstSkip < 0 ? j : firstSkip;
        skips++;
        j++;
        continue;
      }
      return false;
    }
    return false;
  }

  /** Prepositions that open an adverbial phrase between a cue and its complementizer (من الفروق بين … أن). */
  private static final Set<String> ADVERBIAL_PREPS = Lexicon.set("من في خلال عبر لدى أمام بعد أثناء عقب إثر حول");
  /** Nouns that govern أن themselves, so the clause after them is no reported content (على ضرورة أن). */
  private static final Set<String> GOVERNING_NOUNS = Lexicon.set(
      "ضرورة أهمية إمكانية إمكان احتمال احتمالية خشية مخافة فكرة حقيقة مجرد شرط بشرط أمل رغبة مسألة قضية"
      + " الضرورة أهميه حد درجة لدرجة بدل بدلا");
  private static final int MAX_ADVERBIAL_TOKENS = 7;

  /**
   * End of a prepositional adverbial at j that reaches a complementizer (واستنتج الباحثون من
   * النتائج أن، اشترط بعد وصوله، أن): the token of the complementizer, or j when none. The phrase
   * holds only words, at most one comma just before the complementizer, no cue, and its last word
   * is no noun that governs أن itself (على ضرورة أن).
   */
  private int adverbialBeforeComplementizer(int j, int limit) {
    if (!r.isWord(j) || !ADVERBIAL_PREPS.contains(r.norm[j])) {
      return j;
    }
    for (int k = j + 1; k < limit && k <= j + MAX_ADVERBIAL_TOKENS; k++) {
      if (r.isComplementizer(k) || r.isComma(k) && r.isComplementizer(k + 1)) {
        int last = r.isComma(k) ? k - 1 : k - 1;
        return k > j + 1 && r.isWord(last) && !GOVERNING_NOUNS.contains(r.norm[last])
            && !Lexicon.NON_REPORTING_GOVERNORS.contains(r.norm[last]) ? k : j;
      }
      if (!r.isWord(k) && r.toks.get(k).type() != TokenType.NUMBER
          || r.cue(k) != null && !DocumentTokens.AMBIGUOUS_FORMS.contains(stripConj(r.norm[k]))) {
        return j;
      }
    }
    return j;
  }

  /** Prepositions of a verb's complement before its quotation (وشدد على ضرورة "…"، دعا إلى "…"). */
  private static final Set<String> COMPLEMENT_PREPS = Lexicon.set("على إلى ب");
  private static final int MAX_PHRASE_BEFORE_QUOTE = 4;

  /**
   * The quotation mark that a short prepositional complement leads to (على الحاجة إلى "…"), or j
   * when none: at most {@link #MAX_PHRASE_BEFORE_QUOTE} words, no punctuation, and a quotation of
   * at least {@link DocumentTokens#SHORT_QUOTE_WORDS} words.
   */
  private int phraseBeforeQuote(int j, int limit) {
    if (!r.isWord(j) || !COMPLEMENT_PREPS.contains(r.norm[j])) {
      return j;
    }
    for (int k = j + 1; k < limit && k <= j + MAX_PHRASE_BEFORE_QUOTE; k++) {
      if (r.isQuote(k)) {
        return r.regionAt[k] >= 0 && r.wordsIn(r.regions.get(r.regionAt[k])) >= SHORT_QUOTE_WORDS ? k : j;
      }
      if (!r.isWord(k) || r.cue(k) != null || r.isComplementizer(k)) {
        return j;
      }
    }
    return j;
  }

  /**
   * End of a parenthetical about the speaker set off by commas (، وهو أحد الباحثين، ، الذي كان …،):
   * the token after its closing comma, or j when none starts at the comma j.
   */
  private int parentheticalEnd(int j, int limit) {
    if (!r.isWord(j + 1) || !Lexicon.PRONOUN_LEADS.contains(r.norm[j + 1]) && !Lexicon.RELATIVES.contains(r.norm[j + 1])) {
      return j;
    }
    for (int k = j + 2; k < limit && k <= j + 1 + MAX_RELATIVE_TOKENS; k++) {
      if (r.isComma(k)) {
        return k + 1;
      }
      if (r.isComplementizer(k) || r.isQuote(k) || r.isPunct(k, COLON)) {
        return j;
      }
    }
    return j;
  }

  /** Nouns of kin and counsel that are subjects with a pronoun suffix (والدها، محاميه). */
  private static final Set<String> PERSON_NOUNS = Lexicon.set(
      "والد والدة أب أم ابن ابنة شقيق شقيقة أخ أخت زوج زوجة محامي محامية صديق صديقة عائلة أسرة أقارب");

  /**
   * True for a noun with a pronoun suffix right after a cue that is its object, not its subject
   * (أعلنت عزمها، كشف نيته): no title, organisation or kin noun under the suffix.
   */
  private boolean possessedObject(int j) {
    if (!r.isWord(j) || !r.possessed(j)) {
      return false;
    }
    String w = stripConj(r.norm[j]);
    for (String suf : PLURAL_OR_FEMININE_SUFFIXES) {
      if (w.endsWith(suf) && w.length() > suf.length() + 1) {
        String stem = w.substring(0, w.length() - suf.length());
        return !(r.isTitle(stem) || Lexicon.ORG_NOUNS.contains(stem) || PERSON_NOUNS.contains(stem)
            || r.isTitle(stem + "ه") || Lexicon.ORG_NOUNS.contains(stem + "ه"));
      }
    }
    return false;
  }

  /** Pronoun suffixes that no name ends with (unlike ه: طه، جاله). */
  private static final Set<String> PLURAL_OR_FEMININE_SUFFIXES = Set.of("ها", "هم", "هما");

  /** True when the word at j can open a speaker phrase after a medium: a title, article, organisation or name. */
  private boolean sourceStart(int j) {
    String w = r.norm[j];
    return r.isTitle(w) || r.hasArticle(j) || Lexicon.ORG_NOUNS.contains(w) || Lexicon.DOCUMENT_NOUNS.contains(w)
        || Lexicon.isFirstName(w) || r.isQuote(j);
  }

  /**
   * End of the boilerplate that hides a source's name (طلب عدم الكشف عن اسمه، فضل عدم ذكر
   * هويته، رافضا الإفصاح عن اسمه), or t when none starts at t.
   */
  int anonymityClauseEnd(int t, int limit) {
    if (!r.isWord(t) || !ANONYMITY_VERBS.contains(r.norm[t]) && !ANONYMITY_VERBS.contains(stripConj(r.norm[t]))) {
      return t;
    }
    for (int k = t + 1; k < limit && k <= t + 5; k++) {
      if (r.isWord(k) && ANONYMITY_OBJECTS.contains(r.norm[k])) {
        return k + 1;
      }
    }
    return t;
  }
}
