package org.isnad.claims;

import java.util.Set;

/**
 * Cues where a document speaks: the wording of a statement, report or recording.
 *
 * <ul>
 *   <li>a document noun followed by جاء فيه / ورد فيه / قال فيه (أصدرت الوزارة بيانا جاء فيه أن …،
 *       نشر رسالة قال فيها: "…"): the document is the speaker, written before the cue;
 *   <li>جاء / ورد + في + a document or medium noun phrase (وجاء في البيان أن …، وورد في تقرير صادر
 *       عن اللجنة: "…"، وجاء أيضا في تسجيل بث على الإنترنت: …): the document phrase is the speaker;
 *   <li>a noun of news or message with مفاده / مفادها (بخبر مفاده أن …، برسالة مفادها أن …): the
 *       speaker is carried by the clause that sends it.
 * </ul>
 *
 * Each needs its content right after (أن/إن, a colon or a quotation), so that جاء في المرتبة
 * الثانية or جاء ذلك في بيان (a back reference with no content) are no quotes. One instance per
 * extraction run.
 */
final class DocumentCue {

  private static final Set<String> WORDING_VERBS = Lexicon.set("جاء ورد");
  private static final Set<String> IN_IT = Lexicon.set("فيه فيها");
  private static final Set<String> GIST = Lexicon.set("مفاده مفادها");
  private static final Set<String> ALSO = Lexicon.set("أيضا كذلك");
  /** Words of a document phrase the scan may pass before its content (بث على الإنترنت، صادر عن). */
  private static final int DOCUMENT_SKIP_BUDGET = 6;

  private final ExtractionRun r;

  DocumentCue(ExtractionRun run) {
    this.r = run;
  }

  /** The document cue at token i, or null when none starts there. */
  ExtractionRun.Anchor match(int i, int limit) {
    String w = r.norm[i];
    String bare = DocumentTokens.stripConj(w);
    if (GIST.contains(w)) {
      return gist(i, limit);
    }
    boolean wording = WORDING_VERBS.contains(w) || WORDING_VERBS.contains(bare);
    if (!wording || r.inside[i]) {
      return null;
    }
    if (r.isWord(i + 1) && IN_IT.contains(r.norm[i + 1])) {
      return inIt(i, limit);
    }
    int k = i + 1;
    while (k < limit && r.isWord(k) && ALSO.contains(r.norm[k])) {
      k++;
    }
    if (!r.isWord(k) || !r.norm[k].equals(DocumentTokens.FI) || !r.isWord(k + 1) || !documentNoun(k + 1)) {
      return null;
    }
    ExtractionRun.Anchor a = anchor(i, i + 1);
    if (r.possessed(k + 1)) {
      // وجاء في حديثه أن …: the possessor speaks, carried by the pronoun
      String doc = r.norm[k + 1];
      a.gender = doc.endsWith("ها") ? Gender.FEMININE : doc.endsWith("هم") ? Gender.UNKNOWN : Gender.MASCULINE;
      r.setMedium(a, k, k + 2);
      return r.scanToContent(a, k + 2, limit, false, 0) ? a : null;
    }
    Phrase p = r.parseNP(k + 1, limit, false);
    if (p == null) {
      return null;
    }
    a.speaker = p;
    int from = p.end;
    if (r.isWord(from) && r.norm[from].equals(DocumentTokens.AN_PREP)) {
      // بيان صادر عن الحكومة: the issuer belongs to the document phrase
      Phrase issuer = r.parseNP(from + 1, limit, false);
      from = issuer == null ? from : issuer.end;
    }
    return r.scanToContent(a, from, limit, false, DOCUMENT_SKIP_BUDGET) ? a : null;
  }

  /** بيانا جاء فيه أن …: the document written just before the cue is the speaker. */
  private ExtractionRun.Anchor inIt(int i, int limit) {
    int doc = i - 1;
    if (doc < r.sentStart[i] || !r.isWord(doc) || !documentNoun(doc)) {
      return null;
    }
    ExtractionRun.Anchor a = anchor(i, i + 2);
    Phrase p = r.parseNP(doc, i, false);
    if (p != null) {
      a.speaker = p;
      a.preverbal = true;
    }
    return r.scanToContent(a, i + 2, limit, false, 0) ? a : null;
  }

  /** بخبر مفاده أن …: content after أن, speaker carried by the sending clause. */
  private ExtractionRun.Anchor gist(int i, int limit) {
    if (!r.isComplementizer(i + 1) || i + 2 >= limit) {
      return null;
    }
    ExtractionRun.Anchor a = anchor(i, i + 1);
    a.contentTok = i + 2;
    a.hasContent = true;
    return a;
  }

  private ExtractionRun.Anchor anchor(int i, int end) {
    ExtractionRun.Anchor a = new ExtractionRun.Anchor();
    a.type = ExtractionRun.Type.VERB;
    a.cueStart = i;
    a.cueEnd = end;
    a.lemma = org.isnad.core.Normalizer.LIGHT.apply(DocumentTokens.stripConj(r.toks.get(i).text()));
    a.leadIn = r.leadIn(i);
    return a;
  }

  /** A document or medium noun, also indefinite accusative as written (بيانا، رسالة، تسجيل). */
  private boolean documentNoun(int k) {
    String w = r.norm[k];
    String acc = w.length() > 3 && w.endsWith("ا") ? w.substring(0, w.length() - 1) : w;
    return Lexicon.DOCUMENT_NOUNS.contains(w) || Lexicon.DOCUMENT_NOUNS.contains(acc)
        || Lexicon.MEDIUM_EVENT_NOUNS.contains(w) || Lexicon.MEDIUM_EVENT_NOUNS.contains(acc);
  }
}
