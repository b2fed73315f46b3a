package org.isnad.cli;

import static org.isnad.cli.CliTest.run;
import static org.isnad.cli.CliTest.seed;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteCommandsTest {
  @TempDir Path tmp;

  private static String[] allSeeds(String command) throws IOException {
    List<String> args = new ArrayList<>(List.of(command));
    try (var files = Files.list(CliTest.SEEDS)) {
      files.sorted().forEach(p -> args.add(p.toString()));
    }
    return args.toArray(String[]::new);
  }

  private static void assertSpan(String text, JsonNode span) {
    if (span != null && !span.isNull()) {
      assertEquals(span.get("text").asText(), text.substring(span.get("start").asInt(), span.get("end").asInt()));
    }
  }

  @Test
  void quotesMatchTheIssueExample() throws IOException {
    CliTest.Run r = run("quotes", seed("000_c76431b2828d011e.txt"));
    assertEquals(0, r.code(), r.err());
    JsonNode q = null;
    for (JsonNode quote : r.out().get(0).get("quotes")) {
      if (quote.get("cue").get("start").asInt() == 568) {
        q = quote;
      }
    }
    assertNotNull(q);
    assertEquals("DIRECT", q.get("kind").asText());
    assertEquals("قال", q.get("cue").get("lemma").asText());
    assertEquals("العقيد ريان ديلون", q.get("speaker").get("text").asText());
    assertEquals("ريان ديلون", q.get("speakerEntity").get("canonical").asText());
    assertEquals("PERSON", q.get("speakerEntity").get("type").asText());
    assertEquals("العقيد", q.get("speakerEntity").get("title").asText());
    assertEquals(627, q.get("content").get("start").asInt());
    assertEquals(693, q.get("content").get("end").asInt());
    assertTrue(q.get("medium").get("text").asText().startsWith("لوكالة رويترز العالمية"));
    double confidence = q.get("confidence").asDouble();
    assertTrue(confidence > 0 && confidence <= 1);
  }

  @Test
  void analyzePrintsEveryPartWithExactOffsetsAndConsistentIds() throws IOException {
    CliTest.Run r = run(allSeeds("analyze"));
    assertEquals(0, r.code(), r.err());
    assertEquals(5, r.out().size());
    for (JsonNode doc : r.out()) {
      String text = Files.readString(Path.of(doc.get("document").asText()), StandardCharsets.UTF_8);
      for (String key : List.of("document", "sentences", "tokens", "entities", "annotations", "quotes")) {
        assertTrue(doc.has(key), key);
      }
      Set<String> ids = new HashSet<>();
      for (JsonNode e : doc.get("entities")) {
        ids.add(e.get("id").asText());
        e.get("mentions").forEach(m -> assertSpan(text, m));
      }
      doc.get("tokens").forEach(t -> assertSpan(text, t));
      doc.get("annotations").forEach(a -> assertSpan(text, a));
      assertFalse(doc.get("quotes").isEmpty());
      for (JsonNode q : doc.get("quotes")) {
        assertSpan(text, q.get("cue"));
        assertSpan(text, q.get("speaker"));
        assertSpan(text, q.get("content"));
        assertSpan(text, q.get("medium"));
        JsonNode se = q.get("speakerEntity");
        if (!se.isNull() && se.get("id").asText().startsWith("E")) {
          assertTrue(ids.contains(se.get("id").asText()), "speaker entity " + se + " is one of the document's entities");
        }
      }
    }
  }

  @Test
  void claimsGroupDillonsStatementsAcrossSeeds000And001() throws IOException {
    CliTest.Run r = run(allSeeds("claims"));
    assertEquals(0, r.code(), r.err());
    assertEquals(1, r.out().size());
    int shared = 0;
    for (JsonNode c : r.out().get(0).get("claims")) {
      double score = c.get("score").asDouble();
      assertTrue(score > 0 && score <= 1);
      if (c.get("speaker").asText().equals("ريان ديلون") && c.get("documents").size() == 2) {
        shared++;
        for (JsonNode q : c.get("quotes")) {
          String text = Files.readString(Path.of(q.get("document").asText()), StandardCharsets.UTF_8);
          assertEquals(q.get("text").asText(), text.substring(q.get("start").asInt(), q.get("end").asInt()));
        }
      }
    }
    assertTrue(shared >= 3, "Dillon's statements on Al-Qaim, Al-Bukamal and the Omar field are shared claims");
  }

  @Test
  void jsonlAnalyzeFromStandardInputWithThreads() throws IOException {
    String seedText = Files.readString(Path.of(seed("004_16254fd8aac5699a.txt")));
    String line = CliTest.MAPPER.writeValueAsString(java.util.Map.of("id", "x", "text", seedText, "url", "u"));
    byte[] in = (line + "\n" + "{oops\n" + line.replace("\"x\"", "\"y\"") + "\n").getBytes(StandardCharsets.UTF_8);
    CliTest.Run r = run(in, "analyze", "--jsonl", "--threads", "2", "-");
    assertEquals(1, r.code(), "a bad line makes the exit code non-zero");
    assertEquals(3, r.out().size());
    assertEquals("x", r.out().get(0).get("id").asText());
    assertEquals("u", r.out().get(0).get("url").asText());
    assertFalse(r.out().get(0).get("quotes").isEmpty());
    assertTrue(r.out().get(1).has("error"));
    assertEquals("y", r.out().get(2).get("id").asText());
    assertEquals(r.out().get(0).get("quotes"), r.out().get(2).get("quotes"));
  }
}
