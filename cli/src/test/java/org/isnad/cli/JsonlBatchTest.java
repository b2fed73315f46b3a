package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonlBatchTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DocumentAnalyzer LENGTH = (text, json) -> json.writeNumberField("length", text.length());

  private static List<JsonNode> run(JsonlBatch batch, byte[] input) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    batch.run(new ByteArrayInputStream(input), out, null);
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      lines.add(MAPPER.readTree(line));
    }
    return lines;
  }

  @Test
  void keepsInputOrderWithManyThreadsAndPassesOtherFieldsThrough() throws IOException {
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      in.append("{\"id\":").append(i).append(",\"source\":\"s").append(i % 7)
          .append("\",\"text\":\"").append("ب".repeat(i % 37)).append("\"}\n");
    }
    List<JsonNode> out = run(new JsonlBatch(LENGTH, 4, 1 << 20), in.toString().getBytes(StandardCharsets.UTF_8));
    assertEquals(500, out.size());
    for (int i = 0; i < 500; i++) {
      assertEquals(i, out.get(i).get("id").asInt());
      assertEquals("s" + (i % 7), out.get(i).get("source").asText());
      assertEquals(i % 37, out.get(i).get("length").asInt());
      assertNull(out.get(i).get("text"));
    }
  }

  @Test
  void badLinesGiveErrorRecordsAndProcessingContinues() throws IOException {
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    in.write("{\"id\":\"a\",\"text\":\"قال\"}\n".getBytes(StandardCharsets.UTF_8));
    in.write("not json\n".getBytes(StandardCharsets.UTF_8));
    in.write("[1,2]\n".getBytes(StandardCharsets.UTF_8));
    in.write("{\"id\":\"d\",\"body\":\"x\"}\n".getBytes(StandardCharsets.UTF_8));
    in.write(new byte[] {'{', '"', 'i', 'd', '"', ':', '1', ',', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, '"', '}', '\n'});
    in.write(("{\"id\":\"f\",\"text\":\"" + "x".repeat(300) + "\"}\n").getBytes(StandardCharsets.UTF_8));
    in.write("\n   \n".getBytes(StandardCharsets.UTF_8));
    in.write("{\"id\":\"g\",\"text\":\"\"}".getBytes(StandardCharsets.UTF_8)); // no final newline
    JsonlBatch batch = new JsonlBatch(LENGTH, 2, 200);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonlBatch.Summary summary = batch.run(new ByteArrayInputStream(in.toByteArray()), out, null);
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      lines.add(MAPPER.readTree(line));
    }
    assertEquals(9, lines.size(), "one output line per input line, blank ones included");
    assertEquals(7, summary.errors());
    assertEquals(9, summary.documents());
    assertTrue(summary.firstError().startsWith("line 2: not valid JSON"), summary.firstError());
    assertTrue(summary.failureReport().startsWith("7 of 9 lines failed; first: line 2: not valid JSON"),
        summary.failureReport());
    assertEquals(3, lines.get(0).get("length").asInt());
    assertTrue(lines.get(1).get("error").asText().startsWith("not valid JSON"));
    assertEquals(2, lines.get(1).get("line").asInt());
    assertEquals("not a JSON object", lines.get(2).get("error").asText());
    assertEquals("d", lines.get(3).get("id").asText());
    assertEquals("no string field \"text\"", lines.get(3).get("error").asText());
    assertTrue(lines.get(4).get("error").asText().startsWith("invalid UTF-8 at byte offset"));
    assertEquals("line is over the limit of 200 bytes", lines.get(5).get("error").asText());
    for (int blank : new int[] {6, 7}) {
      assertEquals("{\"line\":" + (blank + 1) + ",\"error\":\"empty line\"}", lines.get(blank).toString());
    }
    assertFalse(lines.get(1).has("id"), "no id when none could be read");
    assertEquals("g", lines.get(8).get("id").asText());
    assertEquals(0, lines.get(8).get("length").asInt());
  }

  @Test
  void analyzerFailureBecomesAnErrorRecord() throws IOException {
    DocumentAnalyzer failing = (text, json) -> {
      if (text.equals("boom")) {
        throw new IllegalStateException("boom");
      }
      json.writeBooleanField("ok", true);
    };
    List<JsonNode> out = run(new JsonlBatch(failing, 1, 1000),
        "{\"id\":1,\"text\":\"boom\"}\n{\"id\":2,\"text\":\"fine\"}\n".getBytes(StandardCharsets.UTF_8));
    assertTrue(out.get(0).get("error").asText().contains("boom"));
    assertTrue(out.get(1).get("ok").asBoolean());
  }

  @Test
  void blankLinesKeepTheLineCountAndTheReportUsesThousandsSeparators() throws IOException {
    StringBuilder in = new StringBuilder();
    for (int i = 1; i <= 1200; i++) {
      in.append(i % 400 == 17 ? " \t" : "{\"id\":" + i + ",\"text\":\"ب\"}").append(i % 2 == 0 ? "\r\n" : "\n");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonlBatch.Summary summary = new JsonlBatch(LENGTH, 2, 1000)
        .run(new ByteArrayInputStream(in.toString().getBytes(StandardCharsets.UTF_8)), out, null);
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertEquals(1200, lines.length);
    assertEquals("{\"line\":417,\"error\":\"empty line\"}", lines[416]);
    assertEquals("3 of 1,200 lines failed; first: line 17: empty line", summary.failureReport());
    assertNull(new JsonlBatch(LENGTH, 1, 10).run(new ByteArrayInputStream(new byte[0]), out, null).failureReport());
  }

  @Test
  void rejectsMisuse() {
    assertThrows(IllegalArgumentException.class, () -> new JsonlBatch(LENGTH, 0, 10));
    assertThrows(NullPointerException.class, () -> new JsonlBatch(null, 1, 10));
  }
}
