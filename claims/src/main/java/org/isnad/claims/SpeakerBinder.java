package org.isnad.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.isnad.core.Normalizer;
import org.isnad.core.Span;
import org.isnad.ner.DocumentEntities;
import org.isnad.ner.EntityType;
import org.isnad.ner.Mention;
import org.isnad.ner.link.Entity;
import org.isnad.ner.link.EntityMention;

/**
 * Gives every quote's speaker the id of an entity in its document's entity list, so that one id
 * names one source across the output of {@link Isnad#analyze(String)}.
 *
 * <ul>
 *   <li>A speaker that is one of the recognizer's entities keeps that entity's id.
 *   <li>A role without a name (المتحدث باسم الخارجية) that the recognizer's role resolution gave to
 *       a person ({@link DocumentEntities#roles()}) is that person.
 *   <li>Otherwise a phrase resolved to the speaker that coincides with an entity mention of a
 *       compatible type (equal range, a mention that holds it, or a person's name part inside it:
 *       التويم in ناصر التويم) binds it to that entity; failing that, an entity with the same
 *       name (the {@link Normalizer#SEARCH} form, definite articles aside).
 *   <li>A speaker the recognizer missed becomes a new entity appended to the list, with the next
 *       free id ({@code E12} after {@code E11}), its type (persons and organisations as such,
 *       documents and other sources as {@link EntityType#MISC}), its title, and one mention per
 *       phrase the document names it by (the name, or the whole role or organisation phrase).
 * </ul>
 *
 * <p>A recognizer's person for whom a speaker phrase gives a fuller name (ديلون, then العقيد ريان
 * ديلون at a cue) takes that name ({@link Enricher}). The quote's {@link SpeakerEntity} then
 * carries the entity's id and canonical name. The
 * recognizer's raw mentions ({@link DocumentEntities#mentions()}) are left as they were.
 * Stateless; linear in the quotes and mentions (each phrase looks only at the mentions that start
 * within {@link #REACH} characters before it and inside it).
 */
final class SpeakerBinder {
  /** How far before a phrase a mention holding it may start, in characters. */
  static final int REACH = 120;

  private SpeakerBinder() {}

  /** Quotes whose speaker ids are entity ids of {@code entities}. */
  record Bound(List<Quote> quotes, DocumentEntities entities) {}

  /**
   * Binds {@code quotes}, whose resolver entities are {@code speakers} (same order, null where a
   * quote has no speaker), to {@code doc}'s entities.
   */
  static Bound bind(DocumentEntities doc, List<Quote> quotes, List<SpeakerResolver.Ent> speakers) {
    if (quotes.size() != speakers.size()) {
      throw new IllegalStateException("one speaker per quote expected");
    }
    Index index = new Index(doc);
    for (SpeakerResolver.Ent ent : speakers) {
      if (ent != null && ent.fromView && ent.gender != Gender.UNKNOWN) {
        index.genders.put(ent.id, ent.gender); // what the verbs told about the recognizer's persons
      }
    }
    Map<SpeakerResolver.Ent, String> idOf = new IdentityHashMap<>();
    Map<String, Entity> byId = new LinkedHashMap<>();
    for (Entity e : doc.entities()) {
      byId.put(e.id(), e);
    }
    Map<String, List<SpeakerResolver.Ent>> fuller = new HashMap<>();
    for (int i = 0; i < quotes.size(); i++) {
      SpeakerResolver.Ent ent = speakers.get(i);
      if (ent == null || idOf.containsKey(ent)) {
        continue;
      }
      Entity e = index.find(ent);
      if (e == null) {
        e = index.create(doc.text(), ent, quotes.get(i));
        if (e == null) {
          continue;
        }
        byId.put(e.id(), e);
      } else if (ent.type == SourceType.PERSON && e.type() == EntityType.PERSON && fullerName(ent, e)) {
        fuller.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(ent);
      }
      idOf.put(ent, e.id());
    }
    boolean changed = byId.size() > doc.entities().size();
    for (Map.Entry<String, List<SpeakerResolver.Ent>> f : fuller.entrySet()) {
      byId.put(f.getKey(), Enricher.withNames(doc.text(), byId.get(f.getKey()), f.getValue()));
      changed = true;
    }
    List<Quote> out = new ArrayList<>(quotes.size());
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      SpeakerResolver.Ent ent = speakers.get(i);
      String id = ent == null ? null : idOf.get(ent);
      out.add(id == null ? q : withSpeaker(q, speaker(byId.get(id), ent)));
    }
    if (!changed) {
      return new Bound(List.copyOf(out), doc);
    }
    Map<org.isnad.ner.Annotation, Entity> roles = new HashMap<>();
    doc.roles().forEach((role, e) -> roles.put(role, byId.getOrDefault(e.id(), e)));
    return new Bound(List.copyOf(out), new DocumentEntities(doc.text(), doc.mentions(), doc.annotations(),
        new ArrayList<>(byId.values()), roles));
  }

  /**
   * True when the resolver found a fuller name for {@code e}: its name with one or two name words
   * before or after it (ريان ديلون for ديلون, عبد الكريم العلمي for عبد الكريم), none of them a
   * function word or a word with a glued preposition (بجهود، للشركة); or the same words where the
   * recognizer split a name's first letter off as a clitic (كارين for ارين).
   */
  private static boolean fullerName(SpeakerResolver.Ent ent, Entity e) {
    List<String> mine = SpeakerResolver.tokens(ent.canonical);
    List<String> theirs = SpeakerResolver.tokens(e.canonicalName());
    if (ent.spans.isEmpty()) {
      return false;
    }
    if (mine.size() == theirs.size() && !mine.equals(theirs)) {
      // the recognizer took a first letter for a clitic (كارين → ارين، ليلى → يلى)
      for (int i = 0; i < mine.size(); i++) {
        String a = mine.get(i);
        String b = theirs.get(i);
        if (!a.equals(b) && !(a.length() == b.length() + 1 && a.endsWith(b) && CLITIC_LETTERS.indexOf(a.charAt(0)) >= 0)) {
          return false;
        }
      }
      return true;
    }
    if (mine.size() <= theirs.size() || mine.size() > theirs.size() + 2) {
      return false;
    }
    int extra = mine.size() - theirs.size();
    List<String> added;
    if (mine.subList(extra, mine.size()).equals(theirs)) {
      added = mine.subList(0, extra);
    } else if (mine.subList(0, theirs.size()).equals(theirs)) {
      added = mine.subList(theirs.size(), mine.size());
    } else {
      return false;
    }
    for (String w : added) {
      if (Lexicon.NP_STOPS.contains(w) || w.startsWith("بال") || w.startsWith("لل") || w.startsWith("كال")
          || (w.startsWith("ب") || w.startsWith("ل")) && !Lexicon.isFirstName(w)) {
        return false;
      }
    }
    return true;
  }

  private static SpeakerEntity speaker(Entity e, SpeakerResolver.Ent ent) {
    SourceType type = NerEntityViews.typeOf(e.type());
    if (type == SourceType.OTHER || e.type() == EntityType.MISC) {
      type = ent.type;
    }
    String title = ent.title != null ? ent.title : e.title();
    return new SpeakerEntity(e.id(), e.canonicalName(), type, title);
  }

  private static Quote withSpeaker(Quote q, SpeakerEntity s) {
    return new Quote(q.kind(), q.cue(), q.speaker(), s, q.content(), q.medium(), q.confidence());
  }

  /** Letters a recognizer may split off a name's start as a clitic: ك، ل، ب، و، ف. */
  private static final String CLITIC_LETTERS = "\u0643\u0644\u0628\u0648\u0641";

  /** Whether a resolver entity of type {@code t} may be the recognizer's entity of type {@code x}. */
  static boolean compatible(SourceType t, EntityType x) {
    switch (t) {
      case PERSON:
        return x == EntityType.PERSON;
      case ORGANIZATION:
        return x == EntityType.ORGANIZATION || x == EntityType.LOCATION;
      default:
        return x != EntityType.PERSON;
    }
  }

  /** The words of a name in SEARCH form without glued conjunctions, prepositions and articles. */
  static String nameKey(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : SpeakerResolver.tokens(name)) {
      sb.append(sb.length() == 0 ? "" : " ").append(SpeakerResolver.stripArticle(w));
    }
    return sb.toString();
  }

  /** The document's entity mentions by start, its entities by id and by name. */
  private static final class Index {
    private record Hit(Entity entity, EntityMention mention) {}

    private final NavigableMap<Integer, List<Hit>> byStart = new TreeMap<>();
    /** The persons the recognizer's role resolution gave to TITLE annotations, by annotation start. */
    private final NavigableMap<Integer, List<Map.Entry<org.isnad.ner.Annotation, Entity>>> roles = new TreeMap<>();
    private final Map<String, Entity> byId = new HashMap<>();
    private final Map<String, List<Entity>> byName = new HashMap<>();
    private int nextId;

    Index(DocumentEntities doc) {
      int max = 0;
      for (Entity e : doc.entities()) {
        byId.put(e.id(), e);
        byName.computeIfAbsent(nameKey(e.canonicalName()), k -> new ArrayList<>()).add(e);
        for (EntityMention m : e.mentions()) {
          byStart.computeIfAbsent(m.nameStart(), k -> new ArrayList<>()).add(new Hit(e, m));
        }
        max = Math.max(max, number(e.id()));
      }
      nextId = max + 1;
      for (Map.Entry<org.isnad.ner.Annotation, Entity> r : doc.roles().entrySet()) {
        roles.computeIfAbsent(r.getKey().start(), k -> new ArrayList<>()).add(r);
      }
    }

    /** Genders of the recognizer's persons as their verbs marked them, by entity id. */
    final Map<String, Gender> genders = new HashMap<>();

    /** The gender the verbs marked for {@code e}, else feminine for a known female first name, else unknown. */
    private Gender genderOf(Entity e) {
      Gender g = genders.get(e.id());
      if (g != null) {
        return g;
      }
      List<String> words = SpeakerResolver.tokens(e.canonicalName());
      return !words.isEmpty() && Lexicon.isFemaleName(words.get(0)) ? Gender.FEMININE : Gender.UNKNOWN;
    }

    /** The person the recognizer resolved a role phrase of {@code ent} to (المتحدث باسم الوزارة → X), or null. */
    private Entity roleEntity(SpeakerResolver.Ent ent) {
      if (ent.type != SourceType.PERSON || ent.nameTokens != null && !ent.nameTokens.isEmpty()) {
        return null;
      }
      for (Span s : ent.spans) {
        for (List<Map.Entry<org.isnad.ner.Annotation, Entity>> list
            : roles.subMap(Math.max(0, s.start() - REACH), true, s.end(), false).values()) {
          for (Map.Entry<org.isnad.ner.Annotation, Entity> r : list) {
            if (r.getKey().start() < s.end() && s.start() < r.getKey().end() && ent.gender.agreesWith(genderOf(r.getValue()))) {
              return r.getValue();
            }
          }
        }
      }
      return null;
    }

    private static int number(String id) {
      if (id.length() < 2 || id.charAt(0) != 'E') {
        return 0;
      }
      for (int i = 1; i < id.length(); i++) {
        if (id.charAt(i) < '0' || id.charAt(i) > '9' || i > 9) {
          return 0;
        }
      }
      return Integer.parseInt(id.substring(1));
    }

    /** The document entity {@code ent} is, or null. */
    Entity find(SpeakerResolver.Ent ent) {
      if (ent.fromView && byId.containsKey(ent.id)) {
        return byId.get(ent.id);
      }
      Entity role = roleEntity(ent);
      if (role != null && byId.containsKey(role.id())) {
        return byId.get(role.id());
      }
      String key = nameKey(ent.canonical);
      Entity inside = null;
      for (Span s : ent.spans) {
        for (List<Hit> hits : byStart.subMap(Math.max(0, s.start() - REACH), true, s.end(), false).values()) {
          for (Hit h : hits) {
            Span m = h.mention().nameSpan();
            if (!compatible(ent.type, h.entity().type()) || !m.overlaps(s)) {
              continue;
            }
            if (m.contains(s) || s.length() - m.length() <= 2 && s.contains(m)) {
              return h.entity();
            }
            if (inside == null && s.contains(m) && (ent.type == SourceType.PERSON
                ? (" " + key + " ").contains(" " + nameKey(h.mention().name()) + " ")
                : key.equals(nameKey(h.mention().name())))) {
              inside = h.entity();
            }
          }
        }
      }
      if (inside != null) {
        return inside;
      }
      for (Entity e : byName.getOrDefault(key, List.of())) {
        if (!key.isEmpty() && compatible(ent.type, e.type())) {
          return e;
        }
      }
      return null;
    }

    /** A new entity for {@code ent}, named by its phrases (or the quote's speaker), or null without any. */
    Entity create(String text, SpeakerResolver.Ent ent, Quote q) {
      List<Span> spans = new ArrayList<>(ent.spans);
      if (spans.isEmpty() && q.speaker() != null) {
        spans.add(q.speaker().span());
      }
      if (spans.isEmpty()) {
        return null;
      }
      spans.sort(null);
      EntityType type = ent.type == SourceType.PERSON ? EntityType.PERSON
          : ent.type == SourceType.ORGANIZATION ? EntityType.ORGANIZATION : EntityType.MISC;
      List<EntityMention> mentions = new ArrayList<>();
      Span last = null;
      for (Span s : spans) {
        if (s.equals(last) || s.end() > text.length()) {
          continue;
        }
        String t = s.of(text);
        mentions.add(new EntityMention(type, s.start(), s.end(), t, s.start(), s.end(), t, null, null, null,
            new Mention(type, s.start(), s.end(), t, 1.0)));
        last = s;
      }
      if (mentions.isEmpty()) {
        return null;
      }
      String key = type.label().toLowerCase(java.util.Locale.ROOT) + ":" + Normalizer.SEARCH.apply(ent.canonical);
      Entity e = new Entity("E" + nextId++, type, ent.canonical, key, ent.title, mentions);
      byId.put(e.id(), e);
      return e;
    }
  }
}
