package org.isnad.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stitches the JSON of consecutive windows of one document into the JSON object the whole
 * document would have, without holding it in memory.
 *
 * <p>Each window's object ({@code {"document":…, "sentences":[…], "tokens":[…], …}}, offsets
 * counting in the window) is added with the window's offset in the document. Every array field is
 * appended, in order, to a temporary file of its own, each {@code start} and {@code end} moved by
 * the offset. Entities are merged across windows by type and key (the same person named in two
 * windows is one entity with the mentions of both) and renumbered {@code E1, E2, …} in order of
 * first appearance; a quote's {@code speakerEntity} gets the merged entity's id (or, without
 * entities in the output, one id per type and canonical name). Entities are held in memory in a
 * compact form (about 20 bytes per mention); everything else is on disk. {@link #writeTo} prints
 * the object once every window is in, so a failure before it prints nothing. Not thread-safe.
 */
final class WindowedOutput implements Closeable {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String ENTITIES = "entities";

  /** The fields in order of first appearance; entities and scalar fields as null sections. */
  private final Map<String, Section> sections = new LinkedHashMap<>();
  private final Map<String, Merged> entities = new LinkedHashMap<>();
  private final Map<String, String> otherIds = new HashMap<>();
  private final Map<String, String> texts = new HashMap<>();
  private final Map<String, Merged> byId = new HashMap<>();
  /** Fields that are not arrays, as the first window has them. */
  private final Map<String, com.fasterxml.jackson.databind.JsonNode> scalars = new HashMap<>();
  private int entityCount;

  private static final class Section {
    final Path file;
    final JsonGenerator json;

    Section(Path file, JsonGenerator json) {
      this.file = file;
      this.json = json;
    }
  }

  /** One merged entity: its fields but the mentions, and the mentions compactly. */
  private static final class Merged {
    final ObjectNode fields;
    int[] starts = new int[4];
    int[] ends = new int[4];
    long[] shifts = new long[4];
    String[] texts = new String[4];
    int count;

    Merged(ObjectNode fields) {
      this.fields = fields;
    }

    void add(String text, int start, int end, long shift) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
        shifts = Arrays.copyOf(shifts, count * 2);
        texts = Arrays.copyOf(texts, count * 2);
      }
      starts[count] = start;
      ends[count] = end;
      shifts[count] = shift;
      texts[count++] = text;
    }
  }

  /**
   * Adds the JSON object of the window that starts at character {@code shift} of the document.
   * Its first {@code context} characters are the end of the previous window, analysed again only
   * as context (a quote's speaker named just before): what starts there is left out.
   */
  void add(TokenBuffer window, long shift, int context) throws IOException {
    Map<String, String> localIds = new HashMap<>();
    try (JsonParser p = window.asParser()) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalStateException("a window's JSON is not an object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (value != JsonToken.START_ARRAY) {
          if (name.equals("document") || name.equals("text")) {
            p.skipChildren(); // the name is written once by writeTo; a text field is per window
          } else if (!scalars.containsKey(name)) {
            scalars.put(name, MAPPER.readTree(p)); // the same in every window ("format")
            sections.putIfAbsent(name, null);
          } else {
            p.skipChildren();
          }
          continue;
        }
        if (name.equals(ENTITIES)) {
          sections.putIfAbsent(ENTITIES, null);
          while (p.nextToken() != JsonToken.END_ARRAY) {
            merge(MAPPER.readTree(p), shift, context, localIds);
          }
          continue;
        }
        Section section = section(name);
        while (p.nextToken() != JsonToken.END_ARRAY) {
          if (context == 0) {
            copy(p, section.json, null, shift, localIds);
            continue;
          }
          com.fasterxml.jackson.databind.JsonNode element = MAPPER.readTree(p);
          if (firstStart(element) >= context) {
            try (JsonParser one = MAPPER.treeAsTokens(element)) {
              one.nextToken();
              copy(one, section.json, null, shift, localIds);
            }
          }
        }
      }
    }
  }

  private Section section(String name) throws IOException {
    Section section = sections.get(name);
    if (section == null) {
      Path file = Files.createTempFile("isnad-" + name + "-", ".json");
      file.toFile().deleteOnExit();
      JsonGenerator json = MAPPER.getFactory().createGenerator(
          new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), JsonEncoding.UTF8);
      json.writeStartArray();
      section = new Section(file, json);
      sections.put(name, section);
    }
    return section;
  }

  /** The smallest {@code start} in an element (a quote's cue, speaker or content), or max. */
  private static int firstStart(com.fasterxml.jackson.databind.JsonNode element) {
    int first = Integer.MAX_VALUE;
    for (com.fasterxml.jackson.databind.JsonNode start : element.findValues("start")) {
      first = Math.min(first, start.asInt());
    }
    return first;
  }

  private void merge(com.fasterxml.jackson.databind.JsonNode entity, long shift, int context,
      Map<String, String> localIds) {
    String mergeKey = entity.path("type").asText() + "|" + entity.path("key").asText();
    Merged merged = entities.get(mergeKey);
    if (merged == null) {
      ObjectNode fields = ((ObjectNode) entity).deepCopy();
      fields.remove("mentions");
      fields.put("id", "E" + ++entityCount);
      merged = new Merged(fields);
      entities.put(mergeKey, merged);
      byId.put(fields.get("id").asText(), merged);
    } else if (merged.fields.path("title").isNull() && !entity.path("title").isNull()) {
      merged.fields.set("title", entity.get("title"));
    }
    localIds.put(entity.path("id").asText(), merged.fields.get("id").asText());
    for (com.fasterxml.jackson.databind.JsonNode m : entity.path("mentions")) {
      if (m.path("start").asInt() < context) {
        continue; // in the previous window's part, added with it
      }
      String text = m.path("text").asText();
      merged.add(texts.computeIfAbsent(text, t -> t), m.path("start").asInt(), m.path("end").asInt(), shift);
    }
  }

  /** Copies the value at the parser's current token, moving offsets and renaming entity ids. */
  private void copy(JsonParser p, JsonGenerator json, String field, long shift, Map<String, String> localIds)
      throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      json.writeStartObject();
      ObjectNode speaker = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals("speakerEntity") && p.currentToken() == JsonToken.START_OBJECT) {
          speaker = MAPPER.readTree(p);
          speaker.put("id", globalId(speaker, localIds));
          Merged merged = byId.get(speaker.get("id").asText());
          if (merged != null) {
            speaker.set("canonical", merged.fields.get("canonical"));
          }
          json.writeFieldName(name);
          MAPPER.writeTree(json, speaker);
          continue;
        }
        json.writeFieldName(name);
        copy(p, json, name, shift, localIds);
      }
      json.writeEndObject();
    } else if (token == JsonToken.START_ARRAY) {
      json.writeStartArray();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        copy(p, json, null, shift, localIds);
      }
      json.writeEndArray();
    } else if (token == JsonToken.VALUE_NUMBER_INT && ("start".equals(field) || "end".equals(field))) {
      json.writeNumber(p.getLongValue() + shift);
    } else {
      json.copyCurrentEvent(p);
    }
  }

  private String globalId(ObjectNode speaker, Map<String, String> localIds) {
    String local = speaker.path("id").asText();
    String mapped = localIds.get(local);
    if (mapped != null) {
      return mapped;
    }
    String prefix = local.replaceAll("[0-9]+$", "");
    String key = prefix + "|" + speaker.path("type").asText() + "|" + speaker.path("canonical").asText();
    return otherIds.computeIfAbsent(key, k -> prefix + (otherIds.size() + 1 + entityCount));
  }

  /** Prints the whole document's object: {@code "document"}, then the fields in window order. */
  void writeTo(OutputStream out, String name) throws IOException {
    for (Section s : sections.values()) {
      if (s != null) {
        s.json.writeEndArray();
        s.json.close();
      }
    }
    out.write(("{\"document\":" + MAPPER.writeValueAsString(name)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    for (Map.Entry<String, Section> entry : sections.entrySet()) {
      out.write((",\"" + entry.getKey() + "\":").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      if (scalars.containsKey(entry.getKey())) {
        out.write(MAPPER.writeValueAsBytes(scalars.get(entry.getKey())));
      } else if (entry.getValue() == null) {
        writeEntities(out);
      } else {
        Files.copy(entry.getValue().file, out);
      }
    }
    out.write('}');
  }

  private void writeEntities(OutputStream out) throws IOException {
    JsonGenerator json = DocumentCommand.generator(out);
    json.writeStartArray();
    for (Merged m : entities.values()) {
      json.writeStartObject();
      for (var it = m.fields.fields(); it.hasNext(); ) {
        var field = it.next();
        json.writeFieldName(field.getKey());
        MAPPER.writeTree(json, field.getValue());
      }
      json.writeArrayFieldStart("mentions");
      for (int i = 0; i < m.count; i++) {
        json.writeStartObject();
        json.writeStringField("text", m.texts[i]);
        json.writeNumberField("start", m.starts[i] + m.shifts[i]);
        json.writeNumberField("end", m.ends[i] + m.shifts[i]);
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.flush();
  }

  /** Deletes the temporary files. */
  @Override
  public void close() throws IOException {
    List<IOException> failures = new ArrayList<>();
    for (Section s : sections.values()) {
      if (s != null) {
        try {
          s.json.close();
          Files.deleteIfExists(s.file);
        } catch (IOException e) {
          failures.add(e);
        }
      }
    }
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
  }
}
