package org.isnad.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.isnad.core.Normalizer;
import org.isnad.core.Span;
import org.isnad.ner.link.Entity;
import org.isnad.ner.link.EntityMention;

/**
 * Gives a recognizer's person the fuller name the quote extractor read at a cue (the recognizer
 * found ديلون, the speaker phrase العقيد ريان ديلون names him in full): each name span of the
 * speaker replaces the entity's mention it holds (the title before it is kept), or is added when
 * it touches none, and the canonical name is chosen again by the recognizer's rule (most words,
 * then most characters, then earliest). A key made from the old canonical name follows the new
 * one; an alias-table key stays. Stateless.
 */
final class Enricher {
  private Enricher() {}

  /** {@code e} with the name spans of {@code speakers} (entities the resolver bound to it). */
  static Entity withNames(String text, Entity e, List<SpeakerResolver.Ent> speakers) {
    List<EntityMention> mentions = new ArrayList<>(e.mentions());
    for (SpeakerResolver.Ent ent : speakers) {
      List<String> name = SpeakerResolver.tokens(ent.canonical);
      for (Span s : ent.spans) {
        if (s.end() > text.length() || !name.containsAll(SpeakerResolver.tokens(s.of(text)))) {
          continue; // a role or organisation phrase, not the name
        }
        merge(text, mentions, s);
      }
    }
    mentions.sort(Comparator.comparingInt(EntityMention::start));
    EntityMention best = mentions.get(0);
    for (EntityMention m : mentions) {
      int w = SpeakerResolver.tokens(m.name()).size();
      int bw = SpeakerResolver.tokens(best.name()).size();
      if (w > bw || w == bw && m.name().length() > best.name().length()) {
        best = m;
      }
    }
    String canonical = best.name();
    String label = e.type().label().toLowerCase(Locale.ROOT) + ":";
    String key = e.key().equals(label + Normalizer.SEARCH.apply(e.canonicalName()))
        ? label + Normalizer.SEARCH.apply(canonical) : e.key();
    return new Entity(e.id(), e.type(), canonical, key, e.title(), mentions);
  }

  /** Replaces the mentions whose name {@code s} holds by one named {@code s}, or adds it when it touches none. */
  private static void merge(String text, List<EntityMention> mentions, Span s) {
    boolean touched = false;
    for (int k = 0; k < mentions.size(); k++) {
      EntityMention m = mentions.get(k);
      Span name = m.nameSpan();
      if (!name.overlaps(s)) {
        continue;
      }
      touched = true;
      if (s.contains(name) && s.length() > name.length()) {
        boolean keepTitle = m.title() != null && m.title().end() <= s.start();
        int start = keepTitle ? m.start() : s.start();
        mentions.set(k, new EntityMention(m.type(), start, s.end(), text.substring(start, s.end()), s.start(),
            s.end(), s.of(text), keepTitle ? m.title() : null, null, null, m.mention()));
      }
    }
    if (!touched) {
      EntityMention model = mentions.get(0);
      mentions.add(new EntityMention(model.type(), s.start(), s.end(), s.of(text), s.start(), s.end(), s.of(text),
          null, null, null, new org.isnad.ner.Mention(model.type(), s.start(), s.end(), s.of(text), 1.0)));
    }
  }
}
