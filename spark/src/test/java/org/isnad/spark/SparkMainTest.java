package org.isnad.spark;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.isnad.claims.ClaimClusterer;
import org.isnad.claims.Isnad;
import org.isnad.claims.Quote;
import org.isnad.json.AnalysisRecord;
import org.isnad.json.ClaimRecord;
import org.isnad.json.IsnadJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code isnad-spark} command at local[2]: analyze (JSON Lines, Parquet) and claims. */
class SparkMainTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Isnad ISNAD = Isnad.create();
  private static final Map<String, String> DOCS = new LinkedHashMap<>();

  @TempDir static Path tmp;
  static Path input;

  @BeforeAll
  static void input() throws IOException {
    TestSpark.session();   // the command joins the running session instead of starting its own
    DOCS.putAll(Corpus.seeds());
    DOCS.putAll(Corpus.generated(40, 3));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Map.Entry<String, String> e : DOCS.entrySet()) {
      ObjectNode line = MAPPER.createObjectNode();
      line.put("id", e.getKey());
      line.put("text", e.getValue());
      line.put("source", "test");
      line.put("format", "ignored");
      out.write(MAPPER.writeValueAsBytes(line));
      out.write('\n');
    }
    out.write("not json\n\n   \n{\"id\":5,\"text\":7}\n".getBytes(StandardCharsets.UTF_8));
    out.write(new byte[] {'{', '"', 'i', 'd', '"', ':', '1', ',', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, '"', '}', '\n'});
    input = tmp.resolve("in.jsonl");
    Files.write(input, out.toByteArray());
  }

  private static int run(String... args) {
    return SparkMain.run(args);
  }

  private static List<String> partLines(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  /** The line {@code isnad analyze --jsonl} writes for a document with the test's fields. */
  private static String expectedLine(String id, String text) throws IOException {
    ObjectNode want = MAPPER.createObjectNode();
    want.put("id", id);
    want.put("source", "test");
    JsonNode analysis = MAPPER.readTree(IsnadJson.toJson(AnalysisRecord.of(null, ISNAD.analyze(text))));
    for (Iterator<Map.Entry<String, JsonNode>> it = analysis.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      want.set(f.getKey(), f.getValue());
    }
    return MAPPER.writeValueAsString(want);
  }

  @Test
  void analyzeWritesOneLinePerInputLine() throws IOException {
    Path out = tmp.resolve("analyzed");
    assertEquals(1, run("analyze", "--master", "local[2]", "--input", input.toString(), "--output", out.toString()),
        "exit 1: some lines are errors");
    List<String> lines = partLines(out);
    assertEquals(DOCS.size() + 3, lines.size(), "blank lines are skipped, every other line gives one");
    int i = 0;
    for (Map.Entry<String, String> e : DOCS.entrySet()) {
      assertEquals(expectedLine(e.getKey(), e.getValue()), lines.get(i++), e.getKey());
    }
    assertTrue(lines.get(i++).startsWith("{\"id\":null,\"error\":\"not valid JSON: "));
    assertEquals("{\"id\":5,\"error\":\"no string field \\\"text\\\"\"}", lines.get(i++));
    assertEquals("{\"id\":null,\"error\":\"not valid UTF-8\"}", lines.get(i));
  }

  @Test
  void analyzeToParquet() {
    Path out = tmp.resolve("parquet");
    assertEquals(1, run("analyze", "--master", "local[2]", "--format", "parquet", "--input", input.toString(),
        "--output", out.toString()));
    List<Row> rows = TestSpark.session().read().parquet(out.toString()).collectAsList();
    assertEquals(DOCS.size() + 3, rows.size());
    int errors = 0;
    for (Row r : rows) {
      if (!r.isNullAt(r.fieldIndex("error"))) {
        errors++;
        continue;
      }
      String id = r.getString(r.fieldIndex("id"));
      assertEquals(AnalyzeTest.expected(DOCS.get(id)), AnalyzeTest.record(r), id);
    }
    assertEquals(3, errors);
  }

  @Test
  void claimsEqualTheClusterer() throws IOException {
    Path out = tmp.resolve("claims");
    assertEquals(0, run("claims", "--master", "local[2]", "--input", input.toString(), "--output", out.toString()));
    Map<String, List<Quote>> quotes = new LinkedHashMap<>();
    DOCS.forEach((id, text) -> quotes.put(id, ISNAD.analyze(text).quotes()));
    List<ClaimRecord> want = ClaimRecord.of(new ClaimClusterer().cluster(quotes));
    List<ClaimRecord> got = partLines(out).stream().map(IsnadJson::readClaim).toList();
    assertEquals(want, got);
  }

  @Test
  void usageAndRunErrorsAreOneLine() {
    PrintStream old = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      assertEquals(2, run("analyze", "--output", tmp.resolve("x").toString()));
      assertEquals(2, run("analyze", "--format", "csv", "--input", input.toString(), "--output", tmp.resolve("y").toString()));
      assertEquals(1, run("analyze", "--input", tmp.resolve("missing.jsonl").toString(), "--output", tmp.resolve("z").toString()));
    } finally {
      System.setErr(old);
    }
    String text = err.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("isnad-spark: --format must be json or parquet"), text);
    assertTrue(text.lines().anyMatch(l -> l.startsWith("isnad-spark: no input at ") && l.endsWith("missing.jsonl")), text);
    assertFalse(text.contains("\tat "), "no stack trace: " + text);
  }
}
