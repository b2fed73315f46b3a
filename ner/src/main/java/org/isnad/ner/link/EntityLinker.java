package org.isnad.ner.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.isnad.core.Span;
import org.isnad.core.Tokenizer;
import org.isnad.ner.Annotation;
import org.isnad.ner.AnnotationType;
import org.isnad.ner.EntityType;
import org.isnad.ner.Mention;
import org.isnad.ner.rules.NormalizedTokens;

/**
 * Groups the mentions of a document into {@link Entity entities}.
 *
 * <p>Names are compared by their {@link org.isnad.core.Normalizer#SEARCH} token forms, so spelling
 * variants of hamza, alef maksura, teh marbuta and diacritics are one name (مصطفى بالي = مصطفي
 * بالي). The steps:
 *
 * <ol>
 *   <li><b>Titles apart.</b> A TITLE annotation that covers the start of a mention is cut off it;
 *       a TITLE annotation that ends right before a name (only spaces and at most one comma between)
 *       is that mention's title. The {@link EntityMention} then spans title + name and keeps both
 *       ranges. A titled name that is not in the alias table is a PERSON whatever type the
 *       recognizer gave it (المتحدث الرسمي باسم التحالف ريان ديلون: the recognizer, misled by
 *       التحالف, may call ريان ديلون an organisation). A known place or organisation (an alias
 *       entry of another type, or a gazetteer country or city the recognizer called a place) takes
 *       no title: in زار الوزير لبنان the minister is not Lebanon's title.
 *   <li><b>Glued proclitics</b> the recognizer left on a name (بدير الزور) are cut off when the
 *       rest is a name of the alias table or another mention of the document (دير الزور).
 *   <li><b>Known entities.</b> A name found in the {@link AliasTable} joins the entity of its key
 *       (داعش، تنظيم الدولة، الدولة الإسلامية are one entity), whatever type the recognizer gave it;
 *       the entity has the table's type and key.
 *   <li><b>Other names</b>, longest first, join an entity of the same type when they are (a) the
 *       same name, (b) the same name up to a near-miss spelling of one word (same consonant skeleton
 *       without ا و ي ه, Jaro-Winkler ≥ {@value #TOKEN_SIMILARITY}; only for words of at least
 *       {@value #MIN_FUZZY_LENGTH} letters, single-word names need {@value #MIN_FUZZY_SINGLE}), or
 *       (c) a part of a longer name of the entity: for persons any contiguous run of its words
 *       (ديلون → ريان ديلون), for organisations a run that starts with its first word or has two
 *       words or more (التحالف → التحالف الدولي), for places a run of two words or more that starts with
 *       its first word (حقل عمر → حقل عمر العمري). MISC names link only by (a) and (b).
 *       When several entities qualify, the best kind of match wins, then the entity mentioned
 *       nearest before the name, then nearest after it. A name written after لل with ال contracted
 *       (لتحالف) is also compared with ال restored.
 * </ol>
 *
 * <p>The entity's canonical name is its fullest name form (most words, then most characters, then
 * earliest); its key is the alias key or the type prefix (pers, org, loc, misc) + ":" + the SEARCH
 * form of the canonical name; its title is the title before the first mention of the canonical form
 * that has one, else before the first mention with one, else the apposition (a TITLE set off by one
 * comma right after the name: مصطفى بالي، المسؤول الإعلامي …) of the first such mention of the
 * canonical form, else of any mention, else null. An apposition is recorded on the {@link
 * EntityMention} but is not part of its range and does not change the type. Ids E1, E2 … follow the first
 * mentions. Immutable and thread-safe.
 */
public final class EntityLinker {

  /** Jaro-Winkler similarity two words need to be spelling variants of each other. */
  public static final double TOKEN_SIMILARITY = 0.88;
  /** Shortest word length for a near-miss comparison. */
  public static final int MIN_FUZZY_LENGTH = 4;
  /** Shortest length of a one-word name for a near-miss comparison. */
  public static final int MIN_FUZZY_SINGLE = 5;

  private static final int EXACT = 3;
  private static final int FUZZY = 2;
  private static final int PARTIAL = 1;
  private static final int MAX_TITLE_GAP = 8;
  private static final char ARABIC_COMMA = '\u060C';
  private static final String AL = "\u0627\u0644";
  private static final char LAM = '\u0644';
  private static final String WEAK_LETTERS = "\u0627\u0648\u064A\u0647\u0649\u0629"; // ا و ي ه ى ة
  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
  private static final Tokenizer TOKENIZER = new Tokenizer();

  private final AliasTable aliases;

  /**
   * A linker using {@code aliases} for known entities.
   *
   * @throws NullPointerException if {@code aliases} is null
   */
  public EntityLinker(AliasTable aliases) {
    this.aliases = Objects.requireNonNull(aliases, "aliases");
  }

  /** A linker with {@link AliasTable#defaults()}. */
  public static EntityLinker getDefault() {
    return new EntityLinker(AliasTable.defaults());
  }

  /** The alias table used. */
  public AliasTable aliases() {
    return aliases;
  }

  /**
   * Groups {@code mentions} of {@code text} into entities, using the TITLE annotations to keep
   * titles apart from names. Duplicate mentions (same range) count once; a mention lying inside a
   * longer one is dropped. Partly overlapping mentions are both kept.
   *
   * @return the entities in order of first mention (unmodifiable)
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if a mention or annotation does not fit the text
   */
  public List<Entity> link(String text, List<Mention> mentions, List<Annotation> annotations) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(mentions, "mentions");
    Objects.requireNonNull(annotations, "annotations");
    List<Annotation> titles = new ArrayList<>();
    for (Annotation a : annotations) {
      Objects.requireNonNull(a, "annotation");
      if (a.end() > text.length()) {
        throw new IllegalArgumentException("annotation " + a + " lies outside the text");
      }
      if (a.type() == AnnotationType.TITLE) {
        titles.add(a);
      }
    }
    titles.sort(Comparator.comparingInt(Annotation::end));
    List<Mention> sorted = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      Objects.requireNonNull(m, "mention");
      if (m.end() > text.length() || !text.regionMatches(m.start(), m.text(), 0, m.text().length())) {
        throw new IllegalArgumentException("mention " + m + " does not fit the text");
      }
      sorted.add(m);
    }
    sorted.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::end).reversed()));

    List<Item> items = new ArrayList<>();
    int titlePointer = 0;
    int coveredTo = -1;
    for (Mention m : sorted) {
      if (m.end() <= coveredTo) {
        continue; // a duplicate, or nested in a longer mention that came first
      }
      coveredTo = Math.max(coveredTo, m.end());
      while (titlePointer + 1 < titles.size() && titles.get(titlePointer + 1).end() <= m.start()) {
        titlePointer++;
      }
      Item item = item(text, m, titles, titlePointer);
      if (item != null) {
        items.add(item);
      }
    }
    return cluster(text, stripProclitics(items));
  }

  // ---------------------------------------------------------------- mentions

  private static final class Item {
    final Mention mention;
    final int start;
    final int nameStart;
    final int nameEnd;
    final Span title;
    final Span apposition;
    final String[] tokens;
    final String[] restored;
    final AliasTable.Entry entry;
    final EntityType type;
    /** The name with the glued proclitics of its first word left out, one array per reading. */
    final String[][] bare;
    final int[] bareStarts;

    Item(Mention mention, int start, int nameStart, int nameEnd, Span title, Span apposition,
        String[] tokens, String[] restored, AliasTable.Entry entry, EntityType type, String[][] bare,
        int[] bareStarts) {
      this.mention = mention;
      this.start = start;
      this.nameStart = nameStart;
      this.nameEnd = nameEnd;
      this.title = title;
      this.apposition = apposition;
      this.tokens = tokens;
      this.restored = restored;
      this.entry = entry;
      this.type = type;
      this.bare = bare;
      this.bareStarts = bareStarts;
    }
  }

  private Item item(String text, Mention m, List<Annotation> titles, int pointer) {
    int nameStart = m.start();
    Span title = null;
    // a title glued into the mention: cut it off
    for (int k = Math.max(0, pointer - 1); k < titles.size() && k <= pointer + 1; k++) {
      Annotation a = titles.get(k);
      if (a.start() <= m.start() && a.end() > m.start() && a.end() < m.end()) {
        int s = a.end();
        while (s < m.end() && isSpace(text.charAt(s))) {
          s++;
        }
        if (s < m.end()) {
          nameStart = s;
          title = new Span(a.start(), a.end());
        }
      }
    }
    if (title == null && pointer < titles.size()) {
      Annotation a = titles.get(pointer);
      int commas = a.end() <= m.start() ? commasBetween(text, a.end(), m.start()) : -1;
      if (commas == 0 || commas == 1) { // only spaces and at most one comma
        title = new Span(a.start(), a.end());
      }
    }
    Span apposition = null;
    for (int k = Math.max(0, pointer); k < titles.size() && k <= pointer + 3; k++) {
      Annotation a = titles.get(k);
      if (a.start() >= m.end() && commasBetween(text, m.end(), a.start()) == 1) { // one comma
        apposition = new Span(a.start(), a.end());
        break;
      }
    }
    String name = text.substring(nameStart, m.end());
    NormalizedTokens v = new NormalizedTokens(name, TOKENIZER.tokenize(name));
    List<Integer> nameTokens = new ArrayList<>(v.size());
    for (int i = 0; i < v.size(); i++) {
      if (AliasTable.isNameToken(v.token(i))) {
        nameTokens.add(i);
      }
    }
    if (nameTokens.isEmpty()) {
      return null;
    }
    String[] tokens = new String[nameTokens.size()];
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = v.form(nameTokens.get(i));
    }
    int first = nameTokens.get(0);
    int bareCount = v.bareCount(first);
    String[][] bare = new String[bareCount][];
    int[] bareStarts = new int[bareCount];
    for (int k = 0; k < bareCount; k++) {
      bare[k] = tokens.clone();
      bare[k][0] = v.bare(first, k);
      bareStarts[k] = nameStart + v.bareStart(first, k);
    }
    AliasTable.Entry entry = aliases.byForm(String.join(" ", tokens));
    for (int k = 0; entry == null && k < bareCount; k++) {
      entry = aliases.byForm(String.join(" ", bare[k]));
      if (entry != null) {
        nameStart = bareStarts[k]; // بدير الزور → دير الزور
        tokens = bare[k];
        bare = new String[0][];
        bareStarts = new int[0];
      }
    }
    String[] restored = restore(tokens);
    if (entry == null && restored != null) {
      entry = aliases.byForm(String.join(" ", restored));
    }
    if (title != null && isPlace(entry, m, tokens)) {
      title = null; // a person's title before a place is not its title: زار الوزير لبنان
    }
    int start = title == null ? nameStart : title.start();
    EntityType type = entry != null ? entry.type() : title != null ? EntityType.PERSON : m.type();
    return new Item(m, start, nameStart, m.end(), title, apposition, tokens, restored, entry, type,
        bare, bareStarts);
  }

  /**
   * True when the name is a known place or organisation: an alias-table entry of another type than
   * person, or a place the recognizer found whose name is a gazetteer country or city.
   */
  private static boolean isPlace(AliasTable.Entry entry, Mention m, String[] tokens) {
    if (entry != null) {
      return entry.type() != EntityType.PERSON;
    }
    return m.type() == EntityType.LOCATION
        && (org.isnad.ner.model.Lexicon.get().classes(String.join(" ", tokens))
            & (org.isnad.ner.model.Lexicon.CITY | org.isnad.ner.model.Lexicon.COUNTRY)) != 0;
  }

  /** The form with ال restored after a contracted لل (لتحالف → التحالف), or null. */
  private static String[] restore(String[] tokens) {
    if (tokens[0].length() > 1 && tokens[0].charAt(0) == LAM && !tokens[0].startsWith(AL)) {
      String[] restored = tokens.clone();
      restored[0] = "\u0627" + tokens[0];
      return restored;
    }
    return null;
  }

  /**
   * Leaves out a glued proclitic the recognizer kept (بدير الزور) when another mention of the
   * document is the name without it (دير الزور).
   */
  private static List<Item> stripProclitics(List<Item> items) {
    Set<String> forms = new java.util.HashSet<>();
    for (Item i : items) {
      forms.add(String.join(" ", i.tokens));
    }
    List<Item> out = new ArrayList<>(items.size());
    for (Item i : items) {
      Item stripped = i;
      for (int k = 0; k < i.bare.length && stripped == i && i.entry == null; k++) {
        if (forms.contains(String.join(" ", i.bare[k]))) {
          int nameStart = i.bareStarts[k];
          stripped = new Item(i.mention, i.title == null ? nameStart : i.start, nameStart, i.nameEnd,
              i.title, i.apposition, i.bare[k], restore(i.bare[k]), null, i.type, new String[0][],
              new int[0]);
        }
      }
      out.add(stripped);
    }
    return out;
  }

  /**
   * The number of commas (Latin or Arabic) in {@code text[from, to)} if that range is at most
   * {@value #MAX_TITLE_GAP} characters of spaces and commas only, else -1: how a title, a name and an
   * apposition may be set off from each other.
   */
  static int commasBetween(String text, int from, int to) {
    if (to - from > MAX_TITLE_GAP) {
      return -1;
    }
    int commas = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == ',' || c == ARABIC_COMMA) {
        commas++;
      } else if (!isSpace(c)) {
        return -1;
      }
    }
    return commas;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  // ---------------------------------------------------------------- clustering

  private static final class Cluster {
    final EntityType type;
    final String aliasKey;
    final List<Item> items = new ArrayList<>();
    final Set<List<String>> forms = new LinkedHashSet<>();
    final java.util.TreeSet<Integer> starts = new java.util.TreeSet<>();

    Cluster(EntityType type, String aliasKey) {
      this.type = type;
      this.aliasKey = aliasKey;
    }

    /** Adds the item; returns the forms that are new to the cluster. */
    List<List<String>> add(Item item) {
      items.add(item);
      starts.add(item.nameStart);
      List<List<String>> added = new ArrayList<>(2);
      if (forms.add(List.of(item.tokens))) {
        added.add(List.of(item.tokens));
      }
      if (item.restored != null && forms.add(List.of(item.restored))) {
        added.add(List.of(item.restored));
      }
      return added;
    }

    int firstStart() {
      return starts.first();
    }
  }

  /**
   * Clusters by the consonant skeletons of the words of their forms: a name can only match a
   * cluster that shares a skeleton with it, so candidates are found without scanning every cluster.
   */
  private static final class ClusterIndex {
    final Map<String, Set<Cluster>> bySkeleton = new HashMap<>();

    final Map<String, Cluster> exact = new HashMap<>();

    void add(Cluster c, List<List<String>> forms) {
      for (List<String> form : forms) {
        exact.putIfAbsent(c.type + " " + String.join(" ", form), c);
        for (String token : form) {
          bySkeleton.computeIfAbsent(skeleton(token), k -> new LinkedHashSet<>()).add(c);
        }
      }
    }

    /**
     * The clusters that share a skeleton with every word of the name (or of its restored form):
     * only those can score, since an exact, fuzzy or partial match pairs each word of the name
     * with a word of the same skeleton. Intersecting instead of uniting keeps a document with
     * many different people of one first name linear (محمد X، محمد Y …).
     */
    Set<Cluster> candidates(Item item) {
      Set<Cluster> out = new LinkedHashSet<>();
      addSharingEveryWord(item.tokens, out);
      if (item.restored != null) {
        addSharingEveryWord(item.restored, out);
      }
      return out;
    }

    private void addSharingEveryWord(String[] words, Set<Cluster> out) {
      List<Set<Cluster>> sets = new ArrayList<>(words.length);
      Set<Cluster> smallest = null;
      for (String word : words) {
        Set<Cluster> s = bySkeleton.getOrDefault(skeleton(word), Set.of());
        sets.add(s);
        if (smallest == null || s.size() < smallest.size()) {
          smallest = s;
        }
      }
      if (smallest == null) {
        return;
      }
      for (Cluster c : smallest) {
        boolean inAll = true;
        for (int k = 0; k < sets.size() && inAll; k++) {
          inAll = sets.get(k).contains(c);
        }
        if (inAll) {
          out.add(c);
        }
      }
    }
  }

  private List<Entity> cluster(String text, List<Item> items) {
    List<Cluster> clusters = new ArrayList<>();
    ClusterIndex index = new ClusterIndex();
    Map<String, Cluster> byKey = new HashMap<>();
    List<Item> rest = new ArrayList<>();
    for (Item item : items) {
      if (item.entry != null) {
        Cluster c = byKey.get(item.entry.key());
        if (c == null) {
          c = new Cluster(item.entry.type(), item.entry.key());
          byKey.put(item.entry.key(), c);
          clusters.add(c);
        }
        index.add(c, c.add(item));
      } else {
        rest.add(item);
      }
    }
    rest.sort(Comparator.<Item>comparingInt(i -> -i.tokens.length)
        .thenComparingInt(i -> -(i.nameEnd - i.nameStart))
        .thenComparingInt(i -> i.nameStart));
    for (Item item : rest) {
      Cluster best = index.exact.get(item.type + " " + String.join(" ", item.tokens));
      if (best != null) {
        index.add(best, best.add(item)); // the same name again: nothing can match better
        continue;
      }
      int bestScore = 0;
      long bestDistance = Long.MAX_VALUE;
      for (Cluster c : index.candidates(item)) {
        if (c.type != item.type) {
          continue;
        }
        int score = score(item, c);
        if (score == 0 || score < bestScore) {
          continue;
        }
        long distance = distance(item, c);
        if (score > bestScore || distance < bestDistance) {
          best = c;
          bestScore = score;
          bestDistance = distance;
        }
      }
      if (best == null) {
        best = new Cluster(item.type, null);
        clusters.add(best);
      }
      index.add(best, best.add(item));
    }
    clusters.sort(Comparator.comparingInt(Cluster::firstStart));
    List<Entity> out = new ArrayList<>(clusters.size());
    for (Cluster c : clusters) {
      out.add(entity(text, "E" + (out.size() + 1), c));
    }
    return List.copyOf(out);
  }

  /** Distance to the nearest member; any member before the item beats every member after it. */
  private static long distance(Item item, Cluster c) {
    Integer before = c.starts.floor(item.nameStart);
    if (before != null) {
      return item.nameStart - before;
    }
    Integer after = c.starts.higher(item.nameStart);
    return after == null ? Long.MAX_VALUE : (long) Integer.MAX_VALUE + (after - item.nameStart);
  }

  private static int score(Item item, Cluster c) {
    int best = 0;
    for (List<String> form : c.forms) {
      best = Math.max(best, score(item.tokens, form, item.type));
      if (item.restored != null) {
        best = Math.max(best, score(item.restored, form, item.type));
      }
      if (best == EXACT) {
        return best;
      }
    }
    return best;
  }

  private static int score(String[] name, List<String> form, EntityType type) {
    if (name.length == form.size()) {
      int different = 0;
      for (int k = 0; k < name.length; k++) {
        if (!name[k].equals(form.get(k))) {
          if (!nearMiss(name[k], form.get(k))) {
            return 0;
          }
          different++;
        }
      }
      if (different == 0) {
        return EXACT;
      }
      if (different == 1 && (name.length > 1 || name[0].length() >= MIN_FUZZY_SINGLE)) {
        return FUZZY;
      }
      return 0;
    }
    if (name.length > form.size() || type == EntityType.MISC
        || (type == EntityType.LOCATION && name.length < 2)) {
      return 0;
    }
    for (int s = 0; s + name.length <= form.size(); s++) {
      boolean all = true;
      for (int k = 0; k < name.length && all; k++) {
        all = name[k].equals(form.get(s + k));
      }
      boolean allowed = switch (type) {
        case PERSON -> true;
        case ORGANIZATION -> s == 0 || name.length >= 2;
        default -> s == 0; // a place: its first two words or more (حقل عمر → حقل عمر العمري)
      };
      if (all && allowed) {
        return PARTIAL;
      }
    }
    return 0;
  }

  /** Spelling variants of one word: same consonant skeleton and a high Jaro-Winkler similarity. */
  static boolean nearMiss(String a, String b) {
    if (a.length() < MIN_FUZZY_LENGTH || b.length() < MIN_FUZZY_LENGTH) {
      return false;
    }
    String sa = skeleton(a);
    return sa.length() >= 2 && sa.equals(skeleton(b)) && JARO_WINKLER.apply(a, b) >= TOKEN_SIMILARITY;
  }

  private static String skeleton(String w) {
    StringBuilder sb = new StringBuilder(w.length());
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (WEAK_LETTERS.indexOf(c) < 0) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private Entity entity(String text, String id, Cluster c) {
    List<Item> items = new ArrayList<>(c.items);
    items.sort(Comparator.comparingInt(i -> i.nameStart));
    Item canonical = items.get(0);
    for (Item i : items) {
      if (i.tokens.length > canonical.tokens.length
          || (i.tokens.length == canonical.tokens.length
              && i.nameEnd - i.nameStart > canonical.nameEnd - canonical.nameStart)) {
        canonical = i;
      }
    }
    String canonicalName = text.substring(canonical.nameStart, canonical.nameEnd);
    String key = c.aliasKey != null ? c.aliasKey
        : c.type.label().toLowerCase(Locale.ROOT) + ":" + String.join(" ", canonical.tokens);
    List<EntityMention> mentions = new ArrayList<>(items.size());
    String[] titles = new String[4]; // before, canonical form; before, any; apposition, canonical; apposition, any
    for (Item i : items) {
      EntityMention em = mention(text, i);
      mentions.add(em);
      boolean canonicalForm = java.util.Arrays.equals(i.tokens, canonical.tokens);
      if (em.title() != null) {
        titles[0] = titles[0] == null && canonicalForm ? em.titleText() : titles[0];
        titles[1] = titles[1] == null ? em.titleText() : titles[1];
      }
      if (em.apposition() != null) {
        titles[2] = titles[2] == null && canonicalForm ? em.appositionText() : titles[2];
        titles[3] = titles[3] == null ? em.appositionText() : titles[3];
      }
    }
    String title = null;
    for (int k = 0; k < titles.length && title == null; k++) {
      title = titles[k];
    }
    return new Entity(id, c.type, canonicalName, key, title, mentions);
  }

  private static EntityMention mention(String text, Item i) {
    return new EntityMention(i.type, i.start, i.nameEnd, text.substring(i.start, i.nameEnd),
        i.nameStart, i.nameEnd, text.substring(i.nameStart, i.nameEnd), i.title, i.apposition,
        i.apposition == null ? null : text.substring(i.apposition.start(), i.apposition.end()),
        i.mention);
  }
}
