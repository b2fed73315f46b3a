package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A long file analysed in windows of whole paragraphs prints what the whole file would. */
class WindowedRunTest {
  @TempDir static Path tmp;
  static Path longFile;
  static String longText;

  @BeforeAll
  static void writeLongFile() throws IOException {
    List<String> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(CliTest.SEEDS)) {
      for (Path p : files.sorted().toList()) {
        seeds.add(Files.readString(p).strip());
      }
    }
    StringBuilder sb = new StringBuilder("\uFEFF");
    for (int i = 0; i < 12; i++) {
      sb.append(seeds.get(i % seeds.size())).append(i % 3 == 0 ? "\n\n\n" : "\n \n");
    }
    longText = sb.toString();
    longFile = tmp.resolve("long.txt");
    Files.writeString(longFile, longText);
  }

  record Out(int code, String out, String err) {}

  static Out run(DocumentCommand command, long threshold, String... args) {
    command.windowThreshold = threshold;
    command.windowChars = 6_000;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    command.stdout = out;
    command.stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
    int code = new CommandLine(command).execute(args);
    return new Out(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /**
   * Quotes with each speaker entity's type only: its id is numbered per run, and its canonical
   * name and title come from linking over the whole text, which a window sees a part of.
   */
  private static JsonNode withoutEntityIds(JsonNode quotes) {
    JsonNode copy = quotes.deepCopy();
    for (JsonNode q : copy) {
      if (!q.get("speakerEntity").isNull()) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) q.get("speakerEntity")).remove(List.of("id", "title", "canonical"));
      }
    }
    return copy;
  }

  /** The share of quotes whose speaker entity has the same canonical name in both. */
  private static double sameCanonical(JsonNode a, JsonNode b) {
    int same = 0;
    for (int i = 0; i < a.size(); i++) {
      same += a.get(i).get("speakerEntity").path("canonical").equals(b.get(i).get("speakerEntity").path("canonical")) ? 1 : 0;
    }
    return same / (double) a.size();
  }

  private static JsonNode json(String line) throws IOException {
    return CliTest.MAPPER.readTree(line);
  }

  @Test
  void windowsGiveTheWholeFilesSentencesTokensQuotesAndEntities() throws IOException {
    Out whole = run(new AnalyzeCommand(), Long.MAX_VALUE, longFile.toString());
    Out windows = run(new AnalyzeCommand(), 1_000, longFile.toString());
    assertEquals(0, windows.code(), windows.err());
    JsonNode a = json(whole.out());
    JsonNode b = json(windows.out());
    for (String field : new String[] {"document", "sentences", "tokens", "annotations"}) {
      assertTrue(a.get(field).equals(b.get(field)), field);
    }
    assertTrue(withoutEntityIds(a.get("quotes")).equals(withoutEntityIds(b.get("quotes"))),
        "the same quotes, speakers and speaker entities (ids are numbered per run)");
    assertTrue(sameCanonical(a.get("quotes"), b.get("quotes")) >= 0.95);
    assertTrue(b.get("quotes").size() > 30);
    assertEquals(a.get("entities").size(), b.get("entities").size(), a.get("entities").size() / 10.0,
        "about as many entities: a window links names within itself");
    Set<String> ids = new HashSet<>();
    int mentions = 0;
    for (JsonNode e : b.get("entities")) {
      assertTrue(ids.add(e.get("id").asText()), "one id per entity");
      for (JsonNode m : e.get("mentions")) {
        mentions++;
        String text = longText.substring(1); // offsets count after the byte order mark
        assertEquals(m.get("text").asText(), text.substring(m.get("start").asInt(), m.get("end").asInt()));
      }
    }
    int wholeMentions = a.findValues("mentions").stream().mapToInt(JsonNode::size).sum();
    assertEquals(wholeMentions, mentions, wholeMentions / 100.0, "the mentions, up to a name a window links differently");
    for (JsonNode q : b.get("quotes")) {
      JsonNode se = q.get("speakerEntity");
      if (!se.isNull() && se.get("id").asText().startsWith("E")) {
        assertTrue(ids.contains(se.get("id").asText()), se.toString());
      }
    }
  }

  @Test
  void tokenizeQuotesAndEntitiesAlsoRunInWindows() throws IOException {
    for (DocumentCommand[] pair : new DocumentCommand[][] {
        {new TokenizeCommand(), new TokenizeCommand()}, {new QuotesCommand(), new QuotesCommand()}}) {
      Out whole = run(pair[0], Long.MAX_VALUE, longFile.toString());
      Out windows = run(pair[1], 1_000, longFile.toString());
      JsonNode a = json(whole.out());
      JsonNode b = json(windows.out());
      if (a.has("quotes")) {
        assertTrue(withoutEntityIds(a.get("quotes")).equals(withoutEntityIds(b.get("quotes"))), "quotes");
      } else {
        assertTrue(a.equals(b), pair[0].getClass().getSimpleName());
      }
    }
    Out entities = run(new EntitiesCommand(), 1_000, longFile.toString());
    assertEquals(0, entities.code(), entities.err());
    assertTrue(json(entities.out()).get("entities").size() > 10);
  }

  @Test
  void aBadByteLatePrintsNothingOfThatFileAndTheOthersStillPrint() throws IOException {
    Path bad = tmp.resolve("bad.txt");
    try (OutputStream out = Files.newOutputStream(bad)) {
      out.write(longText.getBytes(StandardCharsets.UTF_8));
      out.write(new byte[] {(byte) 0xC3, 'x'});
    }
    Path small = tmp.resolve("small.txt");
    Files.writeString(small, "قال الوزير: «نعم».");
    Out r = run(new TokenizeCommand(), 1_000, bad.toString(), small.toString());
    assertEquals(1, r.code());
    String[] lines = r.out().strip().split("\n");
    assertEquals(1, lines.length, "only the good file is printed");
    assertEquals(small.toString(), json(lines[0]).get("document").asText());
    long offset = longText.getBytes(StandardCharsets.UTF_8).length;
    assertTrue(r.err().strip().startsWith("isnad: " + bad + ": invalid UTF-8 at byte offset " + offset + ";"), r.err());
    assertEquals(1, r.err().strip().split("\n").length);
  }

  @Test
  void aLongLegacyFileIsDetectedFromItsFirstMegabyte() throws IOException {
    Charset cp1256 = Charset.forName("windows-1256");
    Path legacy = tmp.resolve("legacy.txt");
    Files.write(legacy, longText.substring(1).getBytes(cp1256));
    Out windows = run(new TokenizeCommand(), 1_000, legacy.toString());
    assertEquals(0, windows.code(), windows.err());
    assertTrue(windows.err().contains("read as windows-1256"), windows.err());
    Out whole = run(new TokenizeCommand(), Long.MAX_VALUE, longFile.toString());
    JsonNode a = json(whole.out());
    JsonNode b = json(windows.out());
    assertTrue(a.get("tokens").equals(b.get("tokens")));
  }

  @Test
  void windowsEndAfterBlankLinesElseLinesElseSpaces() {
    assertEquals(9, WindowReader.cut("abcdefg\n\nhij klm\nn", 14));
    assertEquals(15, WindowReader.cut("abcdefghi\njk l\nmn", 15));
    assertEquals(9, WindowReader.cut("abcdefgh ijklmnop", 12));
    assertEquals(11, WindowReader.cut("abcdefghijk\uD83D\uDE00", 12), "never inside a surrogate pair");
  }
}
