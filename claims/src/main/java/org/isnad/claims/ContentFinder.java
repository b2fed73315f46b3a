package org.isnad.claims;

import static org.isnad.claims.DocumentTokens.CLOSE_PAREN;
import static org.isnad.claims.DocumentTokens.CUES;
import static org.isnad.claims.DocumentTokens.FI;
import static org.isnad.claims.DocumentTokens.n;
import static org.isnad.claims.DocumentTokens.prepositional;
import static org.isnad.claims.DocumentTokens.stripConj;

import java.util.List;
import java.util.Set;
import org.isnad.claims.ExtractionRun.Anchor;
import org.isnad.claims.ExtractionRun.Type;
import org.isnad.core.TokenType;

/**
 * Decides the content span and kind of each cue's quote, once every cue of the document is known:
 *
 * <ul>
 *   <li>a quotation found by the cue is DIRECT: the text inside the marks, trimmed; when it is a
 *       fragment of a running clause (ودعا "…" إلى التعاون، أعلنت عزمها … و"…" في …) the whole
 *       clause is the content, MIXED;
 *   <li>a clause after a complementizer or a colon runs to the end of its sentence, or to the start
 *       of the next cue's statement when that cue is separated from it (a lead-in, a participle, a
 *       source phrase, a conjunction glued to the verb, حيث / إذ, a time adverbial glued to و, مع
 *       أنه), or to a contrast after a comma (، في حين، ، إلا أن، ، علما أن، ، على أن، ، بينما);
 *       cues inside it that are not separated are nested in it and give no quote of their own;
 *   <li>a clause that opens with a quotation followed only by punctuation is DIRECT; a clause
 *       coordinated after it (… "…"، وأن …) keeps the clause; quotation marks around a short name
 *       or term do not make a clause MIXED;
 *   <li>a source phrase's clause before it is dropped when another cue in that clause already
 *       has content.
 * </ul>
 *
 * Each content is read once, over its own tokens: linear in the document.
 */
final class ContentFinder {

  private final ExtractionRun r;

  ContentFinder(ExtractionRun run) {
    this.r = run;
  }

  /** Sets the content span and kind of every anchor that has content, marking nested cues. */
  void compute(List<Anchor> anchors) {
    for (int x = 0; x < anchors.size(); x++) {
      Anchor a = anchors.get(x);
      if (!a.hasContent || a.boundaryOnly || a.nested) {
        continue;
      }
      if (a.clauseBefore) {
        int s = a.beforeStart;
        int e = a.beforeEnd;
        // anchors are in text order: only those of this sentence can stand inside [s, e)
        for (int y = x - 1; y >= 0 && anchors.get(y).cueStart >= s; y--) {
          Anchor b = anchors.get(y);
          if (b.hasContent && !b.clauseBefore && b.cueStart < e) {
            a.hasContent = false;
          }
        }
        for (int y = x + 1; y < anchors.size() && anchors.get(y).cueStart < e; y++) {
          Anchor b = anchors.get(y);
          if (b.hasContent && !b.clauseBefore && b.cueStart >= s) {
            a.hasContent = false;
          }
        }
        if (!a.hasContent) {
          continue;
        }
        setClauseContent(a, s, e);
        continue;
      }
      if (a.direct != null && fragmentOfClause(a)) {
        setClauseContent(a, a.clauseFrom, clauseEnd(anchors, x, a.clauseFrom));
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
      if (start < 0 || start >= r.n) {
        a.hasContent = false;
        continue;
      }
      setClauseContent(a, start, clauseEnd(anchors, x, start));
    }
  }

  /** Prepositions after a closing mark that continue the cue's clause (ودعا "…" إلى التعاون). */
  private static final Set<String> CONTINUING_PREPS = Lexicon.set("إلى على عن من مع ب ل");

  /**
   * True when the quotation of a cue is a fragment of a longer clause, which then is the content:
   * the clause goes on after the closing mark with a word that is no cue, medium, time word or
   * complementizer, and either narrator words stand between the cue and the mark (أعلنت عزمها …
   * و"…" في …) or the word after the mark continues the verb's government (ودعا "…" إلى …).
   */
  private boolean fragmentOfClause(Anchor a) {
    QuotationPairer.Region q = a.direct;
    if (a.clauseFrom < 0 || !q.closed() || q.depth != 1) {
      return false;
    }
    int k = q.close + 1;
    int limit = r.sentEnd[q.open];
    if (k >= limit || !r.isWord(k) || r.cue(k) != null || r.mediumEnd(k, limit) > k || r.isTimeStart(k)
        || r.isComplementizer(k) || Lexicon.PRONOUN_LEADS.contains(r.norm[k])) {
      return false;
    }
    return a.clauseFrom < q.open || CONTINUING_PREPS.contains(r.norm[k]) || r.norm[k].length() > 3 && prepositional(r.norm[k]);
  }

  /**
   * End (exclusive token) of the clause content that starts at {@code start} for anchor x: the
   * sentence end, or the start of the next cue's statement when that cue is separated from this
   * clause; the cues in between are nested in it.
   */
  private int clauseEnd(List<Anchor> anchors, int x, int start) {
    Anchor a = anchors.get(x);
    int end = a.colonSpeech ? paragraphEnd(start) : r.sentEnd[start];
    int stop = x + 1;
    for (; stop < anchors.size(); stop++) {
      Anchor b = anchors.get(stop);
      if (b.cueStart < start) {
        continue;
      }
      if (b.cueStart >= end) {
        break;
      }
      int opener = statementStart(b, start);
      boolean separated = b.leadIn < b.cueStart || b.type == Type.PARTICIPLE || b.type == Type.SOURCE
          || speechAfterColon(b)
          || b.type == Type.VERB && CUES.exact(r.norm[b.cueStart]) == null || opener < b.leadIn;
      if (separated) {
        end = Math.max(start + 1, opener);
        break;
      }
    }
    if (!a.colonSpeech) {
      // read only up to the next separated cue, so every token is read for one clause
      end = contrastEnd(start, end);
    }
    for (int y = x + 1; y < stop; y++) {
      Anchor b = anchors.get(y);
      if (b.cueStart >= start && b.cueStart < end) {
        b.nested = true;
      }
    }
    return end;
  }

  /** True when a cue introduces its own speech with a colon (ومرة قال: …): a new statement. */
  private boolean speechAfterColon(Anchor b) {
    if (!b.hasContent || b.boundaryOnly) {
      return false;
    }
    int first = b.direct != null ? b.direct.open : b.contentTok;
    int k = first - 1;
    if (k > b.cueStart && r.isComplementizer(k)) {
      k--;
    }
    return k >= b.cueEnd && r.isPunct(k, DocumentTokens.COLON);
  }

  /** Token after the paragraph of each token, computed on first use in one backward pass. */
  private int[] paragraphEnds;

  /** Token after the paragraph (block) of token t. */
  private int paragraphEnd(int t) {
    if (paragraphEnds == null) {
      paragraphEnds = new int[r.n];
      for (int k = r.n - 1; k >= 0; k--) {
        paragraphEnds[k] = k + 1 < r.n && r.blockOf[k + 1] == r.blockOf[k] ? paragraphEnds[k + 1] : k + 1;
      }
    }
    return paragraphEnds[t];
  }

  /** The preposition ب written apart before a quoted predicate (وصف الاتفاق ب "…"). */
  private static final String BA = n("ب");
  /** Adverbs of occasion that, glued to و, open a new statement (ومرة قال، وتارة يقول). */
  private static final Set<String> OCCASIONS = Lexicon.set("مرة تارة أحيانا حينا");

  /** Words that open a new statement inside a clause: حيث أعلن، إذ قال. */
  private static final Set<String> STATEMENT_OPENERS = Lexicon.set("حيث وحيث إذ وإذ");
  private static final String MAA = n("مع");

  /**
   * Where the statement of an inner cue begins, no earlier than {@code floor}: before its lead-ins
   * and before an opener that ends the clause before it — حيث or إذ (حيث أعلن X أن), a time
   * adverbial glued to و or after a comma (ومؤخرا أعلنت), a concession (مع أنه صرح أن). Equal to
   * its lead-in start when nothing opens a new statement there.
   */
  private int statementStart(Anchor b, int floor) {
    int k = b.leadIn;
    if (k - 2 >= floor && r.isWord(k - 1) && Lexicon.SUFFIXED_COMPLEMENTIZERS.contains(r.norm[k - 1])
        && r.isWord(k - 2) && stripConj(r.norm[k - 2]).equals(MAA)) {
      return k - 2;
    }
    if (k - 1 >= floor && r.isWord(k - 1) && STATEMENT_OPENERS.contains(r.norm[k - 1])) {
      return k - 1;
    }
    int t = k;
    while (t - 1 >= floor && r.isWord(t - 1) && t > k - 3
        && (Lexicon.TIME_WORDS.contains(r.norm[t - 1]) || Lexicon.TIME_WORDS.contains(stripConj(r.norm[t - 1]))
        || OCCASIONS.contains(stripConj(r.norm[t - 1])))) {
      t--;
    }
    if (t < k && (stripConj(r.norm[t]).length() < r.norm[t].length() || r.isComma(t - 1))) {
      return t;
    }
    return k;
  }

  private void setClauseContent(Anchor a, int s, int e) {
    int last = e - 1;
    while (last >= s && (r.toks.get(last).type() == TokenType.PUNCT && !r.isPunct(last, CLOSE_PAREN))) {
      last--;
    }
    if (last < s) {
      a.hasContent = false;
      return;
    }
    int first = s;
    if (r.isQuote(first) && r.regionAt[first] >= 0) {
      QuotationPairer.Region q = r.regions.get(r.regionAt[first]);
      int after = q.closed() ? q.close : q.after();
      boolean onlyQuote = after >= last || q.closed() && r.isComma(q.close + 1) && !coordinatedClause(q.close + 2);
      if (onlyQuote && q.depth == 1 && r.wordsIn(q) > 0) {
        a.kind = QuoteKind.DIRECT;
        a.contentStart = q.innerStart;
        a.contentEnd = q.innerEnd;
        trimContent(a);
        return;
      }
    }
    a.contentStart = r.toks.get(first).start();
    a.contentEnd = r.toks.get(last).end();
    boolean mixed = false;
    for (int k = first; k <= last; k++) {
      if (r.isQuote(k) && r.regionAt[k] >= 0) {
        QuotationPairer.Region q = r.regions.get(r.regionAt[k]);
        int words = r.wordsIn(q);
        boolean term = words <= 2 && k > first && !r.norm[k - 1].equals(BA) && (r.namesFollow(k - 1)
            || r.isWord(k + 1) && r.hasArticle(k + 1));
        if (!term) {
          mixed = true;
        }
      } else if (r.isQuote(k) && r.regionAt[k] < 0 && r.regionClosing[k] < 0) {
        mixed = mixed || k == last;
      }
    }
    a.kind = mixed ? QuoteKind.MIXED : QuoteKind.INDIRECT;
    int words = 0;
    for (int k = first; k <= last; k++) {
      if (r.isWord(k) || r.toks.get(k).type() == TokenType.NUMBER) {
        words++;
      }
    }
    boolean afterPronoun = s > 0 && r.isWord(s - 1) && Lexicon.SUFFIXED_COMPLEMENTIZERS.contains(r.norm[s - 1]);
    if (words < (afterPronoun ? 1 : 2)) {
      a.hasContent = false;
    }
  }

  /** True when a clause coordinated under the same cue starts at k (وأن، وإن، وبأن، وأنه). */
  private boolean coordinatedClause(int k) {
    if (!r.isWord(k) || r.norm[k].length() < 3 || r.norm[k].charAt(0) != '\u0648') {
      return false;
    }
    String rest = r.norm[k].substring(1);
    return Lexicon.COMPLEMENTIZERS.contains(rest) || Lexicon.SUFFIXED_COMPLEMENTIZERS.contains(rest);
  }

  /** Words that, after a comma, open a contrast and so end an indirect clause (، في حين، ، إلا أن). */
  private static final Set<String> CONTRASTS = Lexicon.set("إلا غير بيد علما على");
  private static final Set<String> CONTRAST_ALONE = Lexicon.set("بينما وبينما");

  /**
   * First token of a contrast after a comma between start and end (، إلا أن، ، علما أن، ، على أن،
   * ، غير أن، ، في حين، ، بينما), or end when there is none: an indirect clause ends there.
   */
  private int contrastEnd(int start, int end) {
    for (int k = start + 1; k + 1 < end; k++) {
      if (!r.isComma(k - 1) || !r.isWord(k)) {
        continue;
      }
      String w = r.norm[k];
      if (CONTRAST_ALONE.contains(w) || CONTRASTS.contains(w) && r.isComplementizer(k + 1)
          || w.equals(FI) && r.isWord(k + 1) && r.norm[k + 1].equals(HIN)) {
        return k - 1;
      }
    }
    return end;
  }

  private static final String HIN = n("حين");

  private void trimContent(Anchor a) {
    int s = a.contentStart;
    int e = a.contentEnd;
    while (s < e && Character.isWhitespace(r.text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(r.text.charAt(e - 1))) {
      e--;
    }
    a.contentStart = s;
    a.contentEnd = e;
    if (s >= e) {
      a.hasContent = false;
    }
  }
}
