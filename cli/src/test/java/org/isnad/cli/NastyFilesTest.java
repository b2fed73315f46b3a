package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.text.StringEscapeUtils;
import org.isnad.claims.Analysis;
import org.isnad.claims.Isnad;
import org.isnad.claims.Quote;
import org.isnad.claims.QuoteKind;
import org.isnad.claims.TextSpan;
import org.isnad.core.SentenceSplitter;
import org.isnad.core.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nasty files of {@code src/test/resources/nasty} (small, committed) and big ones generated
 * here (a 200,000-character line without a space, a 10 MB article), each analysed through {@code
 * isnad analyze} and through {@link Isnad#analyze}. The big sizes would take minutes if any stage
 * were quadratic, so running them in the normal test time is the linearity check.
 */
class NastyFilesTest {
  private static final Isnad ISNAD = Isnad.create();
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();
  private static final int LONG_LINE = 200_000;
  private static final int TEN_MB = 10 * 1024 * 1024;

  @TempDir Path tmp;

  private static Path nasty(String name) {
    try {
      return Path.of(NastyFilesTest.class.getResource("/nasty/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(String name) throws IOException {
    return Files.readString(nasty(name), StandardCharsets.UTF_8);
  }

  @Test
  void emptyAndWhitespaceOnlyGiveEmptyAnalyses() throws IOException {
    for (String name : List.of("empty.txt", "whitespace.txt")) {
      CliTest.Run r = CliTest.run("analyze", nasty(name).toString());
      assertEquals(0, r.code(), r.err());
      JsonNode doc = r.out().get(0);
      for (String key : List.of("sentences", "tokens", "entities", "annotations", "quotes")) {
        assertTrue(doc.get(key).isEmpty(), name + " " + key);
      }
      Analysis a = ISNAD.analyze(read(name));
      assertTrue(a.tokens().isEmpty() && a.sentences().isEmpty() && a.quotes().isEmpty());
      assertTrue(a.entities().mentions().isEmpty());
    }
  }

  @Test
  void onlyDiacriticsOrOnlyPunctuationHaveNoQuotesOrEntities() throws IOException {
    for (String name : List.of("diacritics.txt", "punctuation.txt")) {
      String text = read(name);
      CliTest.Run r = CliTest.run("analyze", nasty(name).toString());
      assertEquals(0, r.code(), r.err());
      JsonNode doc = r.out().get(0);
      doc.get("tokens").forEach(t -> assertSpan(text, t));
      assertTrue(doc.get("quotes").isEmpty(), name);
      assertTrue(doc.get("entities").isEmpty(), name);
      Analysis a = ISNAD.analyze(text);
      assertEquals(doc.get("tokens").size(), a.tokens().size());
      assertTrue(a.quotes().isEmpty());
    }
  }

  @Test
  void aThousandUnbalancedQuotationMarksStayInsideTheirParagraphs() throws IOException {
    String text = read("unbalanced-quotes.txt");
    assertTrue(text.chars().filter(c -> "\"«»“”„″'".indexOf(c) >= 0).count() >= 1000);
    CliTest.Run r = CliTest.run("analyze", nasty("unbalanced-quotes.txt").toString());
    assertEquals(0, r.code(), r.err());
    JsonNode doc = r.out().get(0);
    List<Span> paragraphs = SPLITTER.paragraphs(text);
    for (JsonNode q : doc.get("quotes")) {
      assertSpan(text, q.get("cue"));
      assertSpan(text, q.get("speaker"));
      assertSpan(text, q.get("content"));
      assertSpan(text, q.get("medium"));
      Span content = new Span(q.get("content").get("start").asInt(), q.get("content").get("end").asInt());
      assertTrue(paragraphs.stream().anyMatch(p -> p.contains(content)), q::toString);
    }
    Analysis a = ISNAD.analyze(text);
    assertEquals(doc.get("quotes").size(), a.quotes().size());
    assertFalse(a.quotes().isEmpty(), "the cues between the marks are still found");
  }

  @Test
  void htmlEscapesAreDecodedWithHtmlAndTheQuoteIsFound() throws IOException {
    String raw = read("html-escaped.txt");
    String said = "إن الحكومة ستواصل العمل من أجل السلام";

    CliTest.Run r = CliTest.run("analyze", "--html", nasty("html-escaped.txt").toString());
    assertEquals(0, r.code(), r.err());
    JsonNode doc = r.out().get(0);
    String decoded = doc.get("text").asText();
    assertTrue(decoded.contains("\"" + said + "\""), decoded);
    assertTrue(decoded.contains("<p>وأضاف"), "an escaped tag is text: " + decoded);
    doc.get("tokens").forEach(t -> assertSpan(decoded, t));
    boolean found = false;
    for (JsonNode q : doc.get("quotes")) {
      assertSpan(decoded, q.get("content"));
      found |= q.get("kind").asText().equals("DIRECT") && q.get("content").get("text").asText().equals(said);
    }
    assertTrue(found, doc.get("quotes").toString());

    Analysis a = ISNAD.analyze(decoded);
    assertTrue(a.quotes().stream().anyMatch(q -> q.kind() == QuoteKind.DIRECT && q.content().text().equals(said)),
        a.quotes()::toString);
    CliTest.Run plain = CliTest.run("analyze", nasty("html-escaped.txt").toString());
    assertEquals(0, plain.code());
    plain.out().get(0).get("tokens").forEach(t -> assertSpan(raw, t));
  }

  @Test
  void htmlReferencesToNoCodePointBecomeReplacementCharactersAndTheOtherFilesStillRun() throws IOException {
    CliTest.Run r = CliTest.run("analyze", "--html", nasty("html-bad-references.txt").toString(),
        nasty("html-escaped.txt").toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(2, r.out().size());
    JsonNode quotes = r.out().get(0).get("quotes");
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals("الحكومة \uFFFD مستمرة \uFFFD في عملها", quotes.get(0).get("content").get("text").asText(),
        "as HTML5 decodes them");

    String line = CliTest.MAPPER.writeValueAsString(java.util.Map.of("id", "1", "text", read("html-bad-references.txt")));
    CliTest.Run jsonl = CliTest.run((line + "\n").getBytes(StandardCharsets.UTF_8), "analyze", "--jsonl", "--html", "-");
    assertEquals(0, jsonl.code(), jsonl.err());
    assertEquals(quotes, jsonl.out().get(0).get("quotes"));
  }

  @Test
  void nastyJsonLinesGetOneOutputLineEachAndTheGoodOnesAreAnalysed() throws IOException {
    CliTest.Run r = CliTest.run("analyze", "--jsonl", "--threads", "2", nasty("nasty.jsonl").toString());
    assertEquals(1, r.code(), "bad lines make the exit code 1");
    assertEquals(11, r.out().size(), "one line per input line");
    assertTrue(r.err().contains("8 of 11 lines failed; first: line 1: invalid UTF-8"), r.err());
    assertEquals("empty line", r.out().get(9).get("error").asText());
    int[] bad = {1, 2, 3, 4, 5, 7, 8, 10};
    for (int line : bad) {
      JsonNode out = r.out().get(line - 1);
      assertEquals(line, out.get("line").asInt(), out::toString);
      assertTrue(out.get("error").asText().length() > 5, out::toString);
    }
    assertTrue(r.out().get(0).get("error").asText().contains("invalid UTF-8 at byte offset"));
    assertTrue(r.out().get(3).get("error").asText().startsWith("not valid JSON"), "deep nesting is refused");
    JsonNode lone = r.out().get(5);
    assertEquals(6, lone.get("id").asInt());
    assertEquals("\uD800", lone.get("tokens").get(1).get("text").asText(), "a lone surrogate survives as a token");
    assertEquals(10, r.out().get(8).get("id").asInt(), "the last duplicate key wins");
    assertEquals("قال", r.out().get(10).get("tokens").get(0).get("text").asText());
    assertEquals(2, r.out().get(10).get("id").get("nested").size(), "a structured id is echoed");
  }

  @Test
  void invalidUtf8AndBinaryGetOneLineErrorsWithTheByteOffset() throws IOException {
    CliTest.Run r = CliTest.run("analyze", nasty("invalid-utf8.txt").toString(), nasty("binary.bin").toString());
    assertEquals(1, r.code());
    assertTrue(r.out().isEmpty());
    String[] errors = r.err().strip().split("\n");
    assertEquals(2, errors.length, r.err());
    assertTrue(errors[0].contains("invalid-utf8.txt: invalid UTF-8 at byte offset 19"), errors[0]);
    assertTrue(errors[1].endsWith("binary.bin: invalid UTF-8 at byte offset 0; if it is text in another encoding, name it with --encoding NAME"), errors[1]);
    assertFalse(r.err().contains("Exception"));
  }

  @Test
  void asciiControlBytesAreValidUtf8AndAnalysedWithoutCrashing() throws IOException {
    String text = read("ascii-controls.bin");
    assertTrue(text.indexOf('\0') >= 0);
    CliTest.Run r = CliTest.run("analyze", nasty("ascii-controls.bin").toString());
    assertEquals(0, r.code(), r.err());
    r.out().get(0).get("tokens").forEach(t -> assertSpan(text, t));
    assertEquals(r.out().get(0).get("tokens").size(), ISNAD.analyze(text).tokens().size());
  }

  @Test
  void utf16WithByteOrderMarkIsDecodedAndItsQuoteFound() throws IOException {
    CliTest.Run r = CliTest.run("analyze", nasty("utf16-bom.txt").toString());
    assertEquals(0, r.code(), r.err());
    JsonNode quotes = r.out().get(0).get("quotes");
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals("الحكومة مستمرة في عملها", quotes.get(0).get("content").get("text").asText());
    String text = new String(Files.readAllBytes(nasty("utf16-bom.txt")), StandardCharsets.UTF_16);
    assertEquals(quotes.get(0).get("content").get("start").asInt(),
        ISNAD.analyze(text).quotes().get(0).content().start());
  }

  @Test
  void twoHundredThousandCharacterLinesWithoutASpace() throws IOException {
    String letters = "بسمالله".repeat(LONG_LINE / 7 + 1).substring(0, LONG_LINE);
    String mixed = "قال«الوزير»إن\"الحكومة\u0651ستواصل“x1٢".repeat(LONG_LINE / 30 + 1).substring(0, LONG_LINE);
    for (String text : List.of(letters, mixed)) {
      Path f = tmp.resolve("line.txt");
      Files.writeString(f, text);
      Path out = tmp.resolve("line.json");
      CliRun r = runToFile(out, "analyze", f.toString());
      assertEquals(0, r.code(), r.err());
      List<JsonNode> quotes = quotesOf(out);
      for (JsonNode q : quotes) {
        assertSpan(text, q.get("content"));
      }
      Analysis a = ISNAD.analyze(text);
      assertEquals(quotes.size(), a.quotes().size());
      long covered = a.tokens().stream().mapToLong(t -> t.end() - t.start()).sum();
      assertEquals(text.length(), covered, "no space: the tokens cover the line");
    }
  }

  @Test
  void tenMegabyteArticleFindsEveryQuoteOfItsParts() throws IOException {
    List<String> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(CliTest.SEEDS)) {
      for (Path p : files.sorted().toList()) {
        seeds.add(Files.readString(p, StandardCharsets.UTF_8).strip());
      }
    }
    List<List<Quote>> partQuotes = new ArrayList<>();
    for (String s : seeds) {
      partQuotes.add(ISNAD.analyze(s).quotes());
    }
    StringBuilder big = new StringBuilder(TEN_MB);
    List<String> expected = new ArrayList<>();
    long bytes = 0;
    for (int i = 0; bytes < TEN_MB; i++) {
      int offset = big.length();
      int part = i % seeds.size();
      bytes += seeds.get(part).getBytes(StandardCharsets.UTF_8).length + 2;
      big.append(seeds.get(part)).append("\n\n");
      for (Quote q : partQuotes.get(part)) {
        expected.add(key(q, offset));
      }
    }
    String text = big.toString();
    Path f = tmp.resolve("big.txt");
    Files.writeString(f, text);
    assertTrue(Files.size(f) >= TEN_MB, "at least 10 MB of UTF-8");

    List<String> actual = new ArrayList<>();
    for (Quote q : ISNAD.analyze(text).quotes()) {
      actual.add(key(q, 0));
    }
    assertEquals(expected, actual, "the big file's quotes are its parts' quotes, shifted");

    Path out = tmp.resolve("big.json");
    CliRun r = runToFile(out, "analyze", f.toString());
    assertEquals(0, r.code(), r.err());
    List<JsonNode> cliQuotes = quotesOf(out);
    assertEquals(expected.size(), cliQuotes.size());
    for (int i = 0; i < cliQuotes.size(); i += 97) {
      assertSpan(text, cliQuotes.get(i).get("content"));
      assertTrue(expected.get(i).contains("content=" + cliQuotes.get(i).get("content").get("start").asInt() + "-"));
    }
  }

  /** Where a quote is, by its spans only (speaker names may resolve differently in a longer text). */
  private static String key(Quote q, int shift) {
    return q.kind() + " cue=" + at(q.cue().start(), q.cue().end(), shift) + " speaker="
        + at(q.speaker(), shift) + " content=" + at(q.content(), shift) + " medium=" + at(q.medium(), shift);
  }

  private static String at(TextSpan s, int shift) {
    return s == null ? "-" : at(s.start(), s.end(), shift);
  }

  private static String at(int start, int end, int shift) {
    return (start + shift) + "-" + (end + shift);
  }

  private static void assertSpan(String text, JsonNode span) {
    if (span == null || span.isNull()) {
      return;
    }
    int start = span.get("start").asInt();
    int end = span.get("end").asInt();
    assertTrue(0 <= start && start <= end && end <= text.length(), span::toString);
    assertEquals(span.get("text").asText(), text.substring(start, end));
  }

  record CliRun(int code, String err) {}

  /** Runs the command with standard output in a file (big outputs stay out of the heap). */
  private static CliRun runToFile(Path outFile, String... args) throws IOException {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    int code;
    try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(outFile), 1 << 16)) {
      System.setOut(new PrintStream(file, false, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = Main.run(args);
      System.out.flush();
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
    return new CliRun(code, err.toString(StandardCharsets.UTF_8));
  }

  /** The "quotes" array of the single JSON object in {@code file}, read without the rest. */
  private static List<JsonNode> quotesOf(Path file) throws IOException {
    List<JsonNode> quotes = new ArrayList<>();
    try (JsonParser p = CliTest.MAPPER.getFactory().createParser(file.toFile())) {
      assertEquals(JsonToken.START_OBJECT, p.nextToken());
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals("quotes")) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            quotes.add(CliTest.MAPPER.readTree(p));
          }
        } else {
          p.skipChildren();
        }
      }
    }
    return quotes;
  }
}
