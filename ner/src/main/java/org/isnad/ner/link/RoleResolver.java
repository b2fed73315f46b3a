package org.isnad.ner.link;

import java.util.ArrayList;
import java.util.Collections;
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
 * Ties go to the candidate mentioned most recently before the role. Immutable and thread-safe.
 */
public final class RoleResolver {

  private static final Tokenizer TOKENIZER = new Tokenizer();
  private static final String AL = "\u0627\u0644";
  private static final int EXACT = Integer.MAX_VALUE;
  private static final int MAX_GAP = 8;

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
        }
      }
    }
    Map<Annotation, Entity> out = new HashMap<>();
    for (Annotation a : annotations) {
      if (a.type() != AnnotationType.TITLE || used.contains(key(a.start(), a.end()))
          || a.end() > text.length()) {
        continue;
      }
      // a role set before a titled name: قائد العمليات المشتركة، العميد يحيى رسول
      Map.Entry<Integer, Entity> next = personStarts.ceilingEntry(a.end());
      Entity referent = next != null && separatedByComma(text, a.end(), next.getKey())
          ? next.getValue() : referent(a, entities);
      if (referent != null) {
        out.put(a, referent);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private static Entity referent(Annotation role, List<Entity> entities) {
    List<String> roleWords = words(role.text());
    if (roleWords.isEmpty()) {
      return null;
    }
    String roleForm = String.join(" ", roleWords);
    Set<String> roleContent = content(roleWords);
    boolean generic = GENERIC_ROLES.contains(roleWords.get(0));
    Entity best = null;
    int bestScore = -1;
    int bestRecency = -1;
    for (Entity e : entities) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      int score = -1;
      int recency = -1;
      for (EntityMention m : e.mentions()) {
        if (m.end() > role.start()) {
          continue;
        }
        recency = Math.max(recency, m.nameStart());
        for (String t : new String[] {m.titleText(), m.appositionText()}) {
          if (t == null) {
            continue;
          }
          List<String> titleWords = words(t);
          if (String.join(" ", titleWords).equals(roleForm)) {
            score = EXACT;
          } else {
            Set<String> shared = content(titleWords);
            shared.retainAll(roleContent);
            score = Math.max(score, shared.isEmpty() ? (generic ? 0 : -1) : shared.size());
          }
        }
      }
      if (recency < 0 || score < 0) {
        continue;
      }
      if (score > bestScore || (score == bestScore && recency > bestRecency)) {
        best = e;
        bestScore = score;
        bestRecency = recency;
      }
    }
    return best;
  }

  /** Spaces and exactly one comma between {@code from} and {@code to}, within a few characters. */
  private static boolean separatedByComma(String text, int from, int to) {
    if (to - from > MAX_GAP) {
      return false;
    }
    int commas = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == ',' || c == '\u060C') {
        commas++;
      } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        return false;
      }
    }
    return commas == 1;
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
