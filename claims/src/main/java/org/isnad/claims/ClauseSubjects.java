package org.isnad.claims;

import org.isnad.ner.model.TreebankLexicon;

/**
 * Finds the subjects of clauses near a cue, for speakers the cue does not write out:
 *
 * <ul>
 *   <li>{@link #before}: the subject of the closest clause before a cue whose verb carries its
 *       subject (وعبرت الوزيرة X عن قلقها …، وقالت؛ أشاد X بـ …، وقال), whether that clause's verb
 *       reports speech or not; the subject must be a source (a name, a title or role, an
 *       organisation or document noun), agree in gender with the cue and with its own verb, and
 *       lie outside quotation marks and outside any reported content.
 *   <li>{@link #preverbal}: a subject written before the cue in its own clause, after a clause
 *       opener (إلا أن X، المتحدثة باسم Y، نفت؛ كما أن جماعة X نفت؛ لكن X قال).
 * </ul>
 *
 * <p>A verb is a cue of the lexicon or a word the Penn Arabic Treebank tags mostly as a verb
 * ({@link TreebankLexicon}); its gender is feminine for a past form in ت (عبرت), masculine for
 * other singular forms. The backward scan stops at a floor the caller gives (the previous
 * speaker's cue or the start of the previous sentence), so each cue looks at a bounded window.
 * One instance per document; not thread-safe.
 */
final class ClauseSubjects {
  /** Longest preverbal subject, in tokens. */
  private static final int MAX_PREVERBAL = 14;
  /** Openers after which a clause with its subject first may start (إلا أن، كما أن، لكن). */
  private static final java.util.Set<String> OPENERS = Lexicon.set("إلا كما لكن ولكن بل غير حين بينما فيما");

  private final PhraseParser doc;
  private final boolean[] excluded;

  /**
   * @param doc      the document's tokens and phrase parser
   * @param excluded per token, true inside reported content (quotation marks are checked too)
   */
  ClauseSubjects(PhraseParser doc, boolean[] excluded) {
    this.doc = doc;
    this.excluded = excluded;
  }

  /**
   * The subject phrase of the closest clause that starts in {@code [floor, cue)} with a verb
   * followed by a source subject agreeing with {@code g}, or null.
   */
  Phrase before(int cue, int floor, Gender g) {
    for (int t = cue - 1; t >= Math.max(0, floor); t--) {
      if (!doc.isWord(t) || excluded[t] || doc.inside[t]) {
        continue;
      }
      Gender vg = verbGender(t);
      if (vg == null || !g.agreesWith(vg)) {
        continue;
      }
      int k = doc.timeEnd(t + 1, doc.sentEnd[t]);
      if (k >= cue || !doc.isWord(k) || excluded[k] || doc.inside[k]) {
        continue;
      }
      boolean saved = doc.baObjectVerb;
      doc.baObjectVerb = true; // أشاد X بجهود …، رحبت X بالقرار: the ب object ends the subject
      Phrase p = doc.parseNP(k, Math.min(cue, doc.sentEnd[t]), false);
      doc.baObjectVerb = saved;
      if (p != null && isSource(p) && g.agreesWith(p.gender) && vg.agreesWith(p.gender)) {
        return p;
      }
    }
    return null;
  }

  /**
   * The subject written before the verb at {@code cue} in its own clause, after a clause opener
   * (an opener word, an opener + أن, or the start of the sentence), or null.
   */
  Phrase preverbal(int cue, Gender g) {
    int end = cue;
    while (end - 1 >= 0 && (doc.isComma(end - 1) || doc.isWord(end - 1)
        && (doc.norm[end - 1].equals(QAD) || doc.norm[end - 1].equals(WA_QAD)))) {
      end--;
    }
    int lowest = Math.max(doc.sentStart[cue], cue - MAX_PREVERBAL);
    for (int s = lowest; s < end; s++) {
      if (!opensClause(s) || excluded[s] || doc.inside[s] || !doc.isWord(s)
          || verbGender(s) != null && !doc.isTitle(doc.norm[s])) {
        continue;
      }
      Phrase p = doc.parseNP(s, end, false);
      if (p != null && p.end >= end - 1 && onlyCommasBetween(p.end, end) && isSource(p) && g.agreesWith(p.gender)
          && (s != doc.sentStart[s] || headed(p))) {
        return p;
      }
    }
    return null;
  }

  private boolean onlyCommasBetween(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!doc.isComma(k)) {
        return false;
      }
    }
    return true;
  }

  /** True when a clause may start at token {@code s}: sentence start, after an opener, or after opener + أن. */
  private boolean opensClause(int s) {
    if (s == doc.sentStart[s]) {
      return true;
    }
    if (!doc.isWord(s - 1)) {
      return false;
    }
    String prev = doc.norm[s - 1];
    if (OPENERS.contains(prev) || Lexicon.SUBJECT_FIRST_OPENERS.contains(prev)) {
      return true;
    }
    return (prev.equals(AN) || prev.equals(INNA)) && s - 2 >= 0 && doc.isWord(s - 2)
        && OPENERS.contains(doc.norm[s - 2]);
  }

  /** True when the phrase starts with a title, an organisation or document noun, or a first name. */
  private boolean headed(Phrase p) {
    String head = DocumentTokens.stripConjIfLong(doc.norm[p.start]);
    return doc.isTitle(head) || Lexicon.ORG_NOUNS.contains(head) || Lexicon.DOCUMENT_NOUNS.contains(head)
        || Lexicon.isFirstName(head);
  }

  /** A phrase that can be a source: a name, a title or role, an organisation or document noun. */
  private boolean isSource(Phrase p) {
    if (p.hasName() && p.type == SourceType.PERSON) {
      return p.nameEnd - p.nameStart >= 2 || p.hasTitle || Lexicon.isFirstName(doc.norm[p.nameStart]);
    }
    String head = DocumentTokens.stripConjIfLong(doc.norm[p.start]);
    return p.hasTitle || Lexicon.ORG_NOUNS.contains(head) || Lexicon.DOCUMENT_NOUNS.contains(head);
  }

  /** The gender a verb at {@code t} marks, or null when {@code t} is no third-person verb. */
  Gender verbGender(int t) {
    String w = doc.norm[t];
    String bare = DocumentTokens.stripConj(w);
    if (Lexicon.IMPERSONAL.contains(w) || Lexicon.PASSIVE_AUX.contains(w) || Lexicon.NP_STOPS.contains(w)) {
      return null;
    }
    boolean verb = doc.cue(t) != null || isVerb(bare);
    String written = doc.toks.get(t).text();
    boolean tehMarbuta = !written.isEmpty() && written.charAt(written.length() - 1) == '\u0629';
    for (int k = 0; !verb && !tehMarbuta && !Lexicon.isFirstName(bare) && k < OBJECT_PRONOUNS.length; k++) {
      // an object pronoun on the verb (ما أكده X، وصفها X)
      String suffix = OBJECT_PRONOUNS[k];
      if (bare.length() > suffix.length() + 2 && bare.endsWith(suffix)) {
        String stem = bare.substring(0, bare.length() - suffix.length());
        verb = DocumentTokens.CUES.lookup(stem) != null || isVerb(stem);
        bare = verb ? stem : bare;
      }
    }
    if (!verb) {
      return null;
    }
    if (bare.endsWith("وا") || bare.endsWith("ون")) {
      return Gender.UNKNOWN;
    }
    return bare.endsWith("ت") && bare.length() > 3 ? Gender.FEMININE : Gender.MASCULINE;
  }

  /** True when the treebank tags {@code w} (SEARCH form) mostly as a common noun or adjective, not a name. */
  static boolean isCommonWord(String w) {
    if (Lexicon.isFirstName(w)) {
      return false;
    }
    int[] c = TreebankLexicon.get().counts(DocumentTokens.stripConj(w));
    return c != null && c[TreebankLexicon.NOUN] + c[TreebankLexicon.ADJ] > c[TreebankLexicon.PROPER];
  }

  private static boolean isVerb(String w) {
    int[] c = TreebankLexicon.get().counts(w);
    return c != null && c[TreebankLexicon.VERB] > 0
        && c[TreebankLexicon.VERB] >= c[TreebankLexicon.NOUN] + c[TreebankLexicon.ADJ] + c[TreebankLexicon.PROPER];
  }

  private static final String[] OBJECT_PRONOUNS = {"ها", "ه"};

  private static final String QAD = Lexicon.set("قد").iterator().next();
  private static final String WA_QAD = Lexicon.set("وقد").iterator().next();
  private static final String AN = Lexicon.set("أن").iterator().next();
  private static final String INNA = Lexicon.set("إن").iterator().next();
}
