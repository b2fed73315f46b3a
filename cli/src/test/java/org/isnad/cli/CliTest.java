package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final Path SEEDS = Path.of(System.getProperty("isnad.seeds", "../seeds"), "articles");

  @TempDir Path tmp;

  /** What one run printed. */
  record Run(int code, List<JsonNode> out, String err) {}

  static Run run(byte[] stdin, String... args) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    java.io.InputStream oldIn = System.in;
    int code;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      System.setIn(new ByteArrayInputStream(stdin));
      code = Main.run(args);
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
      System.setIn(oldIn);
    }
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        lines.add(MAPPER.readTree(line));
      }
    }
    return new Run(code, lines, err.toString(StandardCharsets.UTF_8));
  }

  static Run run(String... args) throws IOException {
    return run(new byte[0], args);
  }

  static String seed(String name) {
    return SEEDS.resolve(name).toString();
  }

  @Test
  void tokenizeOffsetsReproduceEveryTokenOfEverySeed() throws IOException {
    List<String> args = new ArrayList<>(List.of("tokenize"));
    try (var files = Files.list(SEEDS)) {
      files.sorted().forEach(p -> args.add(p.toString()));
    }
    Run r = run(args.toArray(String[]::new));
    assertEquals(0, r.code(), r.err());
    assertEquals(5, r.out().size());
    for (JsonNode doc : r.out()) {
      String text = Files.readString(Path.of(doc.get("document").asText()));
      assertTrue(doc.get("sentences").size() > 5);
      assertTrue(doc.get("tokens").size() > 300);
      for (JsonNode t : doc.get("tokens")) {
        assertEquals(t.get("text").asText(),
            text.substring(t.get("start").asInt(), t.get("end").asInt()));
      }
    }
    JsonNode wqal = r.out().get(0).get("tokens").findParents("start").stream()
        .filter(t -> t.get("start").asInt() == 568).findFirst().orElseThrow();
    assertEquals("وقال", wqal.get("text").asText());
    assertEquals("WORD", wqal.get("type").asText());
  }

  @Test
  void tokenizeWithCliticsGivesSegmentsAtOriginalOffsets() throws IOException {
    Path f = tmp.resolve("c.txt");
    Files.writeString(f, "وقال وزير");
    Run r = run("tokenize", "--clitics", f.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode tokens = r.out().get(0).get("tokens");
    JsonNode wqal = tokens.get(0).get("segments");
    assertEquals(2, wqal.size());
    assertEquals("و", wqal.get(0).get("text").asText());
    assertEquals(0, wqal.get(0).get("start").asInt());
    assertEquals("قال", wqal.get(1).get("text").asText());
    assertEquals(1, wqal.get(1).get("start").asInt());
    assertEquals(4, wqal.get(1).get("end").asInt());
    assertEquals(1, tokens.get(1).get("segments").size(), "وزير is not split");
  }

  @Test
  void normalizePresets() throws IOException {
    Path f = tmp.resolve("a.txt");
    Files.writeString(f, "مدينةُ “الرقة” على ١٢");
    Run search = run("normalize", f.toString());
    assertEquals(0, search.code());
    assertEquals("مدينه \"الرقه\" علي 12", search.out().get(0).get("normalized").asText());
    assertEquals("search", search.out().get(0).get("preset").asText());
    Run light = run("normalize", "--preset", "light", f.toString());
    assertEquals("مدينة \"الرقة\" على 12", light.out().get(0).get("normalized").asText());
  }

  @Test
  void standardInputAndLeadingBomDropped() throws IOException {
    byte[] in = ("\uFEFFقال").getBytes(StandardCharsets.UTF_8);
    Run r = run(in, "tokenize", "-");
    assertEquals(0, r.code());
    JsonNode token = r.out().get(0).get("tokens").get(0);
    assertEquals(0, token.get("start").asInt());
    assertEquals("-", r.out().get(0).get("document").asText());
  }

  @Test
  void badInputsGetOneLineErrorsAndGoodFilesStillPrint() throws IOException {
    Path good = tmp.resolve("good.txt");
    Files.writeString(good, "وقال الوزير");
    Path bad = tmp.resolve("bad.txt");
    Files.write(bad, new byte[] {(byte) 0xD9, (byte) 0x82, (byte) 0xFF, 0x41});
    Path big = tmp.resolve("big.txt");
    Files.writeString(big, "ا".repeat(100));
    Run r = run("tokenize", "--max-bytes", "150", tmp.resolve("missing.txt").toString(), tmp.toString(),
        bad.toString(), big.toString(), good.toString());
    assertEquals(1, r.code());
    assertEquals(1, r.out().size());
    assertEquals(good.toString(), r.out().get(0).get("document").asText());
    String[] errors = r.err().strip().split("\n");
    assertEquals(4, errors.length, r.err());
    assertTrue(errors[0].endsWith("missing.txt: no such file"), errors[0]);
    assertTrue(errors[1].endsWith(": is a directory"), errors[1]);
    assertTrue(errors[2].contains("bad.txt: invalid UTF-8 at byte offset 2;"), errors[2]);
    assertTrue(errors[3].contains("over the limit of 150"), errors[3]);
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void utf16WithBomIsDecoded() throws IOException {
    Path f = tmp.resolve("u16.txt");
    Files.write(f, "قال".getBytes(StandardCharsets.UTF_16));
    Run r = run("tokenize", f.toString());
    assertEquals(0, r.code());
    assertEquals("قال", r.out().get(0).get("tokens").get(0).get("text").asText());
  }

  @Test
  void usageErrorsExitWithTwo() throws IOException {
    assertEquals(2, run("tokenize").code());
    assertEquals(2, run("no-such-command").code());
  }
}
