package org.isnad.ner.link;

import java.util.List;
import java.util.Objects;
import org.isnad.ner.EntityType;

/**
 * One entity of a document: every mention of the same person, organisation, place or thing.
 *
 * @param id            {@code E1}, {@code E2} … in the order of first mention in the document
 * @param type          the entity type
 * @param canonicalName the fullest name form used in the document (most words, then most
 *                      characters, then earliest), as written
 * @param key           a stable key comparable across documents: the alias table key for a
 *                      known entity (e.g. {@code org:isis}), else the type prefix and the {@link
 *                      org.isnad.core.Normalizer#SEARCH} form of the canonical name ({@code
 *                      pers:مصطفي بالي})
 * @param title         the title before the best mention, else an appositive title after one (see
 *                      {@link EntityLinker}), or null
 * @param mentions      the mentions in text order, at least one
 */
public record Entity(String id, EntityType type, String canonicalName, String key, String title,
    List<EntityMention> mentions) {

  /**
   * @throws NullPointerException if a non-nullable component is null
   * @throws IllegalArgumentException if there is no mention
   */
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(canonicalName, "canonicalName");
    Objects.requireNonNull(key, "key");
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("an entity needs a mention");
    }
  }

  /** The first mention in the text. */
  public EntityMention firstMention() {
    return mentions.get(0);
  }
}
