package org.isnad.claims;

import java.util.Objects;
import org.isnad.core.Normalizer;

/**
 * The source a quote's speaker resolves to: the fullest name the document gives it. Immutable.
 *
 * @param id        identifier of the entity within its document (stable for one extraction)
 * @param canonical the fullest name (ريان ديلون) or, for a source without a name, its description
 *                  (التحالف الدولي، المتحدث باسم التحالف)
 * @param type      person, organisation, document or other
 * @param title     the title or role the document gives the source (العقيد، المتحدث الرسمي باسم
 *                  التحالف), or null
 */
public record SpeakerEntity(String id, String canonical, SourceType type, String title) {

  /** @throws NullPointerException if {@code id}, {@code canonical} or {@code type} is null */
  public SpeakerEntity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(type, "type");
  }

  /** The matching key: {@link Normalizer#SEARCH} form of the canonical name. */
  public String key() {
    return Normalizer.SEARCH.apply(canonical);
  }
}
