package org.isnad.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.isnad.core.Normalizer;
import org.isnad.core.Span;
import org.isnad.ner.EntityType;
import org.isnad.ner.Mention;

/**
 * Builds {@link EntityView}s from the raw mentions of a recognizer such as {@code
 * org.isnad.ner.NamedEntityRecognizer}, for callers that have no linked entities: person mentions
 * that share their last word (ريان ديلون، ديلون) become one person whose canonical name is the
 * mention with most words; organisation mentions with the same {@link Normalizer#SEARCH} form
 * become one organisation. Locations and other types are left out: they are rarely speakers, and
 * the extractor handles them as organisations from the text. Stateless.
 */
public final class EntityViews {

  private EntityViews() {}

  /**
   * Views of the person and organisation mentions, in order of first mention.
   *
   * @throws NullPointerException if {@code mentions} or one of them is null
   */
  public static List<EntityView> fromMentions(List<Mention> mentions) {
    Objects.requireNonNull(mentions, "mentions");
    Map<String, List<Mention>> groups = new LinkedHashMap<>();
    for (Mention m : mentions) {
      Objects.requireNonNull(m, "mention");
      List<String> words = SpeakerResolver.tokens(m.text());
      if (words.isEmpty()) {
        continue;
      }
      if (m.type() == EntityType.PERSON) {
        groups.computeIfAbsent("p:" + words.get(words.size() - 1), k -> new ArrayList<>()).add(m);
      } else if (m.type() == EntityType.ORGANIZATION) {
        groups.computeIfAbsent("o:" + String.join(" ", words), k -> new ArrayList<>()).add(m);
      }
    }
    List<EntityView> out = new ArrayList<>();
    int id = 0;
    for (Map.Entry<String, List<Mention>> g : groups.entrySet()) {
      Mention best = null;
      int bestWords = -1;
      List<Span> spans = new ArrayList<>();
      for (Mention m : g.getValue()) {
        spans.add(m.span());
        int w = SpeakerResolver.tokens(m.text()).size();
        if (w > bestWords || w == bestWords && m.text().length() > best.text().length()) {
          best = m;
          bestWords = w;
        }
      }
      boolean person = g.getKey().startsWith("p:");
      String canonical = best.text();
      Gender gender = Gender.UNKNOWN;
      if (person) {
        List<String> words = SpeakerResolver.tokens(canonical);
        if (!words.isEmpty() && Lexicon.isFemaleName(words.get(0))) {
          gender = Gender.FEMININE;
        }
      }
      out.add(new EntityView("n" + id++, canonical, Normalizer.SEARCH.apply(canonical),
          person ? SourceType.PERSON : SourceType.ORGANIZATION, null, gender, spans));
    }
    return List.copyOf(out);
  }
}
