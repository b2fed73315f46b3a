package org.isnad.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.isnad.claims.Claim;
import org.isnad.claims.Quote;
import org.isnad.claims.SourcedQuote;
import org.isnad.claims.SpeakerEntity;
import org.isnad.claims.TextSpan;

/** JSON shapes of quotes and claims, shared by {@code quotes}, {@code claims} and {@code analyze}. */
final class QuoteJson {
  private QuoteJson() {}

  /**
   * {@code "quotes":[{"kind","cue":{"text","start","end","lemma"},"speaker":{…}|null,
   * "speakerEntity":{"id","canonical","type","title"}|null,"content":{…},"medium":{…}|null,
   * "confidence"}]}.
   */
  static void quotes(JsonGenerator json, List<Quote> quotes) throws IOException {
    json.writeArrayFieldStart("quotes");
    for (Quote q : quotes) {
      json.writeStartObject();
      json.writeStringField("kind", q.kind().name());
      json.writeObjectFieldStart("cue");
      json.writeStringField("text", q.cue().text());
      json.writeNumberField("start", q.cue().start());
      json.writeNumberField("end", q.cue().end());
      json.writeStringField("lemma", q.cue().lemma());
      json.writeEndObject();
      span(json, "speaker", q.speaker());
      speakerEntity(json, q.speakerEntity());
      span(json, "content", q.content());
      span(json, "medium", q.medium());
      json.writeNumberField("confidence", Math.round(q.confidence() * 100) / 100.0);
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void span(JsonGenerator json, String name, TextSpan span) throws IOException {
    if (span == null) {
      json.writeNullField(name);
      return;
    }
    json.writeObjectFieldStart(name);
    json.writeStringField("text", span.text());
    json.writeNumberField("start", span.start());
    json.writeNumberField("end", span.end());
    json.writeEndObject();
  }

  private static void speakerEntity(JsonGenerator json, SpeakerEntity e) throws IOException {
    if (e == null) {
      json.writeNullField("speakerEntity");
      return;
    }
    json.writeObjectFieldStart("speakerEntity");
    json.writeStringField("id", e.id());
    json.writeStringField("canonical", e.canonical());
    json.writeStringField("type", e.type().name());
    json.writeStringField("title", e.title());
    json.writeEndObject();
  }

  /** {@code {"claims":[{"speaker","score","quotes":[{"document","start","end","text"}],"documents"}]}}. */
  static void claims(JsonGenerator json, List<Claim> claims) throws IOException {
    json.writeStartObject();
    json.writeArrayFieldStart("claims");
    for (Claim c : claims) {
      json.writeStartObject();
      json.writeStringField("speaker", c.speaker() == null ? null : c.speaker().canonical());
      json.writeNumberField("score", Math.round(c.score() * 100) / 100.0);
      json.writeArrayFieldStart("quotes");
      for (SourcedQuote sq : c.quotes()) {
        json.writeStartObject();
        json.writeStringField("document", sq.documentId());
        json.writeNumberField("start", sq.quote().content().start());
        json.writeNumberField("end", sq.quote().content().end());
        json.writeStringField("text", sq.quote().content().text());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("documents");
      for (String d : c.documents()) {
        json.writeString(d);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }
}
