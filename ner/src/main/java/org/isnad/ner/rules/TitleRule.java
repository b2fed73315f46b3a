package org.isnad.ner.rules;

import static org.isnad.ner.rules.Words.*;

import org.isnad.core.TokenType;

/**
 * The TITLE grammar: a title head from the lexicon (ranks, offices, roles, honorifics) extended
 * over the words that complete it, on one line:
 *
 * <ul>
 *   <li>after an indefinite noun (رئيس، وزير، قائد، هيئة), any noun as idafa complement (رئيس
 *       الوزراء، قائد العمليات، رئيس هيئة الأركان);
 *   <li>after a definite phrase or an adjective, only adjectives that agree in definiteness: nisba
 *       adjectives (…ي، …ية، …يون، …يين: العراقي، الرسمي، عسكري), listed adjectives (الكبير،
 *       السابق، العام) and, for definite phrases, feminine participles in الم… (المشتركة);
 *   <li>باسم / بإسم / بلسان + an organisation (المتحدث باسم التحالف);
 *   <li>for membership heads (القيادي، المسؤول، مدير، عضو …): في / لدى / لـ or a glued بـ / لـ +
 *       an organisation, possibly in quotation marks (القيادي الكبير في قوات سوريا الديمقراطية،
 *       مدير المركز الإعلامي لـ “قسد”، المسؤول الإعلامي بقوات سوريا الديمقراطية), but not a
 *       circumstance (في تصريح، لوكالة، في مدينة).
 * </ul>
 *
 * The title stops before a first name from the gazetteer, a stop word (particles, pronouns,
 * prepositions, frequent verbs), an accusative with tanween (رئيساً), a word with a glued conjunction (والجيش، وقال، وممثلون: any word
 * starting with و or ف but a listed noun such as وزارة or فريق), a non-word token
 * (punctuation, number, Latin) or a line break. Weak heads that are common words too (الفريق،
 * الشيخ، السيد) are titles only when extended by more than nisba adjectives (الأمين العام) or
 * followed by a word that may be a name (الفريق الملكي is a team); so is an indefinite head standing
 * alone (قائد، مدير). A style of address (جلالة، سمو، معالي، سعادة، فخامة) takes only another title
 * as complement (جلالة الملك، سمو ولي العهد), else it stands alone before a name. A noun with an attached pronoun closes an idafa chain (نائب وزير خارجيتها). A head after
 * مصدر / مصادر / جهة is an adjective (مصدر مسؤول), not a title.
 */
final class TitleRule {
  private TitleRule() {}

  private static final int MAX_WORDS = 10;
  private static final int MAX_ORG_WORDS = 6;
  private static final int MIN_NISBA = 4;
  private static final int MIN_PARTICIPLE = 6;
  private static final char WAW = '\u0648';
  private static final char FEH = '\u0641';
  private static final char BEH = '\u0628';
  private static final char LAM = '\u0644';
  private static final String MEEM_PREFIX = "\u0627\u0644\u0645"; // الم
  private static final char YEH = '\u064A';
  private static final char HEH = '\u0647';
  private static final char FATHATAN = '\u064B';
  private static final int MIN_SUFFIXED = 5;
  private static final String SUFFIX_HA = "\u0647\u0627"; // ها
  private static final String SUFFIX_HUM = "\u0647\u0645"; // هم
  private static final String SUFFIX_HUMA = "\u0647\u0645\u0627"; // هما
  private static final String BI_AL = "\u0628\u0627\u0644"; // بال
  private static final String LI_AL = "\u0644\u0644"; // لل
  private static final String KA_AL = "\u0643\u0627\u0644"; // كال

  /** End (exclusive token index) of the title starting at token {@code i}, or -1. */
  static int match(NormalizedTokens v, int i, String first) {
    if (!v.isWord(i) || !TITLE_HEADS.contains(first) || isAccusative(v, i)
        || (i > 0 && v.joined(i - 1) && HEAD_BLOCKERS.contains(v.form(i - 1)))) {
      return -1;
    }
    boolean membership = MEMBERSHIP_HEADS.contains(first);
    boolean def = isDefinite(first);
    boolean canIdafa = !def;
    boolean strong = false; // extended by more than nisba adjectives
    int end = i + 1;
    for (int j = i + 1; j < v.size() && v.joined(j - 1) && j - i <= MAX_WORDS; j++) {
      if (!v.isWord(j)) {
        break;
      }
      String f = v.form(j);
      if (ON_BEHALF.contains(f)) {
        int e = orgPhrase(v, j + 1, false);
        if (e > 0) {
          end = e;
          strong = true;
        }
        break;
      }
      if (MEMBERSHIP_PREPOSITIONS.contains(f)) {
        if (membership) {
          int e = orgPhrase(v, j + 1, false);
          if (e > 0) {
            end = e;
            strong = true;
          }
        }
        break;
      }
      if (membership && !canIdafa && gluedPreposition(v, j)) {
        int e = orgPhrase(v, j, true);
        if (e > 0) {
          end = e;
          strong = true;
        }
        break;
      }
      if (j == i + 1 && RANK_SUFFIXES.contains(f)) {
        strong = true;
        end = j + 1;
        continue;
      }
      if (!isExtensionWord(f) || hasGluedPreposition(f) || isAccusative(v, j)) {
        break;
      }
      if (j == i + 1 && STYLE_HEADS.contains(first) && !TITLE_HEADS.contains(f)) {
        break; // معالي عباس الفاسي: a style before a name
      }
      boolean fDef = isDefinite(f);
      boolean adjective = isNisba(f) || TITLE_ADJECTIVES.contains(f);
      if (canIdafa) {
        // after an indefinite noun: a definite word is its complement, an indefinite one a
        // further construct noun unless it is an adjective; a pronoun suffix makes it definite
        boolean suffixed = hasPronounSuffix(f);
        def = fDef || suffixed;
        canIdafa = !def && !adjective;
      } else if (!(fDef == def
          && (adjective || (fDef && isParticiple(f) && !TITLE_HEADS.contains(f))))) {
        break;
      }
      strong |= !isNisba(f);
      end = j + 1;
    }
    boolean weak = WEAK_HEADS.contains(first) || !def && end == i + 1;
    if (!strong && weak && !nameMayFollow(v, end)) {
      return -1;
    }
    return end;
  }

  /** A word that may continue a title or an organisation name. */
  private static boolean isExtensionWord(String f) {
    return !TITLE_STOPS.contains(f) && !FirstNames.contains(f) && !hasConjunction(f)
        && !DAY_NAMES.contains(f) && !RELATIVE_DAYS.contains(f) && !MONTHS.containsKey(f);
  }

  /**
   * True for والجيش، فالقوات، ووزير، وقال، وممثلون: a word that begins with و or ف and is not one of
   * the nouns whose root begins with them (وزارة، وكالة، فريق …).
   */
  static boolean hasConjunction(String f) {
    if (f.length() < 3 || (f.charAt(0) != WAW && f.charAt(0) != FEH)) {
      return false;
    }
    return !WAW_FEH_NOUNS.contains(f) && !FirstNames.contains(f);
  }

  /** A circumstance or medium (تصريح، الوكالة، مدينة), with or without ال. */
  private static boolean notOrganisation(String f) {
    return NOT_ORGANISATIONS.contains(f) || (isDefinite(f) && NOT_ORGANISATIONS.contains(f.substring(2)));
  }

  private static boolean isNisba(String f) {
    String stem = isDefinite(f) ? f.substring(2) : f;
    if (stem.length() < MIN_NISBA) {
      return false;
    }
    return stem.endsWith("\u064A") || stem.endsWith("\u064A\u0647") || stem.endsWith("\u064A\u0648\u0646")
        || stem.endsWith("\u064A\u064A\u0646");
  }

  /** A feminine participle in الم… agreeing with a feminine plural or noun: المشتركة، المتحدة. */
  private static boolean isParticiple(String f) {
    return f.length() >= MIN_PARTICIPLE && f.startsWith(MEEM_PREFIX) && f.charAt(f.length() - 1) == HEH;
  }

  /** A word written with tanween fatha (رئيساً، شرعياً): an accusative, never inside a title. */
  private static boolean isAccusative(NormalizedTokens v, int j) {
    return v.token(j).text().indexOf(FATHATAN) >= 0;
  }

  /** خارجيتها، قادتهم: a noun with an attached pronoun ends an idafa chain. */
  private static boolean hasPronounSuffix(String f) {
    return f.length() >= MIN_SUFFIXED && (f.endsWith(SUFFIX_HA) || f.endsWith(SUFFIX_HUM) || f.endsWith(SUFFIX_HUMA));
  }

  /** بقوات، لقسد، للحزب: a preposition glued to a noun (not ليخبره, ل + a verb in ي). */
  private static boolean gluedPreposition(NormalizedTokens v, int j) {
    String f = v.form(j);
    return (f.charAt(0) == BEH || f.charAt(0) == LAM) && v.bareCount(j) >= 1
        && v.bare(j, 0).charAt(0) != YEH;
  }

  /** بالإدارة، للتشريعي، كالرئيس: a preposition glued to a definite word, never an idafa complement. */
  private static boolean hasGluedPreposition(String f) {
    return f.length() > 4 && (f.startsWith(BI_AL) || f.startsWith(LI_AL) || f.startsWith(KA_AL));
  }

  private static boolean nameMayFollow(NormalizedTokens v, int k) {
    if (k >= v.size() || !v.joined(k - 1) || !v.isWord(k)) {
      return false;
    }
    String f = v.form(k);
    for (int b = 0; b < v.bareCount(k); b++) {
      if (isDefinite(v.bare(k, b))) {
        return false;
      }
    }
    return !TITLE_STOPS.contains(f) && !isDefinite(f) && !hasConjunction(f)
        && !MEMBERSHIP_PREPOSITIONS.contains(f);
  }

  /**
   * An organisation after a preposition, starting at token k (read without its glued preposition
   * when {@code glued}); returns its end or -1.
   */
  private static int orgPhrase(NormalizedTokens v, int k, boolean glued) {
    if (k >= v.size() || (!glued && !v.joined(k - 1))) {
      return -1;
    }
    if (v.token(k).type() == TokenType.QUOTE && !glued) {
      int j = k + 1;
      if (j >= v.size() || !v.joined(k) || notOrganisation(v.form(j))) {
        return -1;
      }
      for (; j < v.size() && j - k <= MAX_ORG_WORDS && v.joined(j - 1); j++) {
        TokenType t = v.token(j).type();
        if (t == TokenType.QUOTE) {
          return j > k + 1 ? j + 1 : -1;
        }
        if (t != TokenType.WORD && t != TokenType.LATIN) {
          return -1;
        }
      }
      return -1;
    }
    if (!v.isWord(k)) {
      return -1;
    }
    String first = glued ? v.bare(k, 0) : v.form(k);
    if (!isExtensionWord(first) || notOrganisation(first) || TITLE_HEADS.contains(first)) {
      return -1;
    }
    boolean def = isDefinite(first);
    boolean canIdafa = !def;
    int end = k + 1;
    for (int j = k + 1; j < v.size() && v.joined(j - 1) && j - k < MAX_ORG_WORDS; j++) {
      if (!v.isWord(j)) {
        break;
      }
      String f = v.form(j);
      if (def && f.length() > 3 && f.charAt(0) == LAM && f.charAt(1) == LAM && v.bareCount(j) > 0) {
        // an idafa through لل inside the organisation: للوكالة الدولية للطاقة الذرية
        String b = v.bare(j, 0);
        if (!isExtensionWord(b) || notOrganisation(b)) {
          break;
        }
        canIdafa = false;
        end = j + 1;
        continue;
      }
      if (!isExtensionWord(f) || MEMBERSHIP_PREPOSITIONS.contains(f) || isAccusative(v, j)) {
        break;
      }
      boolean fDef = isDefinite(f);
      boolean adjective = isNisba(f) || TITLE_ADJECTIVES.contains(f);
      if (canIdafa) {
        // after an indefinite noun: a definite word is its complement, an indefinite one a
        // further construct noun unless it is an adjective; a pronoun suffix makes it definite
        boolean suffixed = hasPronounSuffix(f);
        def = fDef || suffixed;
        canIdafa = !def && !adjective;
      } else if (!(fDef == def && (adjective || (fDef && isParticiple(f))))) {
        break;
      }
      end = j + 1;
    }
    return end;
  }
}
