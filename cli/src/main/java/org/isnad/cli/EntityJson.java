package org.isnad.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.isnad.ner.Annotation;
import org.isnad.ner.DocumentEntities;
import org.isnad.ner.link.Entity;
import org.isnad.ner.link.EntityMention;

/** JSON shapes of entities and annotations, shared by {@code entities} and {@code analyze}. */
final class EntityJson {
  private EntityJson() {}

  /**
   * {@code "entities":[{"id","type","canonical","key","title","mentions":[{"text","start","end"}]}],
   * "annotations":[{"type","text","start","end"}]}.
   */
  static void write(JsonGenerator json, DocumentEntities entities) throws IOException {
    json.writeArrayFieldStart("entities");
    for (Entity e : entities.entities()) {
      json.writeStartObject();
      json.writeStringField("id", e.id());
      json.writeStringField("type", e.type().name());
      json.writeStringField("canonical", e.canonicalName());
      json.writeStringField("key", e.key());
      json.writeStringField("title", e.title());
      json.writeArrayFieldStart("mentions");
      for (EntityMention m : e.mentions()) {
        json.writeStartObject();
        json.writeStringField("text", m.text());
        json.writeNumberField("start", m.start());
        json.writeNumberField("end", m.end());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("annotations");
    for (Annotation a : entities.annotations()) {
      json.writeStartObject();
      json.writeStringField("type", a.type().name());
      json.writeStringField("text", a.text());
      json.writeNumberField("start", a.start());
      json.writeNumberField("end", a.end());
      json.writeEndObject();
    }
    json.writeEndArray();
  }
}
