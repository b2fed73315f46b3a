package org.isnad.ner.link;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.isnad.core.Normalizer;
import org.isnad.core.Token;
import org.isnad.core.Tokenizer;
import org.isnad.core.TokenType;
import org.isnad.ner.Annotation;
import org.isnad.ner.AnnotationType;
import org.isnad.ner.EntityType;

/**
 * Resolves a role standing without a name (نفى المتحدث …، ورجح المسؤول العسكري …) to the person
 * named earlier in the document with that role.
 *
 * <p>Only TITLE annotations that are not already the title or apposition of an entity mention are
 * resolved. A role set off by one comma right before a person's mention (قائد العمليات المشتركة
 * العراقية، العميد يحيى رسول) is that person's. Otherwise the role refers back to a PERSON entity
 * mentioned before it; each candidate is scored against the titles and appositions of its
 * mentions that precede the role:
 *
 * <ol>
 *   <li>the same title (SEARCH forms) wins outright;
 *   <li>else the candidate sharing the most content words with the role wins (words compared
 *       without ال; prepositions such as في، باسم، لـ do not count): المسؤول الإعلامي في “قسد”
 *       → the person titled مدير المركز الإعلامي لـ “قسد”;
 *   <li>else, for a role whose head is a generic role word (المتحدث، الناطق، المسؤول، القيادي …),
 *       the most recently mentioned titled person.
 * </ol>
 *
 * Ties go to the candidate mentioned most recently before the role. Candidates are the {@value
 * #MAX_CANDIDATES} persons mentioned most recently before the role, so that resolving every role of
 * a document takes time linear in its length however many people it names. Immutable and
 * thread-safe.
 */
public final class RoleResolver {

  private static final Tokenizer TOKENIZER = new Tokenizer();
  private static final String AL = "\u0627\u0644";
  private static final int EXACT = Integer.MAX_VALUE;

  /** How many of the persons mentioned most recently before a role are its candidates. */
  public static final int MAX_CANDIDATES = 64;

  private static final Set<String> FUNCTION_WORDS = forms(
      "في", "باسم", "بإسم", "لـ", "ل", "لدى", "من", "عن", "على", "إلى", "و");

  private static final Set<String> GENERIC_ROLES = forms(
      "المتحدث", "المتحدثة", "الناطق", "الناطقة", "المسؤول", "المسؤولة", "المسئول", "القيادي",
      "القيادية", "القائد", "المدير", "المستشار", "المبعوث", "الممثل", "الضابط", "المندوب");

  /** A resolver; one instance serves every thread. */
  public RoleResolver() {}

  /**
   * The referent of every resolvable role annotation of {@code annotations} among the {@code
   * entities} of {@code text}.
   *
   * @return an unmodifiable map from role annotation to entity, in no particular order
   * @throws NullPointerException if an argument is null
   */
  public Map<Annotation, Entity> resolve(String text, List<Annotation> annotations, List<Entity> entities) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(annotations, "annotations");
    Objects.requireNonNull(entities, "entities");
    Set<Long> used = new HashSet<>();
    java.util.TreeMap<Integer, Entity> personStarts = new java.util.TreeMap<>();
    List<Owned> personMentions = new ArrayList<>();
    for (Entity e : entities) {
      for (EntityMention m : e.mentions()) {
        if (m.title() != null) {
          used.add(key(m.title().start(), m.title().end()));
        }
        if (m.apposition() != null) {
          used.add(key(m.apposition().start(), m.apposition().end()));
        }
        if (e.type() == EntityType.PERSON) {
          personStarts.put(m.start(), e); // title + name, or the name
          personMentions.add(new Owned(m, e));
        }
      }
    }
    personMentions.sort(Comparator.comparingInt(o -> o.mention().end()));
    List<Annotation> roles = new ArrayList<>();
    for (Annotation a : annotations) {
      if (a.type() == AnnotationType.TITLE && !used.contains(key(a.start(), a.end()))
          && a.end() <= text.length()) {
        roles.add(a);
      }
    }
    roles.sort(Comparator.comparingInt(Annotation::start));

    Map<Annotation, Entity> out = new HashMap<>();
    Map<Entity, Candidate> candidates = new java.util.IdentityHashMap<>();
    java.util.TreeMap<Long, Candidate> byLastMention = new java.util.TreeMap<>();
    long sequence = 0;
    int nextMention = 0;
    for (Annotation a : roles) {
      // a role set before a titled name: قائد العمليات المشتركة، العميد يحيى رسول
      Map.Entry<Integer, Entity> next = personStarts.ceilingEntry(a.end());
      if (next != null && EntityLinker.commasBetween(text, a.end(), next.getKey()) == 1) {
        out.put(a, next.getValue());
        continue;
      }
      while (nextMention < personMentions.size()
          && personMentions.get(nextMention).mention().end() <= a.start()) {
        Owned o = personMentions.get(nextMention++);
        Candidate c = candidates.computeIfAbsent(o.entity(), Candidate::new);
        if (c.sequence >= 0) {
          byLastMention.remove(c.sequence);
        }
        c.sequence = sequence++;
        byLastMention.put(c.sequence, c);
        c.add(o.mention());
      }
      Entity referent = referent(a, byLastMention.descendingMap().values());
      if (referent != null) {
        out.put(a, referent);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** A person mention and its entity. */
  private record Owned(EntityMention mention, Entity entity) {}

  /** A person seen before the current role: its latest name start and its distinct titles. */
  private static final class Candidate {
    final Entity entity;
    long sequence = -1;
    int recency = -1;
    final Set<String> seen = new HashSet<>();
    final List<String> forms = new ArrayList<>();
    final List<Set<String>> contents = new ArrayList<>();

    Candidate(Entity entity) {
      this.entity = entity;
    }

    void add(EntityMention m) {
      recency = Math.max(recency, m.nameStart());
      for (String t : new String[] {m.titleText(), m.appositionText()}) {
        if (t != null && seen.add(t)) {
          List<String> words = words(t);
          forms.add(String.join(" ", words));
          contents.add(content(words));
        }
      }
    }
  }

  /** The best of the first {@link #MAX_CANDIDATES} of {@code recentFirst} for {@code role}. */
  private static Entity referent(Annotation role, Iterable<Candidate> recentFirst) {
    List<String> roleWords = words(role.text());
    if (roleWords.isEmpty()) {
      return null;
    }
    String roleForm = String.join(" ", roleWords);
    Set<String> roleContent = content(roleWords);
    boolean generic = GENERIC_ROLES.contains(roleWords.get(0));
    Candidate best = null;
    int bestScore = -1;
    int seen = 0;
    for (Candidate c : recentFirst) {
      if (seen++ == MAX_CANDIDATES) {
        break;
      }
      int score = -1;
      for (int k = 0; k < c.forms.size() && score != EXACT; k++) {
        if (c.forms.get(k).equals(roleForm)) {
          score = EXACT;
        } else {
          int shared = 0;
          for (String w : c.contents.get(k)) {
            if (roleContent.contains(w)) {
              shared++;
            }
          }
          score = Math.max(score, shared == 0 ? (generic ? 0 : -1) : shared);
        }
      }
      if (score < 0) {
        continue;
      }
      if (best == null || score > bestScore || (score == bestScore && c.recency > best.recency)) {
        best = c;
        bestScore = score;
      }
    }
    return best == null ? null : best.entity;
  }

  private static long key(int start, int end) {
    return ((long) start << 32) | end;
  }

  /** The SEARCH forms of the word tokens of {@code text}. */
  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (Token t : TOKENIZER.tokenize(text)) {
      if (t.type() == TokenType.WORD || t.type() == TokenType.LATIN) {
        out.add(Normalizer.SEARCH.apply(t.text()));
      }
    }
    return out;
  }

  /** Content words without ال, function words left out. */
  private static Set<String> content(List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      if (!FUNCTION_WORDS.contains(w)) {
        out.add(w.length() > 3 && w.startsWith(AL) ? w.substring(2) : w);
      }
    }
    return out;
  }

  private static Set<String> forms(String... words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(Normalizer.SEARCH.apply(w));
    }
    return Set.copyOf(out);
  }
}
