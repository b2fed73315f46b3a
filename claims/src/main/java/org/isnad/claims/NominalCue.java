package org.isnad.claims;

import static org.isnad.claims.DocumentTokens.ABR;
import static org.isnad.claims.DocumentTokens.FI;
import static org.isnad.claims.DocumentTokens.KHILAL;
import static org.isnad.claims.DocumentTokens.MIN;
import static org.isnad.claims.DocumentTokens.STRONG_SKIP_BUDGET;
import static org.isnad.claims.DocumentTokens.stripConj;

import java.util.Set;
import org.isnad.core.Normalizer;

/**
 * Cues carried by a verbal noun rather than a verb:
 *
 * <ul>
 *   <li>nominal: a verbal noun of saying, accusing or denying (اتهام، إعلان، تأكيد، تصريح، قول،
 *       زعم، ادعاء، تحذير، نفي) whose genitive names a source, then بأن (اتهام الوزارة الجيش
 *       بأنه …، تصريح مسؤول رفيع دون أن تذكر اسمه بأن "…"), or إن after قول (رغم قول علماء إن …);
 *       not after في / خلال / عبر, where the noun is a medium;
 *   <li>passive: تم / جرى + a verbal noun of saying + من قبل / من جانب / من طرف + the agent, who
 *       is the speaker (تم التصريح من قبل المتحدث بأن …).
 * </ul>
 *
 * One instance per extraction run.
 */
final class NominalCue {

  /** Verbal nouns of saying that take إن like their verb (رغم قول علماء إن …). */
  private static final Set<String> SAYING_WITH_INNA = Lexicon.set("قول");

  private final ExtractionRun r;

  NominalCue(ExtractionRun run) {
    this.r = run;
  }

  /** تم التصريح من قبل X أن …: the agent after من قبل is the speaker; null when no such cue. */
  ExtractionRun.Anchor passive(int i, int limit) {
    ExtractionRun.Anchor a = new ExtractionRun.Anchor();
    a.type = ExtractionRun.Type.PASSIVE;
    a.cueStart = i;
    a.cueEnd = i + 2;
    a.lemma = lemmaOfMasdar(r.norm[i + 1]);
    a.leadIn = r.leadIn(i);
    int k = i + 2;
    if (!(r.isWord(k) && r.norm[k].equals(MIN) && r.isWord(k + 1) && Lexicon.AGENT_LEADS.contains(r.norm[k + 1]))) {
      return null;
    }
    Phrase p = r.parseNP(k + 2, limit, false);
    if (p == null) {
      return null;
    }
    a.speaker = p;
    a.gender = Gender.UNKNOWN;
    if (!r.scanToContent(a, p.end, limit, false, STRONG_SKIP_BUDGET)) {
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

  /**
   * اتهام الوزارة … بأنه …، قول علماء إن …: a verbal noun whose genitive names a source (a name,
   * a title or an organisation) and whose complement is بأن (or إن after قول); null when no such
   * cue.
   */
  ExtractionRun.Anchor nominal(int i, int limit) {
    if (i > 0 && r.isWord(i - 1)) {
      String prev = r.norm[i - 1];
      if (prev.equals(FI) || prev.equals(KHILAL) || prev.equals(ABR)) {
        return null;
      }
    }
    Phrase p = r.parseNP(i + 1, limit, false);
    if (p == null || !(p.hasName() || p.hasTitle || p.type == SourceType.ORGANIZATION && r.norm[i + 1].startsWith("ال")
        || p.type == SourceType.ORGANIZATION && Lexicon.ORG_NOUNS.contains(r.norm[i + 1]))) {
      return null;
    }
    int k = r.anonymityClauseEnd(p.end, limit);
    if (r.isComma(k)) {
      k++;
    }
    boolean sayingWithInna = SAYING_WITH_INNA.contains(stripConj(r.norm[i])) && r.isComplementizer(k)
        && r.toks.get(k).text().startsWith("\u0625");
    if (!r.isWord(k) || !sayingWithInna && (!r.norm[k].startsWith("ب") || !r.isComplementizer(k))) {
      return null;
    }
    ExtractionRun.Anchor a = new ExtractionRun.Anchor();
    a.type = ExtractionRun.Type.NOMINAL;
    a.cueStart = i;
    a.cueEnd = i + 1;
    a.lemma = Normalizer.LIGHT.apply(r.toks.get(i).text());
    a.speaker = p;
    a.leadIn = i;
    a.contentTok = k + 1;
    a.hasContent = true;
    return a;
  }
}
