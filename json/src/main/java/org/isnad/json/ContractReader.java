package org.isnad.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.isnad.claims.Cue;
import org.isnad.claims.Quote;
import org.isnad.claims.QuoteKind;
import org.isnad.claims.SourceType;
import org.isnad.claims.SpeakerEntity;
import org.isnad.claims.TextSpan;
import org.isnad.core.QuoteRole;
import org.isnad.core.Segment;
import org.isnad.core.SegmentKind;
import org.isnad.core.Span;
import org.isnad.core.Token;
import org.isnad.core.TokenType;
import org.isnad.ner.Annotation;
import org.isnad.ner.AnnotationType;
import org.isnad.ner.EntityType;

/**
 * Reads the contract's shapes back into values; every error names the path of the field. Fields
 * the reader does not know are ignored (they may be added within a major version).
 */
final class ContractReader {
  private ContractReader() {}

  static AnalysisRecord document(JsonNode node) {
    object(node, "$");
    checkFormat(node);
    String document = name(node);
    JsonNode error = node.get("error");
    if (error != null && !error.isNull()) {
      return AnalysisRecord.ofError(document, string(error, "error"));
    }
    List<Span> sentences = list(node, "sentences", ContractReader::sentence);
    List<Token> tokens = list(node, "tokens", ContractReader::token);
    List<List<Segment>> segments = segments(node.get("tokens"));
    List<EntityRecord> entities = list(node, "entities", ContractReader::entity);
    List<Annotation> annotations = list(node, "annotations", ContractReader::annotation);
    List<Quote> quotes = list(node, "quotes", ContractReader::quote);
    return new AnalysisRecord(document, sentences, tokens, segments, entities, annotations, quotes, null);
  }

  static List<ClaimRecord> claims(JsonNode node) {
    object(node, "$");
    checkFormat(node);
    List<ClaimRecord> claims = list(node, "claims", ContractReader::claim);
    if (claims == null) {
      throw new JsonContractException("claims: missing");
    }
    return claims;
  }

  static ClaimRecord claimLine(JsonNode node) {
    object(node, "$");
    checkFormat(node);
    return claim(node, "$");
  }

  private static void checkFormat(JsonNode node) {
    JsonNode format = node.get(IsnadJson.FORMAT_FIELD);
    if (format != null && !IsnadJson.FORMAT.equals(format.asText(null))) {
      throw new JsonContractException("format: unsupported " + format + " (this reader reads "
          + IsnadJson.FORMAT + ")");
    }
  }

  private static String name(JsonNode node) {
    JsonNode n = node.get("document");
    if (n == null || n.isNull()) {
      n = node.get("id");
    }
    if (n == null || n.isNull()) {
      return null;
    }
    return n.isValueNode() ? n.asText() : n.toString();
  }

  // ---------------------------------------------------------------- the parts

  private static Span sentence(JsonNode n, String path) {
    return build(path, () -> new Span(integer(n, "start", path), integer(n, "end", path)));
  }

  private static Token token(JsonNode n, String path) {
    String text = string(n, "text", path);
    int start = integer(n, "start", path);
    int end = integer(n, "end", path);
    TokenType type = constant(TokenType.class, n, "type", path);
    JsonNode q = n.get("quote");
    QuoteRole role = q == null || q.isNull() ? QuoteRole.NONE : constant(QuoteRole.class, n, "quote", path);
    return build(path, () -> new Token(text, start, end, type, role));
  }

  private static List<List<Segment>> segments(JsonNode tokens) {
    if (tokens == null || !tokens.isArray() || tokens.isEmpty() || tokens.get(0).get("segments") == null) {
      return null;
    }
    List<List<Segment>> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      List<Segment> s = list(tokens.get(i), "tokens[" + i + "].segments", "segments", ContractReader::segment);
      if (s == null) {
        throw new JsonContractException("tokens[" + i + "].segments: missing (token 0 has segments)");
      }
      out.add(s);
    }
    return out;
  }

  private static Segment segment(JsonNode n, String path) {
    String text = string(n, "text", path);
    int start = integer(n, "start", path);
    int end = integer(n, "end", path);
    SegmentKind kind = constant(SegmentKind.class, n, "kind", path);
    return build(path, () -> new Segment(text, start, end, kind));
  }

  private static EntityRecord entity(JsonNode n, String path) {
    String id = string(n, "id", path);
    EntityType type = constant(EntityType.class, n, "type", path);
    String canonical = string(n, "canonical", path);
    String key = string(n, "key", path);
    String title = optionalString(n, "title", path);
    List<TextSpan> mentions = list(n, path + ".mentions", "mentions", ContractReader::textSpan);
    if (mentions == null) {
      throw new JsonContractException(path + ".mentions: missing");
    }
    return build(path, () -> new EntityRecord(id, type, canonical, key, title, mentions));
  }

  private static Annotation annotation(JsonNode n, String path) {
    AnnotationType type = constant(AnnotationType.class, n, "type", path);
    String text = string(n, "text", path);
    int start = integer(n, "start", path);
    int end = integer(n, "end", path);
    return build(path, () -> new Annotation(type, start, end, text));
  }

  private static Quote quote(JsonNode n, String path) {
    QuoteKind kind = constant(QuoteKind.class, n, "kind", path);
    JsonNode c = n.get("cue");
    String cuePath = path + ".cue";
    object(c, cuePath);
    String cueText = string(c, "text", cuePath);
    int cueStart = integer(c, "start", cuePath);
    int cueEnd = integer(c, "end", cuePath);
    String lemma = string(c, "lemma", cuePath);
    Cue cue = build(cuePath, () -> new Cue(cueText, cueStart, cueEnd, lemma));
    TextSpan speaker = optionalSpan(n, "speaker", path);
    SpeakerEntity entity = speakerEntity(n, path);
    TextSpan content = optionalSpan(n, "content", path);
    if (content == null) {
      throw new JsonContractException(path + ".content: missing");
    }
    TextSpan medium = optionalSpan(n, "medium", path);
    JsonNode conf = n.get("confidence");
    if (conf == null || !conf.isNumber()) {
      throw new JsonContractException(path + ".confidence: expected a number");
    }
    return build(path, () -> new Quote(kind, cue, speaker, entity, content, medium, conf.doubleValue()));
  }

  private static SpeakerEntity speakerEntity(JsonNode n, String path) {
    JsonNode e = n.get("speakerEntity");
    String p = path + ".speakerEntity";
    if (e == null || e.isNull()) {
      return null;
    }
    object(e, p);
    String id = string(e, "id", p);
    String canonical = string(e, "canonical", p);
    SourceType type = constant(SourceType.class, e, "type", p);
    String title = optionalString(e, "title", p);
    return build(p, () -> new SpeakerEntity(id, canonical, type, title));
  }

  private static TextSpan optionalSpan(JsonNode n, String field, String path) {
    JsonNode s = n.get(field);
    if (s == null || s.isNull()) {
      return null;
    }
    return textSpan(s, path + "." + field);
  }

  private static TextSpan textSpan(JsonNode n, String path) {
    object(n, path);
    String text = string(n, "text", path);
    int start = integer(n, "start", path);
    int end = integer(n, "end", path);
    return build(path, () -> new TextSpan(text, start, end));
  }

  private static ClaimRecord claim(JsonNode n, String path) {
    String speaker = optionalString(n, "speaker", path);
    JsonNode score = n.get("score");
    if (score == null || !score.isNumber()) {
      throw new JsonContractException(path + ".score: expected a number");
    }
    List<ClaimRecord.QuoteRef> quotes = list(n, path + ".quotes", "quotes", (q, p) -> {
      String document = string(q, "document", p);
      int start = integer(q, "start", p);
      int end = integer(q, "end", p);
      String text = string(q, "text", p);
      return new ClaimRecord.QuoteRef(document, start, end, text);
    });
    List<String> documents = list(n, path + ".documents", "documents", (d, p) -> string(d, p));
    if (quotes == null || documents == null) {
      throw new JsonContractException(path + ": quotes and documents are required");
    }
    return new ClaimRecord(speaker, score.doubleValue(), quotes, documents);
  }

  // ---------------------------------------------------------------- primitives

  private static <T> List<T> list(JsonNode parent, String field, BiFunction<JsonNode, String, T> item) {
    return list(parent, field, field, item);
  }

  /** The array {@code parent.field} read item by item, or null when the field is absent. */
  private static <T> List<T> list(JsonNode parent, String path, String field,
      BiFunction<JsonNode, String, T> item) {
    JsonNode array = parent.get(field);
    if (array == null) {
      return null;
    }
    if (!array.isArray()) {
      throw new JsonContractException(path + ": expected an array");
    }
    List<T> out = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      String p = path + "[" + i + "]";
      JsonNode element = array.get(i);
      if (!element.isTextual()) {
        object(element, p);
      }
      out.add(item.apply(element, p));
    }
    return out;
  }

  private static void object(JsonNode n, String path) {
    if (n == null || !n.isObject()) {
      throw new JsonContractException(path + ": expected an object");
    }
  }

  private static String string(JsonNode n, String path) {
    if (n == null || !n.isTextual()) {
      throw new JsonContractException(path + ": expected a string");
    }
    return n.textValue();
  }

  private static String string(JsonNode parent, String field, String path) {
    return string(parent.get(field), path + "." + field);
  }

  private static String optionalString(JsonNode parent, String field, String path) {
    JsonNode n = parent.get(field);
    return n == null || n.isNull() ? null : string(n, path + "." + field);
  }

  private static int integer(JsonNode parent, String field, String path) {
    JsonNode n = parent.get(field);
    if (n == null || !n.isInt()) {
      throw new JsonContractException(path + "." + field + ": expected an integer");
    }
    return n.intValue();
  }

  private static <E extends Enum<E>> E constant(Class<E> type, JsonNode parent, String field, String path) {
    String name = string(parent, field, path);
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new JsonContractException(path + "." + field + ": unknown value \"" + name + "\"");
    }
  }

  /** Runs a value's constructor, turning its range checks into contract errors with the path. */
  private static <T> T build(String path, java.util.function.Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new JsonContractException(path + ": " + e.getMessage(), e);
    }
  }
}
