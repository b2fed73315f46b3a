package org.isnad.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.isnad.core.Normalizer;
import org.isnad.core.Span;
import org.isnad.core.Token;

/**
 * Resolves speaker mentions of one document to entities: a name to the fullest name of the same
 * person (ديلون → ريان ديلون), a definite role to the person the document named in that role (or,
 * failing that, the most recent person speaker), an organisation to an earlier mention of it, and
 * a dropped subject to the most recent speaker whose gender agrees with the verb. One instance per
 * document; not thread-safe (the extractor creates one per call).
 */
final class SpeakerResolver {

  /** An entity of the document. */
  static final class Ent {
    final String id;
    String canonical;
    List<String> nameTokens;
    String title;
    final Set<String> titleSig = new HashSet<>();
    SourceType type;
    Gender gender;
    Set<String> orgTokens = Set.of();
    /** Token position of the first mention, for role resolution. */
    int firstPos = Integer.MAX_VALUE;
    /** Index in the resolver's entity list (later entities win ties). */
    int order;
    /** Token position of the latest salience entry for this entity, or -1 (see {@link #lastPos}). */
    int lastSalientPos = -1;
    /** True for an entity a recognizer supplied: a phrase matches it only as a short form of it. */
    boolean fromView;
    /**
     * Original ranges of the phrases resolved to this entity, in resolution order: the name when
     * the phrase has one, else the whole phrase (a role, an organisation, a document).
     */
    final List<Span> spans = new ArrayList<>();

    Ent(String id, String canonical, SourceType type, Gender gender) {
      this.id = id;
      this.canonical = canonical;
      this.type = type;
      this.gender = gender;
    }

    SpeakerEntity toSpeaker() {
      return new SpeakerEntity(id, canonical, type, title);
    }
  }

  private record Salient(Ent ent, int pos) {}

  private final List<Ent> entities = new ArrayList<>();
  /**
   * Named persons by each word of their name, and by the set of words of their name (an entity is
   * filed again when its name grows; stale filings are filtered by re-checking the condition).
   * They find the persons a name can match without scanning every entity of the document.
   */
  private final Map<String, List<Ent>> personsByWord = new HashMap<>();
  private final Map<String, List<Ent>> personsByWordSet = new HashMap<>();
  /**
   * Entities by each word of their title signature, and by each word of their organisation tokens
   * (filed again when those grow; stale filings are filtered by re-checking the condition), so that
   * roles and organisations find their candidates without scanning every entity of the document.
   */
  private final Map<String, List<Ent>> byTitleWord = new HashMap<>();
  private final Map<String, List<Ent>> byOrgWord = new HashMap<>();
  /** Names with more distinct words than this are matched by a scan instead of word subsets. */
  private static final int MAX_SUBSET_WORDS = 10;
  private final List<Salient> salience = new ArrayList<>();
  private final List<Salient> background = new ArrayList<>();
  /** The document's tokens, to turn a phrase's token range into original offsets. */
  private final List<Token> toks;

  /** A resolver for the document of {@code toks}. */
  SpeakerResolver(List<Token> toks) {
    this.toks = toks;
  }

  /** Records where {@code p} mentions {@code e}: its name when it has one, else the whole phrase. */
  private void record(Ent e, Phrase p) {
    Span s = p.hasName() && p.nameEnd > p.nameStart && p.nameEnd <= toks.size()
        ? new Span(toks.get(p.nameStart).start(), toks.get(p.nameEnd - 1).end())
        : p.charEnd > p.charStart ? new Span(p.charStart, p.charEnd) : null;
    if (s != null && !e.spans.contains(s)) {
      e.spans.add(s);
    }
  }

  /**
   * Registers a named person the document mentions outside any quote at token {@code pos}; such
   * mentions serve dropped subjects only when no earlier speaker agrees.
   */
  Ent registerPerson(Phrase p, String nameText, String titleText, int pos) {
    Ent e = resolveName(p, nameText, titleText);
    e.firstPos = Math.min(e.firstPos, pos);
    record(e, p);
    background.add(new Salient(e, pos));
    return e;
  }

  /** Registers an entity a recognizer found. */
  void registerView(EntityView v) {
    Ent e = new Ent(v.id(), v.canonical(), v.type(), v.gender());
    e.fromView = true;
    e.title = v.title();
    e.nameTokens = tokens(v.canonical());
    if (v.type() != SourceType.PERSON) {
      e.orgTokens = Set.copyOf(stripped(e.nameTokens));
    }
    add(e);
    if (v.title() != null) {
      addTitle(e, v.title());
    }
  }

  /**
   * Resolves an explicit speaker phrase inside reported content: the entity is found or made, but
   * does not become a salient speaker.
   */
  Ent resolveQuietly(Phrase p, int pos, Gender verbGender) {
    Ent e = find(p, pos, verbGender, false);
    record(e, p);
    return e;
  }

  /** Resolves an explicit speaker phrase and makes it the most salient speaker. */
  Ent resolve(Phrase p, int pos, Gender verbGender) {
    return resolve(p, pos, verbGender, false);
  }

  /**
   * Resolves an explicit speaker phrase; with {@code continuation} (a cue that continues a
   * statement: أضاف، تابع، أوضح …) a definite role without a name (وأضاف الوزير الأمريكي) may refer
   * back to the most recent person speaker, as a bare generic role always may.
   */
  Ent resolve(Phrase p, int pos, Gender verbGender, boolean continuation) {
    Ent e = find(p, pos, verbGender, continuation);
    e.firstPos = Math.min(e.firstPos, pos);
    record(e, p);
    salient(e, pos);
    return e;
  }

  /** The entity {@code p} names, found or made (see {@link #resolve(Phrase, int, Gender, boolean)}). */
  private Ent find(Phrase p, int pos, Gender verbGender, boolean continuation) {
    // a surname written alone with its article (الحسن) is the person named before (عمر الحسن)
    Ent e = !p.hasName() && !p.roleOnly ? knownPersonByWords(p.canonical) : null;
    if (e == null) {
      if (p.hasName() && p.type == SourceType.PERSON) {
        e = resolveName(p, p.canonical, p.title);
      } else if (p.roleOnly) {
        e = resolveRole(p, verbGender, pos, continuation);
      } else {
        e = resolveOrg(p);
      }
    }
    if (verbGender != Gender.UNKNOWN && (e.gender == Gender.UNKNOWN
        || p.hasName() && e.type == SourceType.PERSON && !p.hasTitle)) {
      // a verb agrees with the person it names (وقالت جوليا نيوتون): that beats a guess from the name
      e.gender = verbGender;
    }
    return e;
  }

  /**
   * The most recent speaker before {@code pos} whose gender agrees with {@code g}; failing that,
   * the most recent titled person mentioned before {@code pos} who agrees; else null.
   */
  Ent dropped(int pos, Gender g) {
    for (int k = salience.size() - 1; k >= 0; k--) {
      Salient s = salience.get(k);
      if (s.pos < pos && g.agreesWith(s.ent.gender)) {
        return s.ent;
      }
    }
    for (int k = background.size() - 1; k >= 0; k--) {
      Salient s = background.get(k);
      if (s.pos < pos && g.agreesWith(s.ent.gender)) {
        return s.ent;
      }
    }
    return null;
  }

  /** A named person whose name holds every word of {@code text} (one or two words), or null. */
  private Ent knownPersonByWords(String text) {
    List<String> words = tokens(text);
    if (words.isEmpty() || words.size() > 2) {
      return null;
    }
    Ent best = null;
    for (Ent e : namedPersonsWithEvery(words)) {
      if (e.nameTokens.size() > words.size() && e.nameTokens.containsAll(words)
          && (best == null || e.order > best.order)) {
        best = e; // the latest such entity
      }
    }
    return best;
  }

  /** Appends {@code e} to the entities and files it when it is a named person. */
  private void add(Ent e) {
    e.order = entities.size();
    entities.add(e);
    file(e);
    fileOrg(e);
  }

  /** Adds the signature of {@code title} to {@code e}'s, filing {@code e} under its new words. */
  private void addTitle(Ent e, String title) {
    for (String w : signature(title)) {
      if (e.titleSig.add(w)) {
        byTitleWord.computeIfAbsent(w, k -> new ArrayList<>()).add(e);
      }
    }
  }

  /** Files {@code e} under each of its organisation tokens. */
  private void fileOrg(Ent e) {
    for (String w : e.orgTokens) {
      byOrgWord.computeIfAbsent(w, k -> new ArrayList<>()).add(e);
    }
  }

  /** The entities filed under any of {@code words} in {@code index}, by their order, without repeats. */
  private static java.util.TreeMap<Integer, Ent> filed(Map<String, List<Ent>> index,
      java.util.Collection<String> words) {
    java.util.TreeMap<Integer, Ent> out = new java.util.TreeMap<>();
    for (String w : words) {
      for (Ent e : index.getOrDefault(w, List.of())) {
        out.put(e.order, e);
      }
    }
    return out;
  }

  /** Files a named person under each word of its name and under the set of those words. */
  private void file(Ent e) {
    if (e.type != SourceType.PERSON || e.nameTokens == null || e.nameTokens.isEmpty()) {
      return;
    }
    TreeSet<String> words = new TreeSet<>(e.nameTokens);
    for (String w : words) {
      personsByWord.computeIfAbsent(w, k -> new ArrayList<>()).add(e);
    }
    personsByWordSet.computeIfAbsent(String.join(" ", words), k -> new ArrayList<>()).add(e);
  }

  /**
   * Named persons (possibly with repeats) whose name holds every word of {@code words} (non-empty)
   * among others: the shortest filing list of those words, filtered.
   */
  private List<Ent> namedPersonsWithEvery(List<String> words) {
    List<Ent> smallest = null;
    for (String w : words) {
      List<Ent> list = personsByWord.getOrDefault(w, List.of());
      if (smallest == null || list.size() < smallest.size()) {
        smallest = list;
      }
    }
    List<Ent> out = new ArrayList<>();
    for (Ent e : smallest == null ? List.<Ent>of() : smallest) {
      if (e.nameTokens.containsAll(words)) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * Every named person whose name holds all of {@code m}, or whose words are all in {@code m}
   * (possibly with repeats and extra persons; the caller checks the condition).
   */
  private List<Ent> namedPersonsSharingAWordWith(List<String> m) {
    List<String> distinct = new ArrayList<>(new TreeSet<>(m));
    if (distinct.size() > MAX_SUBSET_WORDS) {
      List<Ent> all = new ArrayList<>();
      for (Ent e : entities) {
        if (e.type == SourceType.PERSON && e.nameTokens != null && !e.nameTokens.isEmpty()) {
          all.add(e);
        }
      }
      return all;
    }
    List<Ent> out = namedPersonsWithEvery(m);
    StringBuilder key = new StringBuilder();
    for (int subset = 1; subset < 1 << distinct.size(); subset++) {
      key.setLength(0);
      for (int k = 0; k < distinct.size(); k++) {
        if ((subset & 1 << k) != 0) {
          key.append(key.length() == 0 ? "" : " ").append(distinct.get(k));
        }
      }
      out.addAll(personsByWordSet.getOrDefault(key.toString(), List.of()));
    }
    return out;
  }

  /** Makes {@code e} the most salient speaker at {@code pos}. */
  void mention(Ent e, int pos) {
    salient(e, pos);
  }

  private Ent resolveName(Phrase p, String nameText, String titleText) {
    List<String> m = p.nameTokens;
    Ent best = null;
    for (Ent e : m.isEmpty() ? List.<Ent>of() : namedPersonsSharingAWordWith(m)) {
      boolean sub = e.nameTokens.containsAll(m) || m.containsAll(e.nameTokens);
      if (sub && (best == null || e.nameTokens.size() > best.nameTokens.size()
          || e.nameTokens.size() == best.nameTokens.size() && e.order > best.order)) {
        best = e; // the fullest name; among equals, the latest entity
      }
    }
    if (best == null) {
      SourceType type = p.type == SourceType.PERSON ? SourceType.PERSON : p.type;
      best = new Ent("e" + entities.size(), nameText, type, p.gender);
      best.nameTokens = m;
      add(best);
    } else if (m.size() > best.nameTokens.size()) {
      best.canonical = nameText;
      best.nameTokens = m;
      file(best);
    }
    if (titleText != null && !titleText.isBlank()) {
      if (best.title == null || best.title.length() < titleText.length()) {
        best.title = titleText;
      }
      addTitle(best, titleText);
    }
    if (best.gender == Gender.UNKNOWN) {
      best.gender = p.gender;
    }
    return best;
  }

  private Ent resolveRole(Phrase p, Gender verbGender, int pos, boolean continuation) {
    Set<String> sig = signature(p.canonical);
    Ent best = null;
    int bestScore = 0;
    int bestRecency = -1;
    // only an entity sharing a signature word can score above 0
    for (Ent e : filed(byTitleWord, sig).values()) {
      if (e.type != SourceType.PERSON || e.nameTokens == null || e.nameTokens.isEmpty() || e.firstPos > pos) {
        continue;
      }
      int score = 0;
      for (String s : sig) {
        if (e.titleSig.contains(s)) {
          score++;
        }
      }
      int recency = lastPos(e);
      if (score > bestScore || (score == bestScore && score > 0 && recency > bestRecency)) {
        best = e;
        bestScore = score;
        bestRecency = recency;
      }
    }
    List<String> words = tokens(p.canonical);
    boolean generic = !words.isEmpty() && (Lexicon.ROLE_HEADS.contains(words.get(0))
        || continuation && words.get(0).startsWith("ال") && Lexicon.TITLES.contains(words.get(0)));
    for (int k = 1; k < words.size() && generic; k++) {
      String w = words.get(k);
      generic = w.startsWith("ال") && !Lexicon.ORG_NOUNS.contains(w) && !Lexicon.ORG_NOUNS.contains(stripArticle(w));
    }
    if (best == null && generic) {
      for (int k = salience.size() - 1; k >= 0; k--) {
        Ent e = salience.get(k).ent;
        if (e.type == SourceType.PERSON && e.nameTokens != null && !e.nameTokens.isEmpty()
            && verbGender.agreesWith(e.gender) && p.gender.agreesWith(e.gender)) {
          best = e;
          break;
        }
      }
    }
    if (best == null) {
      for (Ent e : entities) {
        if (e.type == SourceType.PERSON && (e.nameTokens == null || e.nameTokens.isEmpty())
            && Normalizer.SEARCH.apply(e.canonical).equals(Normalizer.SEARCH.apply(p.canonical))) {
          return e;
        }
      }
      best = new Ent("e" + entities.size(), p.canonical, SourceType.PERSON, p.gender);
      best.nameTokens = List.of();
      best.title = p.canonical;
      add(best);
    }
    return best;
  }

  private Ent resolveOrg(Phrase p) {
    Set<String> toks = new HashSet<>(stripped(tokens(p.canonical)));
    // either containment needs a shared word; the latest entity that qualifies wins
    for (Ent e : filed(byOrgWord, toks).descendingMap().values()) {
      if (e.type == SourceType.PERSON || e.orgTokens.isEmpty() || toks.isEmpty()) {
        continue;
      }
      if (e.orgTokens.containsAll(toks) || !e.fromView && toks.containsAll(e.orgTokens)) {
        if (toks.size() > e.orgTokens.size() && e.type == p.type) {
          e.canonical = p.canonical;
          e.orgTokens = Set.copyOf(toks);
          fileOrg(e);
        }
        return e;
      }
    }
    Ent e = new Ent("e" + entities.size(), p.canonical, p.type, p.gender);
    e.nameTokens = List.of();
    e.orgTokens = Set.copyOf(toks);
    e.title = p.title;
    add(e);
    return e;
  }

  /** Appends {@code e} at {@code pos} to the salience list. */
  private void salient(Ent e, int pos) {
    salience.add(new Salient(e, pos));
    e.lastSalientPos = pos;
  }

  /**
   * The position of the latest salience entry of {@code e}, or -1: kept on the entity, since
   * scanning the salience list for each candidate of each role made long documents cubic.
   */
  private static int lastPos(Ent e) {
    return e.lastSalientPos;
  }

  /**
   * The words of {@code text} after {@link Normalizer#SEARCH}: the runs between ASCII whitespace
   * (space, tab, line feed, vertical tab, form feed, carriage return), ASCII punctuation and the
   * marks in {@link #WORD_SEPARATORS}.
   */
  static List<String> tokens(String text) {
    String n = Normalizer.SEARCH.apply(text);
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= n.length(); i++) {
      boolean separator = i == n.length() || isWordSeparator(n.charAt(i));
      if (separator && start >= 0) {
        out.add(n.substring(start, i));
        start = -1;
      } else if (!separator && start < 0) {
        start = i;
      }
    }
    return out;
  }

  /** Non-ASCII characters that separate words besides whitespace: ، ؛ “ ” « ». */
  static final String WORD_SEPARATORS = "\u060C\u061B\u201C\u201D\u00AB\u00BB";

  private static boolean isWordSeparator(char c) {
    if (c < 0x80) {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c > ' ' && c < 0x7F && !Character.isLetterOrDigit(c));
    }
    return WORD_SEPARATORS.indexOf(c) >= 0;
  }

  private static List<String> stripped(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      out.add(stripArticle(w));
    }
    return out;
  }

  /** Role signature: content words of a title, without article, clitic prepositions and generic role words. */
  static Set<String> signature(String title) {
    Set<String> out = new HashSet<>();
    for (String w : tokens(title)) {
      if (GENERIC.contains(w)) {
        continue;
      }
      String s = stripArticle(w);
      if (GENERIC.contains(s) || s.length() < 2) {
        continue;
      }
      out.add(SYNONYMS.getOrDefault(s, s));
    }
    return out;
  }

  private static final Set<String> GENERIC = strippedSet(Lexicon.GENERIC_ROLE_WORDS);
  private static final java.util.Map<String, String> SYNONYMS = java.util.Map.of(
      Normalizer.SEARCH.apply("ناطق"), Normalizer.SEARCH.apply("متحدث"),
      Normalizer.SEARCH.apply("ائتلاف"), Normalizer.SEARCH.apply("تحالف"));

  private static Set<String> strippedSet(Set<String> words) {
    Set<String> out = new HashSet<>(words);
    for (String w : words) {
      out.add(stripArticle(w));
    }
    return out;
  }

  /** Strips a glued conjunction, preposition and article: والتحالف، للتحالف، بالتحالف → تحالف. */
  static String stripArticle(String w) {
    String s = w;
    if (s.length() > 3 && (s.charAt(0) == '\u0648' || s.charAt(0) == '\u0641')) {
      s = s.substring(1);
    }
    if (s.length() > 4 && (s.startsWith("بال") || s.startsWith("كال"))) {
      return s.substring(3);
    }
    if (s.length() > 3 && s.startsWith("لل")) {
      return s.substring(2);
    }
    if (s.length() > 3 && s.startsWith("ال")) {
      return s.substring(2);
    }
    return s;
  }
}
