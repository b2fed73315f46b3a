package org.isnad.claims;

import java.util.Set;
import org.isnad.core.TokenType;

/**
 * Cues of judgement with an object and a predicate, where the content is the object and what is
 * said of it (وصف الوزير الاتفاق بأنه تاريخي، اعتبر الحوار أمرا ضروريا، اتهم المعارضة "بالتخريب"،
 * واصفة الوضع بالخطير):
 *
 * <ul>
 *   <li>the verbs وصف، اعتبر، اتهم، لخص, their participles, and their forms with an object
 *       pronoun (وصفه، وصفها، اعتبره، ولخصها);
 *   <li>a subject after the verb is kept as the speaker only when it clearly names a person (a
 *       title or a first name); otherwise the first noun phrase is the object and the speaker is
 *       carried by the verb; a pronoun form in a relative clause needs its subject written
 *       or a clause after بأن (القرار الذي اعتبره الخبراء خطأ، التي وصفها بأنها "…", not الأسرى الذين تتهمهم بالانتماء), and vague subjects
 *       (البعض، كثيرون) name no source;
 *   <li>the predicate must show within a few words: a ب-word or بأن (بالخطير، بأنه، ب"…"), a
 *       quotation opening with ب, or, for the perfect and participle of اعتبر, an indefinite accusative (أمرا، خطوة مهمة
 *       after an accusative); with an object pronoun the content is the predicate alone (وصفها بأنها
 *       "…" gives the quotation), and a colon after the pronoun form introduces speech (ولخصها بثلاث
 *       عبارات: "…").
 * </ul>
 *
 * Looks at most {@link #MAX_OBJECT_TOKENS} tokens past the cue. One instance per extraction run.
 */
final class ObjectPredicateCue {

  /** Lemmas whose first noun phrase is usually their object. */
  static final Set<String> LEMMAS = Set.of("وصف", "اعتبر", "اتهم", "لخص");
  /** Lemmas whose predicate is an indefinite accusative (اعتبر القرار خطوة مهمة). */
  private static final Set<String> ACCUSATIVE_LEMMAS = Set.of("اعتبر");
  // imperfect forms of اعتبر are mostly passive (تعتبر المدينة مركزا): only the perfect and the
  // participle take the accusative frame
  /** Words ending in alif that are no accusative predicate. */
  private static final Set<String> NOT_PREDICATES = Lexicon.set(
      "أيضا جدا كذلك حاليا سابقا لاحقا مجددا أخيرا دائما أبدا تماما فقط خاصة عادة غالبا أحيانا معا هنا هذا إذا"
      + " أما إنما كلما بينما عندما طالما ربما لما مما عما فيما حينما");
  /** Vague subjects that name no source (اعتبره البعض، يصفه كثيرون). */
  private static final Set<String> VAGUE_SUBJECTS = Lexicon.set("البعض بعضهم كثيرون الكثيرون آخرون الآخرون الكثير");
  private static final int MAX_OBJECT_TOKENS = 8;
  private static final char BA = '\u0628';

  private final ExtractionRun r;

  ObjectPredicateCue(ExtractionRun run) {
    this.r = run;
  }

  /** The object-predicate quote whose cue is at token i, or null. */
  ExtractionRun.Anchor match(int i, int limit) {
    CueLexicon.Form f = r.cue(i);
    boolean pronoun = false;
    if (f == null) {
      f = DocumentTokens.CUES.withObjectPronoun(r.norm[i]);
      pronoun = f != null;
    }
    if (f == null || !LEMMAS.contains(f.lemma()) || f.firstPerson()) {
      return null;
    }
    ExtractionRun.Anchor a = new ExtractionRun.Anchor();
    a.type = f.role() == CueLexicon.Role.PARTICIPLE ? ExtractionRun.Type.PARTICIPLE : ExtractionRun.Type.VERB;
    a.cueStart = i;
    a.cueEnd = i + 1;
    a.lemma = f.lemma();
    a.gender = f.gender();
    a.leadIn = r.leadIn(i);
    int k = skipAdverbials(a, i + 1, limit);
    if (k >= limit || !r.isWord(k) && !r.isQuote(k)) {
      return null;
    }
    if (r.isWord(k) && (Lexicon.NP_STOPS.contains(r.norm[k]) || VAGUE_SUBJECTS.contains(r.norm[k]))) {
      return null;
    }
    int objectStart = k;
    if (a.type == ExtractionRun.Type.VERB) {
      Phrase p = r.isWord(k) ? r.parseNP(k, limit, false) : null;
      if (p != null && clearPerson(p)) {
        if (p.hasName() && p.nameEnd < p.end && r.isWord(p.nameEnd) && r.hasArticle(p.nameEnd)
            && !r.isTitle(r.norm[p.nameEnd])) {
          // the object follows the name (ووصف الوزير سامي العلي الاتفاق بأنه …)
          p.end = p.nameEnd;
          p.charEnd = r.toks.get(p.end - 1).end();
        }
        a.speaker = p;
        objectStart = r.isComma(p.end) ? p.end + 1 : p.end;
      } else if (p != null && pronoun && p.isSourceLike() && predicateAt(f, p.end, limit, true, i) >= 0) {
        a.speaker = p;
        objectStart = p.end;
      }
    }
    boolean relative = pronoun && a.speaker == null && r.isWord(i - 1) && Lexicon.RELATIVES.contains(r.norm[i - 1]);
    if (pronoun) {
      int colon = colonWithin(objectStart, limit);
      if (colon >= 0) {
        return r.scanToContent(a, colon, limit, false, 0) ? a : null;
      }
    }
    int predicate = predicateAt(f, objectStart, limit, pronoun, i);
    if (predicate < 0) {
      return null;
    }
    if (a.type == ExtractionRun.Type.VERB && a.speaker == null) {
      r.preverbalSubject(a, i);
    }
    boolean afterComplementizer = r.isComplementizer(predicate - 1);
    if (relative && !afterComplementizer) {
      // الأسرى الذين تتهمهم بالانتماء …: a relative clause narrates, unless it names its source
      // or reports a clause (التي وصفها بأنها "…")
      return null;
    }
    a.contentTok = pronoun && afterComplementizer ? predicate : objectStart;
    a.hasContent = a.contentTok < limit;
    return a.hasContent ? a : null;
  }

  private int skipAdverbials(ExtractionRun.Anchor a, int k, int limit) {
    while (k < limit) {
      int m = r.mediumEnd(k, limit);
      int t = r.timeEnd(k, limit);
      if (m > k) {
        r.setMedium(a, k, m);
        k = m;
      } else if (t > k) {
        k = t;
      } else {
        return k;
      }
    }
    return k;
  }

  /** A subject that clearly names a person: a title, or a name opening with a first name. */
  private boolean clearPerson(Phrase p) {
    return p.hasTitle || p.hasName() && Lexicon.isFirstName(r.norm[p.nameStart]);
  }

  /**
   * Token where the predicate begins, searching from the object: the word after بأن (its content),
   * a ب-word, a quotation opening with ب, or an indefinite accusative; -1 when none shows before a
   * comma, a full stop, another cue or {@link #MAX_OBJECT_TOKENS} tokens.
   */
  private int predicateAt(CueLexicon.Form f, int from, int limit, boolean pronoun, int cue) {
    int first = pronoun ? from : from + 1;
    String cueWord = DocumentTokens.stripConj(r.norm[cue]);
    boolean accusativeFrame = ACCUSATIVE_LEMMAS.contains(f.lemma())
        && (cueWord.startsWith("اعتبر") || cueWord.startsWith("معتبر"));
    for (int k = from; k < limit && k < from + MAX_OBJECT_TOKENS; k++) {
      if (r.isQuote(k)) {
        if (k >= first && r.isWord(k + 1) && r.norm[k + 1].charAt(0) == BA && r.norm[k + 1].length() > 2) {
          return k;
        }
        continue;
      }
      if (!r.isWord(k)) {
        if (r.toks.get(k).type() == TokenType.NUMBER) {
          continue;
        }
        return -1;
      }
      String w = r.norm[k];
      if (k > from && r.cue(k) != null && !r.isComplementizer(k)) {
        return -1;
      }
      if (k >= first && r.isComplementizer(k) && w.charAt(0) == BA) {
        return k + 1 < limit ? k + 1 : -1;
      }
      if (r.isComplementizer(k)) {
        return -1;
      }
      if (k >= first && w.charAt(0) == BA && (w.length() == 1 && r.isQuote(k + 1) || w.length() > 4 && w.startsWith("بال"))) {
        return k;
      }
      if (k >= first && accusativeFrame && (accusative(k) || indefiniteAfterDefinite(k))) {
        return k;
      }
    }
    return -1;
  }

  /** An indefinite accusative as written: a word of at least three letters ending in alif after a consonant. */
  private boolean accusative(int k) {
    String t = r.toks.get(k).text();
    String w = r.norm[k];
    return t.length() >= 4 && t.endsWith("\u0627") && !r.hasArticle(k) && !w.endsWith("ها") && !w.endsWith("نا")
        && !w.endsWith("وا") && !w.endsWith("يا") && !NOT_PREDICATES.contains(w)
        && !Lexicon.TIME_WORDS.contains(w) && t.charAt(t.length() - 2) != '\u0627';
  }

  /** An indefinite noun right after a definite one: the predicate of اعتبر القرار خطوة. */
  private boolean indefiniteAfterDefinite(int k) {
    String w = r.norm[k];
    return r.isWord(k - 1) && r.hasArticle(k - 1) && !r.hasArticle(k) && w.length() > 2 && w.charAt(0) != '\u0648'
        && !Lexicon.NP_STOPS.contains(w) && !DocumentTokens.prepositional(w) && !r.isTimeStart(k)
        && !Lexicon.RELATIVES.contains(w) && !NOT_PREDICATES.contains(w) && !r.possessed(k);
  }

  private int colonWithin(int from, int limit) {
    for (int k = from; k < limit && k < from + MAX_OBJECT_TOKENS; k++) {
      if (r.isPunct(k, DocumentTokens.COLON)) {
        return k;
      }
      if (!r.isWord(k) || r.isComplementizer(k) || r.cue(k) != null) {
        return -1;
      }
    }
    return -1;
  }
}
