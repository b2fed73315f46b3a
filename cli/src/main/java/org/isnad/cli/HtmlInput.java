package org.isnad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.isnad.core.Span;
import org.isnad.html.HtmlText;

/**
 * Web pages on the command line: which inputs are HTML ({@code --format}), and the fields an HTML
 * document adds to its JSON: {@code "text"}, the extracted article text that every offset counts
 * in, and with {@code --html-offsets} an {@code htmlStart}/{@code htmlEnd} pair beside every
 * {@code start}/{@code end} pair: the span of the HTML source it came from ({@link
 * HtmlText#toSource}).
 */
final class HtmlInput {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The {@code --format} values. */
  enum Format { auto, text, html }

  private HtmlInput() {}

  /** True when the input is to be read as HTML: asked for, or by its name or start under auto. */
  static boolean isHtml(Format format, String name, String text) {
    if (format != Format.auto) {
      return format == Format.html;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".html") || lower.endsWith(".htm") || HtmlText.looksLikeHtml(text);
  }

  /** A generator that records what is written, for {@link #withSourceOffsets}. */
  static TokenBuffer buffer() {
    return new TokenBuffer(MAPPER, false);
  }

  /** What {@code buffer} recorded, as a tree with htmlStart/htmlEnd added from {@code page}. */
  static JsonNode withSourceOffsets(TokenBuffer buffer, HtmlText page) throws IOException {
    JsonNode tree = MAPPER.readTree(buffer.asParser());
    addSourceOffsets(tree, page);
    return tree;
  }

  /** Writes a tree into {@code json}. */
  static void write(com.fasterxml.jackson.core.JsonGenerator json, JsonNode tree) throws IOException {
    MAPPER.writeTree(json, tree);
  }

  /** Writes the fields of an object tree into the open object of {@code json}. */
  static void writeFields(com.fasterxml.jackson.core.JsonGenerator json, JsonNode object) throws IOException {
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      json.writeFieldName(field.getKey());
      MAPPER.writeTree(json, field.getValue());
    }
  }

  private static void addSourceOffsets(JsonNode node, HtmlText page) {
    if (node.isObject()) {
      JsonNode start = node.get("start");
      JsonNode end = node.get("end");
      if (start != null && end != null && start.isInt() && end.isInt()) {
        Span source = page.toSource(start.asInt(), end.asInt());
        ((ObjectNode) node).put("htmlStart", source.start());
        ((ObjectNode) node).put("htmlEnd", source.end());
      }
    }
    for (JsonNode child : node) {
      addSourceOffsets(child, page);
    }
  }
}
