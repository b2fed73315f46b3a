package org.isnad.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.claims.QuoteEvaluation.Reference;
import org.isnad.claims.QuoteEvaluation.Row;
import org.isnad.core.Span;
import org.junit.jupiter.api.Test;

/**
 * The figures of {@code isnad eval-quotes seeds/quotes-dev/wikinews-articles.jsonl
 * seeds/quotes-dev/wikinews-quotes.jsonl}: 70 Arabic Wikinews articles, 233 reference quotes.
 * Prints the table and the findings and fails below floors just under the measured figures.
 */
class QuotesDevEvaluationTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final double PRECISION_FLOOR = 0.99;
  private static final double RECALL_FLOOR = 0.95;
  private static final double SPEAKER_FLOOR = 0.82;
  private static final double VERB_SPEAKER_FLOOR = 0.79;

  static Path devSet() {
    return Path.of(System.getProperty("isnad.seeds", "../seeds")).resolve("quotes-dev");
  }

  /** Articles by id, in file order. */
  static Map<String, String> articles(Path file) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode n = JSON.readTree(line);
        out.put(n.get("id").asText(), n.get("text").asText());
      }
    }
    return out;
  }

  /** Reference quotes by article id. */
  static Map<String, List<Reference>> references(Path file) throws IOException {
    Map<String, List<Reference>> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = JSON.readTree(line);
      List<Reference> refs = new ArrayList<>();
      for (JsonNode q : n.get("quotes")) {
        refs.add(new Reference(QuoteKind.valueOf(q.get("kind").asText()), span(q.get("cue")),
            span(q.get("speaker_mention")), span(q.get("speaker_entity")), span(q.get("content"))));
      }
      out.put(n.get("id").asText(), refs);
    }
    return out;
  }

  private static Span span(JsonNode s) {
    return s == null || s.isNull() ? null : new Span(s.get(0).asInt(), s.get(1).asInt());
  }

  /** The dev set analysed by {@code isnad}. */
  static List<QuoteEvaluation.Document> analysed(Isnad isnad) throws IOException {
    Map<String, String> texts = articles(devSet().resolve("wikinews-articles.jsonl"));
    Map<String, List<Reference>> refs = references(devSet().resolve("wikinews-quotes.jsonl"));
    assertEquals(texts.keySet(), refs.keySet(), "every article has its reference line");
    List<QuoteEvaluation.Document> docs = new ArrayList<>();
    for (Map.Entry<String, String> e : texts.entrySet()) {
      docs.add(QuoteEvaluation.Document.of(e.getKey(), isnad.analyze(e.getValue()), refs.get(e.getKey())));
    }
    return docs;
  }

  @Test
  void devSetFigures() throws IOException {
    List<QuoteEvaluation.Document> docs = analysed(Isnad.create());
    Map<String, String> texts = new LinkedHashMap<>();
    docs.forEach(d -> texts.put(d.id(), d.text()));
    QuoteEvaluation.Result result = QuoteEvaluation.score(docs);
    for (QuoteEvaluation.Finding f : result.findings()) {
      System.out.println("  " + f.describe(texts.get(f.documentId())));
    }
    System.out.print(result.format());
    Row all = result.overall();
    Row verb = result.rows().get(QuoteEvaluation.VERB);
    assertEquals(233, all.references());
    assertTrue(all.precision() >= PRECISION_FLOOR, "precision " + all.precision());
    assertTrue(all.recall() >= RECALL_FLOOR, "recall " + all.recall());
    assertTrue(all.speakerAccuracy() >= SPEAKER_FLOOR, "speaker " + all.speakerAccuracy());
    assertTrue(verb.speakerAccuracy() >= VERB_SPEAKER_FLOOR, "verb-carried speaker " + verb.speakerAccuracy());
  }
}
