package org.isnad.spark;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import org.isnad.json.AnalysisRecord;
import org.isnad.json.IsnadJson;

/**
 * One line of JSON Lines in, one line out, in the shape of {@code isnad analyze --jsonl}: {@code
 * {"id":…, <the input's other fields but text and format>, "format":"isnad/1", <analysis>}}, or
 * {@code {"id":…,"error":"…"}} for a line that is not valid UTF-8, not a JSON object, has no
 * string {@code text}, or a text over the limit. Never throws for bad input.
 */
final class JsonLineAnalyzer implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final RowAnalyzer analyzer;

  JsonLineAnalyzer(RowAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** One output line, and whether it is an error record. */
  record Result(String json, boolean error) {}

  /** The output line for one input line given as its bytes (strict UTF-8). */
  String analyze(byte[] line) {
    return analyzeLine(line).json();
  }

  /** The output line for one input line. */
  String analyze(String line) {
    return analyzeLine(line).json();
  }

  /** {@link #analyze(byte[])} with the error flag. */
  Result analyzeLine(byte[] line) {
    String source = decode(line);
    return source == null ? error(null, "not valid UTF-8") : analyzeLine(source);
  }

  /** The line decoded as strict UTF-8, or null when it is not valid UTF-8. */
  static String decode(byte[] line) {
    try {
      CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
      return utf8.decode(ByteBuffer.wrap(line)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** The input's JSON object, or null with {@code why[0]} set to the reason it is not one. */
  static JsonNode parse(String line, String[] why) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      why[0] = "not valid JSON: " + e.getOriginalMessage();
      return null;
    }
    if (node == null || !node.isObject()) {
      why[0] = "not a JSON object";
      return null;
    }
    return node;
  }

  /** {@link #analyze(String)} with the error flag. */
  Result analyzeLine(String line) {
    String[] why = new String[1];
    JsonNode node = parse(line, why);
    if (node == null) {
      return error(null, why[0]);
    }
    JsonNode id = node.get("id");
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      return error(id, "no string field \"text\"");
    }
    AnalysisRecord record = analyzer.analyze(null, text.textValue());
    if (record.isError()) {
      return error(id, record.error());
    }
    StringWriter out = new StringWriter(256 + text.textValue().length() * 8);
    try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
      json.writeStartObject();
      json.writeFieldName("id");
      MAPPER.writeTree(json, id == null ? MAPPER.nullNode() : id);
      for (Iterator<Map.Entry<String, JsonNode>> it = ((ObjectNode) node).fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String name = field.getKey();
        if (!name.equals("id") && !name.equals("text") && !name.equals(IsnadJson.FORMAT_FIELD)) {
          json.writeFieldName(name);
          MAPPER.writeTree(json, field.getValue());
        }
      }
      IsnadJson.writeFields(json, record);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Result(out.toString(), false);
  }

  /** {@code {"id":…,"error":"…"}}. */
  static Result error(JsonNode id, String message) {
    ObjectNode node = MAPPER.createObjectNode();
    node.set("id", id == null ? MAPPER.nullNode() : id);
    node.put("error", message);
    return new Result(node.toString(), true);
  }
}
