package org.isnad.claims;

import java.util.List;
import java.util.Objects;
import org.isnad.core.Span;

/**
 * What the quote extractor needs to know about one entity that an entity recognizer found in a
 * document: its identity, canonical name, type, title, gender if known, and the spans where the
 * document mentions it. An adapter turns any recognizer's output into these views. Immutable.
 *
 * @param id        identifier within the document
 * @param canonical fullest name (ريان ديلون)
 * @param key       matching key, usually the {@code Normalizer.SEARCH} form of the canonical name
 * @param type      the entity's type
 * @param title     title or role the document gives it, or null
 * @param gender    gender if known, else {@link Gender#UNKNOWN}
 * @param mentions  original spans of its mentions (names only, no titles), in any order
 */
public record EntityView(String id, String canonical, String key, SourceType type, String title,
    Gender gender, List<Span> mentions) {

  /** @throws NullPointerException if any argument but {@code title} is null */
  public EntityView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(gender, "gender");
    mentions = List.copyOf(mentions);
  }
}
