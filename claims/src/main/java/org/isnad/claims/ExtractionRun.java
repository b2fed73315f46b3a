package org.isnad.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.core.Span;
import org.isnad.core.Token;
import org.isnad.core.TokenType;

/**
 * One extraction over one document: token arrays, quotation regions, cue anchors, content spans,
 * speaker resolution. Created per call; not shared.
 */
final class ExtractionRun extends PhraseParser {

  ExtractionRun(String text, List<Token> tokens, List<Span> sentences, List<EntityView> views) {
    super(text, tokens, sentences);
    this.views = views;
    this.personMentions = personMentions(views);
  }

  /**
   * A mention of a person view: its range, the view and their places in the view list, so that
   * the mentions inside a phrase are found by binary search and visited in view order.
   */
  private record ViewMention(int start, int end, int viewIndex, int mentionIndex, EntityView view,
      List<String> viewWords) {}

  /** The mentions of the PERSON views, sorted by start. */
  private static ViewMention[] personMentions(List<EntityView> views) {
    List<ViewMention> out = new ArrayList<>();
    for (int vi = 0; vi < views.size(); vi++) {
      EntityView v = views.get(vi);
      if (v.type() != SourceType.PERSON) {
        continue;
      }
      List<String> words = SpeakerResolver.tokens(v.canonical());
      for (int mi = 0; mi < v.mentions().size(); mi++) {
        Span m = v.mentions().get(mi);
        out.add(new ViewMention(m.start(), m.end(), vi, mi, v, words));
      }
    }
    ViewMention[] a = out.toArray(new ViewMention[0]);
    java.util.Arrays.sort(a, java.util.Comparator.comparingInt(ViewMention::start));
    return a;
  }


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
    /**
     * For a quotation found inside a running clause (not after a colon or comma): the token where
     * that clause begins, so that a quoted fragment can keep its whole clause; -1 otherwise.
     */
    int clauseFrom = -1;
    /** True for speech after a colon without quotation marks: it runs to the end of its paragraph. */
    boolean colonSpeech;
    /** Token of a pronoun subject written out (سموه، معاليه), or -1. */
    int pronoun = -1;
    int contentStart;
    int contentEnd;
    QuoteKind kind;
    SpeakerResolver.Ent entity;
  }
  final java.util.Set<QuotationPairer.Region> usedRegions = new java.util.HashSet<>();
  private final List<EntityView> views;
  private final ViewMention[] personMentions;
  private final SpeakerResolver resolver = new SpeakerResolver(toks);
  private final SourcePhraseCue sources = new SourcePhraseCue(this);
  private final DocumentCue documents = new DocumentCue(this);
  private final ObjectPredicateCue objectPredicates = new ObjectPredicateCue(this);
  private final ContentFinder contents = new ContentFinder(this);
  private final ContentSearch search = new ContentSearch(this);
  private final NominalCue nominals = new NominalCue(this);
  /** Subjects of clauses around cues, set once the reported contents are known. */
  private ClauseSubjects subjects;
  /** The resolved speaker of each quote {@link #run()} returned, in the same order (null entries allowed). */
  private final List<SpeakerResolver.Ent> speakers = new ArrayList<>();

  /** The resolver entity behind each quote of the last {@link #run()}, parallel to its quotes. */
  List<SpeakerResolver.Ent> speakers() {
    return java.util.Collections.unmodifiableList(speakers);
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
    contents.compute(anchors);
    resolveSpeakers(anchors);
    List<Quote> out = new ArrayList<>();
    for (Anchor a : anchors) {
      if (a.hasContent && !a.boundaryOnly && !a.nested) {
        Quote q = toQuote(a);
        if (q != null) {
          out.add(q);
          speakers.add(a.entity);
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

  boolean sentenceInitial(int i) {
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

  int leadIn(int i) {
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
    Anchor a = sources.match(i, limit);
    if (a == null) {
      a = documents.match(i, limit);
    }
    if (a != null) {
      return a;
    }
    if (!(i > 0 && isWord(i - 1) && RELATIVE_MA.contains(norm[i - 1]))) {
      a = objectPredicates.match(i, limit);
      if (a != null) {
        return a;
      }
    }
    if (Lexicon.PASSIVE_AUX.contains(w) && isWord(i + 1) && Lexicon.PASSIVE_MASDARS.contains(norm[i + 1])) {
      a = nominals.passive(i, limit);
    } else if (Lexicon.NOMINAL_CUES.contains(bare) || Lexicon.NOMINAL_CUES.contains(w)) {
      a = nominals.nominal(i, limit);
      if (a == null && cue(i) != null) {
        // a verb whose folded form equals a verbal noun (نفى → نفي) stays a verb when no nominal frame holds
        a = verbal(i, cue(i), limit);
      }
    } else {
      CueLexicon.Form f = cue(i);
      if (f != null) {
        a = verbal(i, f, limit);
      }
    }
    return a;
  }

  private Anchor verbal(int i, CueLexicon.Form f, int limit) {
    if (Lexicon.IMPERSONAL.contains(norm[i]) && sentenceInitial(i)
        && (isComplementizer(i + 1) || isWord(i + 1) && Lexicon.PRE_COMPLEMENTIZER.contains(norm[i + 1])
        && isComplementizer(i + 2))) {
      return null;
    }
    if (impersonalImperfect(i) || i > 0 && isWord(i - 1) && RELATIVE_MA.contains(norm[i - 1])) {
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
    if (AMBIGUOUS_FORMS.contains(stripConj(norm[i])) && !isComplementizer(i + 1)
        && !(isWord(i + 1) && Lexicon.PRE_COMPLEMENTIZER.contains(norm[i + 1]) && isComplementizer(i + 2))) {
      return null;
    }
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
    if (!found && a.type == Type.VERB && a.speaker == null && trailingAsSaid(i)) {
      // "…"، كما قال.: the quotation before is what the verb's subject said
      a.direct = regions.get(regionClosing[i - 3]);
      a.hasContent = true;
      usedRegions.add(a.direct);
      return a;
    }
    if (!found && a.type == Type.VERB && a.speaker != null && isComma(i - 1) && clearSource(a.speaker)
        && endsSentenceAfterSpeaker(a) && i - 1 - sentStart[i] >= MIN_POSTPOSED_CLAUSE && !isQuote(i - 2)) {
      // "…، قالت الشرطة": the clause before the comma is the content
      a.clauseBefore = true;
      a.beforeStart = sentStart[i];
      a.beforeEnd = i - 1;
      a.hasContent = true;
      return a;
    }
    if (!found && a.type == Type.VERB && !a.firstPerson) {
      found = colonEndsParagraph(a, i);
    }
    if (found && a.speaker != null && nonSourceSubject(a.speaker)) {
      return null;
    }
    if (found && a.direct != null) {
      usedRegions.add(a.direct);
    }
    if (!found) {
      if (a.type == Type.PARTICIPLE && isComma(i - 1)) {
        a.boundaryOnly = true;
        return a;
      }
      if (a.type == Type.VERB && a.speaker != null && clearSource(a.speaker)
          && (sentenceInitial(i) || isComma(i - 1))) {
        a.boundaryOnly = true;
        return a;
      }
      return null;
    }
    if (a.firstPerson) {
      a.boundaryOnly = true;
      return a;
    }
    if (OBJECT_FIRST_LEMMAS.contains(a.lemma) && a.speaker != null && !a.speaker.hasTitle
        && !(a.speaker.hasName() && Lexicon.isFirstName(norm[a.speaker.nameStart]))) {
      a.speaker = null;
    }
    if (a.type == Type.VERB && a.speaker == null) {
      preverbalSubject(a, i);
    }
    if (a.type == Type.VERB && a.speaker == null && i >= 2 && isWord(i - 1) && Lexicon.RELATIVES.contains(norm[i - 1])) {
      if (norm[i].charAt(0) == '\u064A' && isComplementizer(i + 1)) {
        return null;
      }
      antecedentSubject(a, i - 1);
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

  /** Farthest a cue may stand from the colon that ends its paragraph. */
  private static final int MAX_TO_PARAGRAPH_COLON = 25;

  /**
   * A cue whose paragraph ends with a colon after a few narrator words (وكتب انطباعاته عن الفيلم:
   * ¶…): the next paragraph is the speech. No complementizer, quotation, other cue or sentence
   * end may stand between; true when found, with the content set.
   */
  private boolean colonEndsParagraph(Anchor a, int i) {
    for (int k = i + 1; k < n && blockOf[k] == blockOf[i] && k <= i + MAX_TO_PARAGRAPH_COLON; k++) {
      if (isPunct(k, COLON)) {
        boolean last = k + 1 < n && blockOf[k + 1] != blockOf[k];
        if (last && (isWord(k + 1) || isQuote(k + 1))) {
          a.contentTok = k + 1;
          a.colonSpeech = true;
          a.hasContent = true;
          a.skipped = true;
          return true;
        }
        return false;
      }
      if (isComplementizer(k) || isQuote(k) || cue(k) != null
          || toks.get(k).type() == TokenType.PUNCT && ".!?\u061F".indexOf(toks.get(k).text().charAt(0)) >= 0) {
        return false;
      }
    }
    return false;
  }

  private static final String KAMA = n("كما");

  /**
   * True for a cue after "…"، كما that ends its sentence (الذي "رحل لكنه حاضر"، كما قال.): the
   * closed top-level quotation before the comma, not yet used by another cue, is its content.
   */
  private boolean trailingAsSaid(int i) {
    if (i < 3 || !isWord(i - 1) || !norm[i - 1].equals(KAMA) || !isComma(i - 2) || !isQuote(i - 3)
        || regionClosing[i - 3] < 0) {
      return false;
    }
    QuotationPairer.Region r = regions.get(regionClosing[i - 3]);
    if (r.depth != 1 || usedRegions.contains(r) || wordsIn(r) < 2) {
      return false;
    }
    for (int k = i + 1; k < sentEnd[i]; k++) {
      if (toks.get(k).type() != TokenType.PUNCT) {
        return false;
      }
    }
    return true;
  }

  /**
   * Heads of subjects that are events, facts or data, not sources (تشير الأبحاث إلى أن، أثبتت
   * الأحداث أن): a verb cue with such a subject gives no quote.
   */
  private static final Set<String> NON_SOURCES = Lexicon.set(
      "أبحاث أحداث أرقام نتائج مؤشرات دلائل أدلة معطيات وقائع تجارب ظروف تطورات معلومات تقديرات إحصائيات"
      + " إحصاءات حقائق شواهد بوادر");

  private boolean nonSourceSubject(Phrase p) {
    String head = SpeakerResolver.stripArticle(stripConjIfLong(norm[p.start]));
    return p.end - p.start <= 3 && NON_SOURCES.contains(head) && !p.hasTitle;
  }

  /** Verbs whose first noun phrase is usually their object (وصف الهجوم بأنه …). */
  private static final Set<String> OBJECT_FIRST_LEMMAS = Set.of("وصف", "اعتبر", "اتهم");
  /** "What" before a verb makes it a relative clause, not an attribution (مما يؤكد أن). */
  private static final Set<String> RELATIVE_MA = Lexicon.set("ما وما مما بما لما فما");
  /** Cues that continue a statement already begun, so a bare role after them is the last speaker. */
  private static final Set<String> CONTINUATION_LEMMAS = Set.of(
      "أضاف", "تابع", "أردف", "استطرد", "أوضح", "أشار", "لفت", "شدد", "أكد", "بين", "نوه", "استدرك");
  /** Fewest tokens before a postposed cue for the clause to count as its content. */
  private static final int MIN_POSTPOSED_CLAUSE = 4;
  private static final Set<String> PREPOSITIONS = Lexicon.set("في من على إلى عن مع بعد قبل خلال عبر حول ضد نحو");

  /**
   * True for an imperfect verb right before أن after a noun that is possessed or governed by a
   * preposition (في زيارة يتوقع أن، وكثرتها تؤكد أن): a passive or a non-speaking subject, no
   * attribution. A bare subject before the verb (ترامب يقول إن) keeps the quote.
   */
  private boolean impersonalImperfect(int i) {
    String w = norm[i];
    char c = w.charAt(0);
    if (c != '\u064A' && c != '\u062A' || !isComplementizer(i + 1) || i == 0 || !isWord(i - 1)) {
      return false;
    }
    String prev = norm[i - 1];
    if (Lexicon.LEAD_INS.contains(prev) || Lexicon.SUBJECT_FIRST_OPENERS.contains(prev)
        || Lexicon.PRONOUN_LEADS.contains(prev) || i == sentStart[i]) {
      return false;
    }
    return possessed(i - 1) || prepositional(prev)
        || i - 2 >= sentStart[i] && isWord(i - 2) && PREPOSITIONS.contains(norm[i - 2]);
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

  /** True when a phrase clearly names a source: a name, a title, an organisation or document head, or an article. */
  private boolean clearSource(Phrase p) {
    String head = stripConjIfLong(norm[p.start]);
    return p.hasTitle || Lexicon.ORG_NOUNS.contains(head) || Lexicon.DOCUMENT_NOUNS.contains(head)
        || hasArticle(p.start) || Lexicon.isFirstName(head) || p.hasName() && p.nameEnd - p.nameStart >= 2;
  }

  /** Takes the noun phrase before a relative pronoun as the subject (المسؤولون في اللجنة الذين أعلنوا أن). */
  private void antecedentSubject(Anchor a, int rel) {
    int k = rel - 1;
    int floor = Math.max(sentStart[rel], rel - MAX_PREVERBAL_SUBJECT);
    while (k >= floor && isWord(k) && (hasArticle(k) || isTitle(norm[k]) || Lexicon.ORG_NOUNS.contains(norm[k])
        || prepositional(norm[k]) || norm[k].equals(FI))) {
      k--;
    }
    int start = k + 1;
    while (start < rel && isWord(start) && norm[start].equals(FI)) {
      start++;
    }
    if (start >= rel) {
      return;
    }
    Phrase p = parseNP(start, rel, false);
    if (p != null && p.end == rel && clearSource(p)) {
      a.speaker = p;
      a.preverbal = true;
    }
  }

  /** Finds a subject written before its verb: وكانت القوات الموالية ... أعلنت أن. */
  void preverbalSubject(Anchor a, int i) {
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
    String head = stripConjIfLong(norm[s]);
    boolean headLike = hasArticle(s) || isTitle(head) || Lexicon.ORG_NOUNS.contains(head)
        || Lexicon.DOCUMENT_NOUNS.contains(head) || Lexicon.isFirstName(head) || opener && p != null && p.hasName();
    if (p == null || !p.isSourceLike() || !headLike) {
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

  void setMedium(Anchor a, int from, int to) {
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

  /** Walks from the cue to the content; see {@link ContentSearch#scan}. */
  boolean scanToContent(Anchor a, int from, int limit, boolean allowSpeaker, int budget) {
    return search.scan(a, from, limit, allowSpeaker, budget);
  }

  int anonymityClauseEnd(int t, int limit) {
    return search.anonymityClauseEnd(t, limit);
  }

  // ---------------------------------------------------------------- speakers

  private void resolveSpeakers(List<Anchor> anchors) {
    boolean[] reported = reportedContent(anchors);
    subjects = new ClauseSubjects(this, reported);
    registerNamedPersons(reported);
    for (int x = 0; x < anchors.size(); x++) {
      Anchor a = anchors.get(x);
      int pos = a.cueStart;
      if (reported[pos]) {
        // a cue inside reported content: its speaker is resolved, but never becomes the
        // antecedent of a dropped subject outside that content
        resolveNested(a, pos);
        continue;
      }
      if (a.speaker != null && Lexicon.NON_SPEAKERS.contains(norm[a.speaker.start])) {
        a.speaker = null; // رأى مرة أن، دون أن تذكر اسمه: the verb carries the subject
      }
      Phrase issuer = a.speaker != null && isDocument(a.speaker) ? issuer(a.speaker, pos) : null;
      if (issuer != null) {
        // بيان صادر عن X، أصدر X بيانا جاء فيه: the document is the mention, its issuer the source
        a.entity = resolver.resolve(applyViews(issuer), issuer.start, Gender.UNKNOWN);
        resolver.mention(a.entity, pos);
        continue;
      }
      if (a.speaker != null) {
        a.entity = resolver.resolve(applyViews(a.speaker), pos, a.gender, CONTINUATION_LEMMAS.contains(a.lemma));
        continue;
      }
      if (a.firstPerson) {
        continue;
      }
      if (a.type == Type.VERB) {
        Phrase before = subjects.preverbal(pos, a.gender);
        if (before != null) {
          a.speaker = before; // إلا أن X، المتحدثة باسم Y، نفت أن
          a.entity = resolver.resolve(applyViews(before), pos, a.gender, false);
          continue;
        }
      }
      Phrase clause = a.type == Type.PARTICIPLE ? null : subjects.before(pos, floor(anchors, x, reported), a.gender);
      if (clause != null) {
        // the subject of the closest clause before the cue (وعبرت X عن …، وقالت)
        a.entity = resolver.resolve(applyViews(clause), clause.start, a.gender);
      } else if (a.type == Type.PARTICIPLE) {
        a.entity = governing(anchors, x);
      } else {
        a.entity = resolver.dropped(pos, a.gender);
      }
      if (a.entity != null) {
        resolver.mention(a.entity, pos);
      }
    }
  }

  /**
   * The issuer of a document speaker: the source after صادر عن / عن (بيان صادر عن الحكومة), or,
   * for a document written before its cue (أصدر X بيانا جاء فيه), the subject of the clause in
   * the same sentence that produced it; null when the text names none.
   */
  private Phrase issuer(Phrase document, int cue) {
    int k = document.end;
    int limit = sentEnd[document.start];
    while (k < limit && isWord(k) && ISSUED.contains(norm[k])) {
      k++;
    }
    if (k + 1 < limit && isWord(k) && norm[k].equals(AN_PREP)) {
      Phrase p = parseNP(k + 1, limit, false);
      if (p != null && (p.hasName() || p.type == SourceType.ORGANIZATION)) {
        return p;
      }
    }
    if (document.start < cue) {
      return subjects.before(document.start, sentStart[document.start], Gender.UNKNOWN);
    }
    return null;
  }

  /** True for a document phrase (بيان، تقرير، بيانا). */
  private boolean isDocument(Phrase p) {
    String head = stripConjIfLong(norm[p.start]);
    return p.type == SourceType.DOCUMENT || Lexicon.DOCUMENT_NOUNS.contains(head)
        || head.endsWith("\u0627") && Lexicon.DOCUMENT_NOUNS.contains(head.substring(0, head.length() - 1));
  }

  /** Participles of issuing between a document and its issuer (بيان صادر عن). */
  private static final Set<String> ISSUED = Lexicon.set("صادر صادرا صادرة الصادر الصادرة");

  /**
   * Where the search for the subject of a clause before anchor {@code x} stops: after the cue of
   * the previous anchor outside reported content (its speaker is the antecedent from there on),
   * and never before the start of the previous sentence.
   */
  private int floor(List<Anchor> anchors, int x, boolean[] reported) {
    int pos = anchors.get(x).cueStart;
    int s = sentStart[pos];
    int floor = s > 0 ? sentStart[s - 1] : s;
    for (int y = x - 1; y >= 0; y--) {
      Anchor b = anchors.get(y);
      if (!reported[b.cueStart]) {
        return Math.max(floor, b.cueEnd);
      }
    }
    return floor;
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
    if (s + 1 < a.cueStart && isWord(s) && !PREPOSITIONS.contains(norm[s]) && !prepositional(norm[s])) {
      Phrase p = parseNP(s + 1, a.cueStart, false);
      if (p != null && (p.hasName() || p.hasTitle)) {
        return resolver.resolve(applyViews(p), s, a.gender);
      }
    }
    Phrase clause = subjects.before(a.cueStart, sentStart[a.cueStart], a.gender);
    if (clause != null) {
      return resolver.resolve(applyViews(clause), clause.start, a.gender);
    }
    return resolver.dropped(a.cueStart, a.gender);
  }

  /** The speaker of a cue inside reported content, resolved without touching the salience of speakers. */
  private void resolveNested(Anchor a, int pos) {
    if (a.speaker != null) {
      a.entity = resolver.resolveQuietly(applyViews(a.speaker), pos, a.gender);
    } else if (!a.firstPerson) {
      a.entity = resolver.dropped(pos, a.gender);
    }
  }

  /**
   * True for each token inside the content of a quote (direct or indirect): speakers and persons
   * named there are what someone reported, not the narrative's subjects.
   */
  private boolean[] reportedContent(List<Anchor> anchors) {
    boolean[] out = new boolean[n];
    for (Anchor a : anchors) {
      if (!a.hasContent || a.boundaryOnly || a.contentEnd <= a.contentStart || a.nested || out[a.cueStart]) {
        continue; // a cue inside reported content reports nothing beyond it
      }
      for (int t = tokenAtOrAfter(a.contentStart); t < n && toks.get(t).start() < a.contentEnd && !out[t]; t++) {
        out[t] = true;
      }
    }
    return out;
  }

  /** Index of the first token that ends after {@code charPos}, or n. */
  private int tokenAtOrAfter(int charPos) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (toks.get(mid).end() <= charPos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Registers every titled, named person the document mentions outside quotations and reported content. */
  private void registerNamedPersons(boolean[] reported) {
    for (int t = 0; t < n; t++) {
      if (!isWord(t) || inside[t] || reported[t] || !isTitle(norm[t]) || t > 0 && isWord(t - 1) && isTitle(norm[t - 1])) {
        continue;
      }
      Phrase p = parseNP(t, sentEnd[t], false);
      if (p != null && p.hasName() && p.nameEnd - p.nameStart >= 2) {
        resolver.registerPerson(p, p.canonical, p.title, t);
      }
      if (p != null) {
        t = Math.max(t, p.end - 1);
      }
    }
  }

  /**
   * Lets a recognizer's person inside the phrase decide its canonical form: when the phrase has a
   * name the person's name must hold every word of it (ديلون → ريان ديلون, not أم أحمد → أحمد); when it has none, only a role phrase (a title, no
   * organisation or document head) takes the person's name.
   */
  private Phrase applyViews(Phrase p) {
    // the person mentions inside the phrase, in the order of the views and their mentions
    int lo = 0;
    int hi = personMentions.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (personMentions[mid].start() < p.charStart) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    List<ViewMention> inside = new ArrayList<>();
    for (int k = lo; k < personMentions.length && personMentions[k].start() <= p.charEnd; k++) {
      if (personMentions[k].end() <= p.charEnd) {
        inside.add(personMentions[k]);
      }
    }
    inside.sort(java.util.Comparator.comparingInt(ViewMention::viewIndex)
        .thenComparingInt(ViewMention::mentionIndex));
    for (ViewMention m : inside) {
      EntityView v = m.view();
      List<String> viewWords = m.viewWords();
      if (p.hasName()) {
        List<String> mine = p.nameTokens;
        if (mine.isEmpty() || viewWords.size() < mine.size() || !viewWords.containsAll(mine)) {
          continue;
        }
      } else {
        String head = stripConjIfLong(norm[p.start]);
        String first = text.substring(m.start(), Math.min(m.end(), m.start() + 2));
        if (!p.hasTitle || Lexicon.ORG_NOUNS.contains(head) || Lexicon.DOCUMENT_NOUNS.contains(head)
            || first.equals("\u0627\u0644")) {
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
    return titledPerson(p, inside, lo);
  }

  /**
   * A title, role or organisation phrase followed by a person the recognizer found, inside the
   * phrase or right after it (رئيس جمعية حماية المستهلك ناصر التويم؛ ممثلة الأمم المتحدة في جنوب
   * السودان هيلدا جونسون): the person is the speaker and what precedes the name is the title. A
   * phrase headed by an organisation or document noun (إدارة الرئيس X، بيان X) stays what it is,
   * and so does a phrase whose own name is no common word of the treebank (الباحث آد ستون).
   */
  private Phrase titledPerson(Phrase p, List<ViewMention> inside, int lo) {
    String head = stripConjIfLong(norm[p.start]);
    if (Lexicon.ORG_NOUNS.contains(head) || Lexicon.DOCUMENT_NOUNS.contains(head)
        || p.hasName() && !ClauseSubjects.isCommonWord(norm[p.nameStart])) {
      return p; // an organisation's phrase, or a name of its own (الباحث آد ستون مدير X)
    }
    ViewMention chosen = null;
    for (ViewMention m : inside) {
      if (m.start() > p.charStart && (chosen == null || m.start() > chosen.start())) {
        chosen = m; // the last person in the phrase: titles and organisations come first
      }
    }
    int after = p.end < n ? toks.get(p.end).start() : -1;
    if (chosen == null && after >= 0 && isWord(p.end) && !this.inside[p.end]) {
      for (int k = lo; k < personMentions.length && personMentions[k].start() <= after; k++) {
        if (personMentions[k].start() == after) {
          chosen = personMentions[k];
        }
      }
    }
    if (chosen == null || chosen.viewWords().size() < 2 && !p.hasTitle) {
      return p;
    }
    int first = tokenAtOrAfter(chosen.start());
    int last = first;
    while (last + 1 < n && toks.get(last + 1).end() <= chosen.end()) {
      last++;
    }
    if (first <= p.start || toks.get(last).end() > chosen.end()) {
      return p;
    }
    p.end = Math.max(p.end, last + 1);
    p.charEnd = Math.max(p.charEnd, toks.get(last).end());
    p.nameStart = first;
    p.nameEnd = last + 1;
    p.type = SourceType.PERSON;
    p.roleOnly = false;
    p.hasTitle = true;
    p.nameTokens = chosen.viewWords();
    p.canonical = chosen.view().canonical();
    String title = text.substring(p.charStart, toks.get(first).start()).strip();
    p.title = title.isEmpty() ? p.title : title;
    if (chosen.view().gender() != Gender.UNKNOWN) {
      p.gender = chosen.view().gender();
    } else if (femininePersonTitle(p)) {
      p.gender = Gender.FEMININE;
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
    if (a.speaker == null && a.pronoun >= 0) {
      speaker = TextSpan.of(text, toks.get(a.pronoun).start(), toks.get(a.pronoun).end());
    }
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
