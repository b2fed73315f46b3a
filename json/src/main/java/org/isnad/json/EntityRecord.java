package org.isnad.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.isnad.claims.TextSpan;
import org.isnad.ner.EntityType;
import org.isnad.ner.link.Entity;
import org.isnad.ner.link.EntityMention;

/**
 * One entity as the JSON contract carries it: {@code {"id","type","canonical","key","title",
 * "mentions":[{"text","start","end"}]}}. The contract keeps the summary of an {@link Entity}
 * that consumers need (its id within the document, type, fullest name, cross-document key, title
 * and the range of each mention, title included); the name ranges inside mentions and the model
 * mentions they were built from stay in the library. Immutable.
 *
 * @param id        {@code E1}, {@code E2} … within the document ({@link Entity#id()})
 * @param type      the entity type
 * @param canonical the fullest name as written ({@link Entity#canonicalName()})
 * @param key       the key comparable across documents ({@link Entity#key()})
 * @param title     the entity's title, or null
 * @param mentions  each mention's text and range (title and name together), in text order
 */
public record EntityRecord(String id, EntityType type, String canonical, String key, String title,
    List<TextSpan> mentions) {

  /** @throws NullPointerException if a component other than {@code title} is null */
  public EntityRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(key, "key");
    mentions = List.copyOf(mentions);
  }

  /** The contract's view of {@code entity}. @throws NullPointerException if it is null */
  public static EntityRecord of(Entity entity) {
    List<TextSpan> mentions = new ArrayList<>(entity.mentions().size());
    for (EntityMention m : entity.mentions()) {
      mentions.add(new TextSpan(m.text(), m.start(), m.end()));
    }
    return new EntityRecord(entity.id(), entity.type(), entity.canonicalName(), entity.key(),
        entity.title(), mentions);
  }

  /** The contract's view of each entity, in order. */
  public static List<EntityRecord> of(List<Entity> entities) {
    List<EntityRecord> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      out.add(of(e));
    }
    return List.copyOf(out);
  }
}
