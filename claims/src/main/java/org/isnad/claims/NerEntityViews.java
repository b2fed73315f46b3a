package org.isnad.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.isnad.core.Normalizer;
import org.isnad.core.Span;
import org.isnad.ner.DocumentEntities;
import org.isnad.ner.EntityType;
import org.isnad.ner.link.Entity;
import org.isnad.ner.link.EntityMention;

/**
 * Turns what {@link org.isnad.ner.EntityExtractor} found in a document into the {@link
 * EntityView}s the quote extractor reads: one view per linked person or organisation (places and
 * other types are rarely speakers and are left out), with its id, canonical name, key, type,
 * title, and the name spans of its mentions. A person's gender is feminine when the
 * first word of the canonical name is a known female first name, otherwise unknown (the verb that
 * agrees with it then decides). Stateless.
 */
public final class NerEntityViews {

  private NerEntityViews() {}

  /**
   * The views of the persons and organisations of {@code doc}, in the order of the entities.
   *
   * @throws NullPointerException if {@code doc} is null
   */
  public static List<EntityView> of(DocumentEntities doc) {
    Objects.requireNonNull(doc, "doc");
    List<EntityView> out = new ArrayList<>();
    for (Entity e : doc.entities()) {
      if (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
        continue;
      }
      List<Span> spans = new ArrayList<>();
      for (EntityMention m : e.mentions()) {
        spans.add(new Span(m.nameStart(), m.nameEnd()));
      }
      SourceType type = typeOf(e.type());
      Gender gender = Gender.UNKNOWN;
      if (type == SourceType.PERSON) {
        String[] words = Normalizer.SEARCH.apply(e.canonicalName()).split(" ");
        if (words.length > 0 && Lexicon.isFemaleName(words[0])) {
          gender = Gender.FEMININE;
        }
      }
      out.add(new EntityView(e.id(), e.canonicalName(), e.key(), type, e.title(), gender, spans));
    }
    return List.copyOf(out);
  }

  /** The source type for an entity type: persons and organisations map to themselves, the rest to OTHER. */
  public static SourceType typeOf(EntityType type) {
    Objects.requireNonNull(type, "type");
    switch (type) {
      case PERSON:
        return SourceType.PERSON;
      case ORGANIZATION:
        return SourceType.ORGANIZATION;
      default:
        return SourceType.OTHER;
    }
  }
}
