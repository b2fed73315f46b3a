package org.isnad.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.isnad.core.CliticSegmenter;
import org.isnad.core.Normalizer;
import org.isnad.core.QuoteRole;
import org.isnad.core.Segment;
import org.isnad.core.Span;
import org.isnad.core.Token;

/** JSON shapes of the core results, shared by {@code tokenize} and {@code analyze}. */
final class CoreJson {
  private CoreJson() {}

  /** {@code "sentences":[{"start":0,"end":11},…]}. */
  static void sentences(JsonGenerator json, List<Span> sentences) throws IOException {
    json.writeArrayFieldStart("sentences");
    for (Span s : sentences) {
      json.writeStartObject();
      json.writeNumberField("start", s.start());
      json.writeNumberField("end", s.end());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /**
   * {@code "tokens":[{"text","start","end","type","normalized"[,"quote"][,"segments"]},…]};
   * segments only when {@code segmenter} is not null.
   */
  static void tokens(JsonGenerator json, String text, List<Token> tokens, CliticSegmenter segmenter)
      throws IOException {
    json.writeArrayFieldStart("tokens");
    for (Token t : tokens) {
      json.writeStartObject();
      json.writeStringField("text", t.text());
      json.writeNumberField("start", t.start());
      json.writeNumberField("end", t.end());
      json.writeStringField("type", t.type().name());
      json.writeStringField("normalized", Normalizer.SEARCH.apply(t.text()));
      if (t.quoteRole() != QuoteRole.NONE) {
        json.writeStringField("quote", t.quoteRole().name());
      }
      if (segmenter != null) {
        json.writeArrayFieldStart("segments");
        for (Segment s : segmenter.segment(text, t)) {
          json.writeStartObject();
          json.writeStringField("text", s.text());
          json.writeNumberField("start", s.start());
          json.writeNumberField("end", s.end());
          json.writeStringField("kind", s.kind().name());
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }
}
