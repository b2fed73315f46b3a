package org.isnad.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.isnad.ner.link.Entity;
import org.isnad.ner.link.EntityMention;

/**
 * What {@link EntityExtractor#extract(String)} found in one text. Immutable and thread-safe.
 *
 * @param text        the text
 * @param mentions    the entity mentions in text order (model and gazetteer merged)
 * @param annotations the rule-based TITLE, DATE and QUANTITY annotations in text order
 * @param entities    the entities, in order of first mention
 * @param roles       the person each role without a name refers to (see {@link
 *                    org.isnad.ner.link.RoleResolver}), keyed by its TITLE annotation
 */
public record DocumentEntities(String text, List<Mention> mentions, List<Annotation> annotations,
    List<Entity> entities, Map<Annotation, Entity> roles) {

  /** @throws NullPointerException if a component is null */
  public DocumentEntities {
    Objects.requireNonNull(text, "text");
    mentions = List.copyOf(mentions);
    annotations = List.copyOf(annotations);
    entities = List.copyOf(entities);
    roles = Map.copyOf(roles);
  }

  /** The person a role annotation without a name refers to, or null. */
  public Entity roleEntity(Annotation role) {
    return roles.get(Objects.requireNonNull(role, "role"));
  }

  /** The annotations of one type, in text order. */
  public List<Annotation> annotations(AnnotationType type) {
    Objects.requireNonNull(type, "type");
    List<Annotation> out = new ArrayList<>();
    for (Annotation a : annotations) {
      if (a.type() == type) {
        out.add(a);
      }
    }
    return List.copyOf(out);
  }

  /** The entity that has a mention whose name range is exactly {@code [start, end)}, or null. */
  public Entity entityAt(int start, int end) {
    for (Entity e : entities) {
      for (EntityMention m : e.mentions()) {
        if (m.nameStart() == start && m.nameEnd() == end) {
          return e;
        }
      }
    }
    return null;
  }
}
