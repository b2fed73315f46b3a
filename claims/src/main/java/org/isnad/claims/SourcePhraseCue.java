package org.isnad.claims;

import java.util.Set;
import org.isnad.core.Normalizer;
import org.isnad.core.TokenType;

/**
 * Source phrases: a preposition or adverb of accordance and the source it names, attached to the
 * clause before or after it.
 *
 * <ul>
 *   <li>the phrase: بحسب / حسب / وفقا لـ / طبقا لـ / وفق ما / نقلا عن / استنادا إلى / على لسان /
 *       على حد قول, and the verb forms حسبما / بحسب ما / وفق ما followed by a cue verb (حسبما
 *       أفادت الوكالة) or a document verb (حسب ما جاء في التقرير، وفق ما ورد في البيان); a view
 *       noun may stand before the source (وحسب رأي الخبير، بحسب تقديرات المنظمة);
 *   <li>which clause: at the start of a sentence, or glued to و after a comma (…، وحسب الإذاعة،
 *       كانت …), the phrase takes the clause after it (after its comma or فإن); otherwise the
 *       clause before it (…، وفق تقديرات المنظمة.); with a cue verb and no comma on either side
 *       (وسيقوم الفريق بحسب ما أعلن الموقع بتكريم …) it stands inside its clause and takes the
 *       whole sentence;
 *   <li>a possessed saying noun (وحسب قولها فإن …) takes the clause after it with the speaker
 *       carried by its pronoun; after a clause (حسب قوله، على حد تعبيره) it only ends the clause;
 *   <li>a relayed source (حسبما نقلت الوكالة عن بيان للمجلس) names the original source as the
 *       speaker and the relaying outlet as the medium;
 *   <li>norms, definitions and schedules are no sources (وفقا للقانون، حسب بعض التعاريف، حسب
 *       التصنيفات).
 * </ul>
 *
 * Reads a window of a few tokens around the phrase; one instance per extraction run.
 */
final class SourcePhraseCue {

  /** Source prepositions written together with ما (حسبما أفادت الوكالة). */
  private static final Set<String> GLUED_MA = Lexicon.set("حسبما بحسبما");
  /** Verbal nouns of saying that take the source as their genitive (على حد قول الوزير). */
  private static final Set<String> SAYING_NOUNS = Lexicon.set("قول تعبير وصف زعم رواية");
  /** Nouns of a view or estimate between a source preposition and its source (حسب رأي الخبير). */
  private static final Set<String> VIEW_NOUNS = Lexicon.set(
      "رأي قول تعبير رواية تقدير تقديرات زعم اعتقاد تصريحات تصريح إفادة شهادة معلومات");
  /** Verbs of a document's wording after حسب ما / وفق ما: جاء في، ورد في. */
  private static final Set<String> DOCUMENT_VERBS = Lexicon.set("جاء ورد");
  /** Prepositions with a pronoun that may follow the verb of a source phrase (حسب ما أفادت به). */
  private static final Set<String> VERB_COMPLEMENTS = Lexicon.set("به بها عنه عنها");
  /** Bare heads of norms, definitions and schedules: what they govern is no attribution. */
  private static final Set<String> NORM_NOUNS = Lexicon.set(
      "قانون قوانين تعريف تعاريف تعريفات معيار معايير تصنيف تصنيفات نظام أنظمة دستور لائحة لوائح قاعدة"
      + " قواعد شرط شروط اتفاق اتفاقية خطة خطط جدول مخطط عادة تقاليد ترتيب حاجة ظروف أولويات مبدأ مبادئ"
      + " شريعة أحكام نص نصوص مادة بند بنود توقيت تقويم مواصفات مقاييس مقياس الأصول أصول حجم نوع أنواع"
      + " طريقة منهج منهجية سياسة ضوابط تعليمات إجراءات مرسوم");
  private static final String NAQL_LEMMA = "نقل";
  private static final int MIN_CLAUSE_TOKENS = 3;
  /** Fewest tokens before a source phrase with a verb that stands inside its clause. */
  private static final int MIN_INSIDE_TOKENS = 2;

  private final ExtractionRun r;

  SourcePhraseCue(ExtractionRun run) {
    this.r = run;
  }

  /** The source phrase starting at token i, or null when none starts there. */
  ExtractionRun.Anchor match(int i, int limit) {
    String w = r.norm[i];
    String bare = w.length() > 2 && w.charAt(0) == '\u0648' ? w.substring(1) : w;
    if (is(DocumentTokens.SOURCE_PREPS, w, bare) || is(GLUED_MA, w, bare)) {
      return phrase(i, i + 1, limit, false);
    }
    if (is(DocumentTokens.SOURCE_ACCORDING, w, bare) && r.isWord(i + 1) && r.norm[i + 1].charAt(0) == '\u0644') {
      return phrase(i, i + 1, limit, true);
    }
    if (bare.equals(DocumentTokens.WIFQ) || w.equals(DocumentTokens.WIFQ)) {
      return r.isWord(i + 1) && r.norm[i + 1].equals(DocumentTokens.MA) ? phrase(i, i + 1, limit, false) : null;
    }
    if ((bare.equals(DocumentTokens.NAQLAN) || w.equals(DocumentTokens.NAQLAN)) && next(i, DocumentTokens.AN_PREP)) {
      return phrase(i, i + 2, limit, false);
    }
    if ((bare.equals(DocumentTokens.ISTINADAN) || w.equals(DocumentTokens.ISTINADAN)) && next(i, DocumentTokens.ILA)) {
      return phrase(i, i + 2, limit, false);
    }
    if (bare.equals(DocumentTokens.ALA) || w.equals(DocumentTokens.ALA)) {
      if (next(i, DocumentTokens.HADD) && r.isWord(i + 2) && DocumentTokens.POSSESSED_SAYINGS.contains(r.norm[i + 2])) {
        return trailingAttribution(i, i + 3);
      }
      if (next(i, DocumentTokens.HADD) && r.isWord(i + 2) && SAYING_NOUNS.contains(r.norm[i + 2])) {
        return phrase(i, i + 3, limit, false);
      }
      if (next(i, DocumentTokens.LISAN)) {
        return phrase(i, i + 2, limit, false);
      }
    }
    return null;
  }

  private static boolean is(Set<String> set, String w, String bare) {
    return set.contains(w) || set.contains(bare);
  }

  private boolean next(int i, String word) {
    return r.isWord(i + 1) && r.norm[i + 1].equals(word);
  }

  private ExtractionRun.Anchor phrase(int i, int after, int limit, boolean stripLam) {
    ExtractionRun.Anchor a = new ExtractionRun.Anchor();
    a.type = ExtractionRun.Type.SOURCE;
    a.cueStart = i;
    a.cueEnd = after;
    String raw = r.toks.get(i).text();
    a.lemma = Normalizer.LIGHT.apply(raw.startsWith("و") && DocumentTokens.stripConj(r.norm[i]).length() < r.norm[i].length()
        ? raw.substring(1) : raw);
    int np = after;
    boolean glued = GLUED_MA.contains(DocumentTokens.stripConj(r.norm[i])) || GLUED_MA.contains(r.norm[i]);
    boolean withVerb = glued || r.isWord(after) && r.norm[after].equals(DocumentTokens.MA);
    if (withVerb) {
      int v = glued ? after : after + 1;
      if (!r.isWord(v)) {
        return null;
      }
      String vw = r.norm[v];
      CueLexicon.Form f = verbForm(vw);
      if (f != null) {
        a.lemma = f.lemma();
        np = v + 1;
      } else if (DOCUMENT_VERBS.contains(DocumentTokens.stripConj(vw)) && r.isWord(v + 1)
          && r.norm[v + 1].equals(DocumentTokens.FI)) {
        a.lemma = Normalizer.LIGHT.apply(r.toks.get(v).text());
        np = v + 2;
      } else {
        return null;
      }
      a.cueEnd = v + 1;
      if (r.isWord(np) && VERB_COMPLEMENTS.contains(r.norm[np])) {
        np++;
      }
    }
    boolean forward = r.sentenceInitial(i) || raw.startsWith("و") && r.isComma(i - 1);
    if (r.isWord(np) && DocumentTokens.POSSESSED_SAYINGS.contains(r.norm[np])) {
      return forward ? possessedSaying(a, np, limit) : trailingAttribution(i, np + 1);
    }
    if (!withVerb && r.isWord(np) && VIEW_NOUNS.contains(r.norm[np]) && r.isWord(np + 1)) {
      np++;
    }
    Phrase p = r.parseNP(np, limit, stripLam);
    if (p == null || !p.isSourceLike() && p.end - p.start > 4 || isNorm(p)) {
      return null;
    }
    if (NAQL_LEMMA.equals(a.lemma) && r.isWord(p.end) && r.norm[p.end].equals(DocumentTokens.AN_PREP)) {
      Phrase original = r.parseNP(p.end + 1, limit, false);
      if (original != null) {
        r.setMedium(a, p.start, p.end);
        p = original;
      }
    }
    a.speaker = p;
    a.leadIn = r.leadIn(i);
    if (forward && contentAfter(a, p.end, limit)) {
      return a;
    }
    if (r.sentenceInitial(i)) {
      return null;
    }
    // a trailing source phrase: the content is what precedes it in the sentence
    int k = p.end;
    while (k < limit) {
      int m = r.mediumEnd(k, limit);
      if (m > k) {
        r.setMedium(a, k, m);
        k = m;
      } else if (r.toks.get(k).type() == TokenType.PUNCT && !r.isComma(k)) {
        k++;
      } else if (r.timeEnd(k, limit) > k) {
        k = r.timeEnd(k, limit);
      } else {
        break;
      }
    }
    int start = r.sentStart[i];
    if (k < limit && !r.isComma(k)) {
      if (withVerb && !r.isComma(i - 1) && a.leadIn - start >= MIN_INSIDE_TOKENS && p.isSourceLike()) {
        // inside its clause, no comma on either side: the whole sentence is the content
        return clause(a, start, r.sentEnd[i]);
      }
      return r.isComma(i - 1) ? trailingAttribution(i, a.cueEnd) : null;
    }
    int before = a.leadIn;
    while (before > start && r.isComma(before - 1)) {
      before--;
    }
    return before - start < MIN_CLAUSE_TOKENS ? null : clause(a, start, before);
  }

  private static ExtractionRun.Anchor clause(ExtractionRun.Anchor a, int start, int end) {
    a.clauseBefore = true;
    a.beforeStart = start;
    a.beforeEnd = end;
    a.hasContent = true;
    a.contentTok = -1;
    return a;
  }

  /** A cue verb after حسب ما, also with an object pronoun (حسبما أوردته الصحيفة). */
  private static CueLexicon.Form verbForm(String vw) {
    CueLexicon.Form f = DocumentTokens.CUES.lookup(vw);
    if (f == null) {
      for (String suf : DocumentTokens.OBJECT_SUFFIXES) {
        if (vw.endsWith(suf) && vw.length() > suf.length() + 2) {
          f = DocumentTokens.CUES.lookup(vw.substring(0, vw.length() - suf.length()));
          if (f != null) {
            break;
          }
        }
      }
    }
    return f;
  }

  /** True when the phrase names a norm, definition or schedule rather than a source. */
  private boolean isNorm(Phrase p) {
    for (int k = p.start; k < p.end && k < p.start + 3; k++) {
      if (r.isWord(k)) {
        String w = DocumentTokens.stripConj(r.norm[k]);
        if (w.startsWith("لل") && w.length() > 3) {
          w = "ال" + w.substring(2);
        } else if (w.length() > 3 && (w.charAt(0) == '\u0644' || w.charAt(0) == '\u0628')) {
          w = w.substring(1);
        }
        String bare = SpeakerResolver.stripArticle(w);
        if (NORM_NOUNS.contains(bare) || NORM_NOUNS.contains(w)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Finds the clause after the phrase: past a medium, commas and time words, after a comma or فإن. */
  private boolean contentAfter(ExtractionRun.Anchor a, int from, int limit) {
    int k = from;
    while (k < limit) {
      int m = r.mediumEnd(k, limit);
      if (m > k) {
        r.setMedium(a, k, m);
        k = m;
      } else if (r.isComma(k)) {
        k++;
      } else if (r.timeEnd(k, limit) > k) {
        k = r.timeEnd(k, limit);
      } else {
        break;
      }
    }
    boolean fa = r.isWord(k) && r.norm[k].equals(DocumentTokens.FA_INNA);
    if (k >= limit || !r.isComma(k - 1) && !fa || !r.isWord(k) && !r.isQuote(k)) {
      return false;
    }
    a.contentTok = fa ? k + 1 : k;
    if (a.contentTok >= limit) {
      return false;
    }
    a.hasContent = true;
    return true;
  }

  /** وحسب قولها فإن …: the clause after, its speaker carried by the pronoun. */
  private ExtractionRun.Anchor possessedSaying(ExtractionRun.Anchor a, int np, int limit) {
    String w = r.norm[np];
    a.cueEnd = np + 1;
    a.gender = w.endsWith("ها") ? Gender.FEMININE : w.endsWith("هم") ? Gender.UNKNOWN : Gender.MASCULINE;
    a.leadIn = r.leadIn(a.cueStart);
    return contentAfter(a, np + 1, limit) ? a : trailingAttribution(a.cueStart, np + 1);
  }

  /** حسب قوله، على حد تعبيره: ends the clause before it, attributes nothing new. */
  ExtractionRun.Anchor trailingAttribution(int i, int end) {
    ExtractionRun.Anchor a = new ExtractionRun.Anchor();
    a.type = ExtractionRun.Type.SOURCE;
    a.cueStart = i;
    a.cueEnd = end;
    a.lemma = r.toks.get(i).text();
    a.leadIn = r.leadIn(i);
    a.boundaryOnly = true;
    return a;
  }
}
