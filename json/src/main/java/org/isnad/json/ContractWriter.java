package org.isnad.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.isnad.claims.Quote;
import org.isnad.claims.SpeakerEntity;
import org.isnad.claims.TextSpan;
import org.isnad.core.Normalizer;
import org.isnad.core.QuoteRole;
import org.isnad.core.Segment;
import org.isnad.core.Span;
import org.isnad.core.Token;
import org.isnad.ner.Annotation;

/** Writes the contract's shapes; see {@link IsnadJson} for the format. */
final class ContractWriter {
  private ContractWriter() {}

  static void fields(JsonGenerator json, AnalysisRecord r) throws IOException {
    if (r.isError()) {
      json.writeStringField("error", r.error());
      return;
    }
    IsnadJson.writeFormat(json);
    if (r.sentences() != null) {
      sentences(json, r.sentences());
    }
    if (r.tokens() != null) {
      tokens(json, r.tokens(), r.segments());
    }
    if (r.entities() != null) {
      entities(json, r.entities());
    }
    if (r.annotations() != null) {
      annotations(json, r.annotations());
    }
    if (r.quotes() != null) {
      quotes(json, r.quotes());
    }
  }

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

  /** Tokens; {@code segments} is null or one list per token. */
  static void tokens(JsonGenerator json, List<Token> tokens, List<List<Segment>> segments)
      throws IOException {
    if (segments != null && segments.size() != tokens.size()) {
      throw new IllegalArgumentException(segments.size() + " segment lists for " + tokens.size() + " tokens");
    }
    json.writeArrayFieldStart("tokens");
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      json.writeStartObject();
      json.writeStringField("text", t.text());
      json.writeNumberField("start", t.start());
      json.writeNumberField("end", t.end());
      json.writeStringField("type", t.type().name());
      json.writeStringField("normalized", Normalizer.SEARCH.apply(t.text()));
      if (t.quoteRole() != QuoteRole.NONE) {
        json.writeStringField("quote", t.quoteRole().name());
      }
      if (segments != null) {
        json.writeArrayFieldStart("segments");
        for (Segment s : segments.get(i)) {
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

  static void entities(JsonGenerator json, List<EntityRecord> entities) throws IOException {
    json.writeArrayFieldStart("entities");
    for (EntityRecord e : entities) {
      json.writeStartObject();
      json.writeStringField("id", e.id());
      json.writeStringField("type", e.type().name());
      json.writeStringField("canonical", e.canonical());
      json.writeStringField("key", e.key());
      json.writeStringField("title", e.title());
      json.writeArrayFieldStart("mentions");
      for (TextSpan m : e.mentions()) {
        span(json, m);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  static void annotations(JsonGenerator json, List<Annotation> annotations) throws IOException {
    json.writeArrayFieldStart("annotations");
    for (Annotation a : annotations) {
      json.writeStartObject();
      json.writeStringField("type", a.type().name());
      json.writeStringField("text", a.text());
      json.writeNumberField("start", a.start());
      json.writeNumberField("end", a.end());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

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
      spanField(json, "speaker", q.speaker());
      speakerEntity(json, q.speakerEntity());
      spanField(json, "content", q.content());
      spanField(json, "medium", q.medium());
      json.writeNumberField("confidence", IsnadJson.round2(q.confidence()));
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void spanField(JsonGenerator json, String name, TextSpan span) throws IOException {
    json.writeFieldName(name);
    if (span == null) {
      json.writeNull();
    } else {
      span(json, span);
    }
  }

  private static void span(JsonGenerator json, TextSpan span) throws IOException {
    json.writeStartObject();
    json.writeStringField("text", span.text());
    json.writeNumberField("start", span.start());
    json.writeNumberField("end", span.end());
    json.writeEndObject();
  }

  private static void speakerEntity(JsonGenerator json, SpeakerEntity e) throws IOException {
    json.writeFieldName("speakerEntity");
    if (e == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    json.writeStringField("id", e.id());
    json.writeStringField("canonical", e.canonical());
    json.writeStringField("type", e.type().name());
    json.writeStringField("title", e.title());
    json.writeEndObject();
  }

  static void claims(JsonGenerator json, List<ClaimRecord> claims) throws IOException {
    json.writeStartObject();
    IsnadJson.writeFormat(json);
    json.writeArrayFieldStart("claims");
    for (ClaimRecord c : claims) {
      json.writeStartObject();
      claimFields(json, c);
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  static void claimFields(JsonGenerator json, ClaimRecord c) throws IOException {
    {
      json.writeStringField("speaker", c.speaker());
      json.writeNumberField("score", c.score());
      json.writeArrayFieldStart("quotes");
      for (ClaimRecord.QuoteRef q : c.quotes()) {
        json.writeStartObject();
        json.writeStringField("document", q.document());
        json.writeNumberField("start", q.start());
        json.writeNumberField("end", q.end());
        json.writeStringField("text", q.text());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("documents");
      for (String d : c.documents()) {
        json.writeString(d);
      }
      json.writeEndArray();
    }
  }
}
