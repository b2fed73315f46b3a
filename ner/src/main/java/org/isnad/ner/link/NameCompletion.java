package org.isnad.ner.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.core.Normalizer;
import org.isnad.core.Token;
import org.isnad.core.TokenType;
import org.isnad.ner.Annotation;
import org.isnad.ner.EntityType;
import org.isnad.ner.Mention;
import org.isnad.ner.rules.NormalizedTokens;

/**
 * Completes the person mentions of a document from the document itself. Before linking, {@link
 * #joinAdjacent} joins person mentions that stand side by side. After a first linking, {@link
 * #complete} adds:
 *
 * <ol>
 *   <li><b>Title-bounded names.</b> A one-word person name right after its title, followed on the
 *       same line by one more Arabic word and then punctuation ({@code ، , . : ؛}) or a line end,
 *       takes that word: العميد يحيى رسول، → يحيى رسول. The word must not lie inside another
 *       mention or annotation, except a person mention of exactly that word, which the longer name
 *       replaces (the tagger found both names but not as one).
 *   <li><b>Surnames.</b> Every Arabic word whose proclitic-free form equals the last word of a
 *       person's multi-word name in the document (three letters at least, compared in {@link
 *       Normalizer#LIGHT} form so that على never matches علي) and that lies inside no mention or
 *       annotation becomes a person mention: وقال بالي → بالي of مصطفى بالي.
 * </ol>
 *
 * <p>Linear in the number of tokens; stateless and thread-safe.
 */
public final class NameCompletion {
  private static final int MIN_SURNAME = 3;
  private static final String ARTICLE = "\u0627\u0644";
  private static final char ALEF = '\u0627';
  private static final double COMPLETED_CONFIDENCE = 0.5;
  private static final char NO_BREAK_SPACE = '\u00A0';
  /** Marks a mention that a longer name took over. */
  private static final Mention ABSORBED = new Mention(EntityType.PERSON, 0, 0, "", 0);

  private NameCompletion() {}

  /**
   * Joins person mentions separated by nothing but spaces or tabs (no line break, punctuation or
   * other character) into one person mention with the lower confidence: the tagger sometimes
   * splits one name in two (ريان | ديلون → ريان ديلون), while two different people are not written
   * side by side without a comma or a conjunction (و is part of the second word, so «بوش وبلير»
   * stays two mentions). Runs of more than two join into one. Other types are left alone.
   *
   * @param text the document
   * @param sorted its mentions, sorted by start
   * @return the joined mentions, still sorted; {@code sorted} itself when nothing was joined
   */
  public static List<Mention> joinAdjacent(String text, List<Mention> sorted) {
    List<Mention> out = null;
    for (int i = 0; i < sorted.size(); i++) {
      Mention m = sorted.get(i);
      int j = i;
      while (j + 1 < sorted.size() && m.type() == EntityType.PERSON
          && sorted.get(j + 1).type() == EntityType.PERSON
          && onlySpaces(text, sorted.get(j).end(), sorted.get(j + 1).start())) {
        j++;
      }
      if (j > i && out == null) {
        out = new ArrayList<>(sorted.subList(0, i));
      }
      if (j > i) {
        int end = sorted.get(j).end();
        double confidence = m.confidence();
        for (int x = i + 1; x <= j; x++) {
          confidence = Math.min(confidence, sorted.get(x).confidence());
        }
        out.add(new Mention(EntityType.PERSON, m.start(), end, text.substring(m.start(), end), confidence));
        i = j;
      } else if (out != null) {
        out.add(m);
      }
    }
    return out == null ? sorted : out;
  }

  private static boolean onlySpaces(String text, int from, int to) {
    if (to <= from) {
      return false;
    }
    for (int c = from; c < to; c++) {
      char ch = text.charAt(c);
      if (ch != ' ' && ch != '\t' && ch != NO_BREAK_SPACE) {
        return false;
      }
    }
    return true;
  }

  /**
   * The mentions with completed names (see the class comment), given the document's token view,
   * its mentions, annotations and the entities a first {@link EntityLinker#link} made of them;
   * the same list when nothing changed.
   */
  public static List<Mention> complete(NormalizedTokens view, List<Mention> mentions,
      List<Annotation> annotations, List<Entity> entities) {
    String text = view.text();
    boolean[] covered = new boolean[text.length() + 1];
    for (Mention m : mentions) {
      mark(covered, m.start(), m.end());
    }
    for (Annotation a : annotations) {
      mark(covered, a.start(), a.end());
    }
    Map<Integer, Mention> oneWordPersonsByEnd = new HashMap<>();
    for (Mention m : mentions) {
      if (m.type() == EntityType.PERSON && m.text().indexOf(' ') < 0) {
        oneWordPersonsByEnd.put(m.end(), m);
      }
    }
    Map<Mention, Mention> replaced = new HashMap<>();
    Map<String, Boolean> surnames = new HashMap<>();
    for (Entity e : entities) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      for (EntityMention em : e.mentions()) {
        Mention extended = extendAfterTitle(view, em, covered, oneWordPersonsByEnd);
        if (extended != null) {
          replaced.put(em.mention(), extended);
          Mention absorbed = oneWordPersonsByEnd.get(extended.end());
          if (absorbed != null && absorbed.start() > em.nameStart()) {
            replaced.put(absorbed, ABSORBED);
          }
          mark(covered, extended.start(), extended.end());
          addSurname(surnames, extended.text());
        } else {
          addSurname(surnames, em.name());
        }
      }
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      Mention r = replaced.getOrDefault(m, m);
      if (r != ABSORBED) {
        out.add(r);
      }
    }
    int added = 0;
    if (!surnames.isEmpty()) {
      for (int i = 0; i < view.size(); i++) {
        Token t = view.token(i);
        if (!view.isWord(i) || covered[t.start()]) {
          continue;
        }
        for (int k = -1; k < view.bareCount(i); k++) {
          int start = k < 0 ? t.start() : view.bareStart(i, k);
          String form = Normalizer.LIGHT.apply(text.substring(start, t.end()));
          if (k >= 0 && view.bare(i, k).startsWith(ARTICLE) && !form.startsWith(ARTICLE)) {
            form = ALEF + form; // لل read as ل + ال: للعمري is ل + العمري, its span starts at the second ل
          }
          if (surnames.containsKey(form)) {
            out.add(new Mention(EntityType.PERSON, start, t.end(), text.substring(start, t.end()),
                COMPLETED_CONFIDENCE));
            added++;
            break;
          }
        }
      }
    }
    return replaced.isEmpty() && added == 0 ? mentions : out;
  }

  private static void addSurname(Map<String, Boolean> surnames, String name) {
    int space = name.lastIndexOf(' ');
    if (space < 0) {
      return;
    }
    String last = Normalizer.LIGHT.apply(name.substring(space + 1));
    if (last.length() >= MIN_SURNAME) {
      surnames.put(last, Boolean.TRUE);
    }
  }

  private static Mention extendAfterTitle(NormalizedTokens view, EntityMention em, boolean[] covered,
      Map<Integer, Mention> oneWordPersonsByEnd) {
    if (em.title() == null || em.name().indexOf(' ') >= 0) {
      return null;
    }
    int i = tokenEndingAt(view, em.nameEnd());
    if (i < 0 || !view.joined(i) || i + 1 >= view.size()) {
      return null;
    }
    Token next = view.token(i + 1);
    if (next.type() != TokenType.WORD) {
      return null;
    }
    if (covered[next.start()]) {
      Mention there = oneWordPersonsByEnd.get(next.end());
      if (there == null || there.start() != next.start()) {
        return null;
      }
    }
    boolean closed = i + 2 >= view.size() || !sameLine(view, i + 1) || isClosingPunct(view.token(i + 2));
    if (!closed) {
      return null;
    }
    Mention m = em.mention();
    String text = view.text();
    int start = em.nameStart();
    return new Mention(EntityType.PERSON, start, next.end(), text.substring(start, next.end()), m.confidence());
  }

  private static boolean sameLine(NormalizedTokens view, int i) {
    if (i + 1 >= view.size()) {
      return false;
    }
    String text = view.text();
    for (int c = view.token(i).end(); c < view.token(i + 1).start(); c++) {
      if (text.charAt(c) == '\n') {
        return false;
      }
    }
    return true;
  }

  private static boolean isClosingPunct(Token t) {
    if (t.type() != TokenType.PUNCT) {
      return false;
    }
    switch (t.text().charAt(0)) {
      case '\u060C': case ',': case '.': case ':': case '\u061B':
        return true;
      default:
        return false;
    }
  }

  /** Index of the token that ends exactly at {@code end}, or -1 (binary search). */
  private static int tokenEndingAt(NormalizedTokens view, int end) {
    int lo = 0;
    int hi = view.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int e = view.token(mid).end();
      if (e < end) {
        lo = mid + 1;
      } else if (e > end) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  private static void mark(boolean[] covered, int start, int end) {
    for (int c = start; c < end; c++) {
      covered[c] = true;
    }
  }
}
