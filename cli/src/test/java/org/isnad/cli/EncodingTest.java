package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed articles written with Java's own encoders read back to the same analysis. */
class EncodingTest {
  private static final Charset CP1256 = Charset.forName("windows-1256");
  private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

  @TempDir Path tmp;

  private static List<Path> seeds() throws IOException {
    try (Stream<Path> files = Files.list(CliTest.SEEDS)) {
      return files.sorted().toList();
    }
  }

  /** ISO-8859-6 has no typographic quotes, dashes or ellipsis: an archive in it uses ASCII ones. */
  private static String asciiPunctuation(String text) {
    return text.replace('“', '"').replace('”', '"').replace('–', '-').replace("…", "...");
  }

  /** The analysis without the document name. */
  private static JsonNode analysis(CliTest.Run run) {
    assertEquals(1, run.out().size(), run.err());
    ObjectNode node = (ObjectNode) run.out().get(0).deepCopy();
    node.remove("document");
    return node;
  }

  private JsonNode analyzeUtf8(String text) throws IOException {
    Path file = tmp.resolve("utf8.txt");
    Files.writeString(file, text);
    CliTest.Run r = CliTest.run("analyze", file.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    return analysis(r);
  }

  private void assertDetected(String text, Charset charset) throws IOException {
    assertEquals(text, new String(text.getBytes(charset), charset), "every character encodable");
    Path file = tmp.resolve(charset.name() + ".txt");
    Files.write(file, text.getBytes(charset));
    CliTest.Run r = CliTest.run("analyze", file.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("isnad: " + file + ": not UTF-8: read as " + charset.name()
        + " (detected; --encoding NAME overrides)", r.err().strip());
    JsonNode expected = analyzeUtf8(text);
    assertTrue(expected.get("quotes").size() > 0);
    assertEquals(expected, analysis(r), charset.name());
    CliTest.Run named = CliTest.run("analyze", "--encoding", charset.name(), file.toString());
    assertEquals("", named.err(), "no notice when the encoding is named");
    assertEquals(expected, analysis(named));
  }

  @Test
  void windows1256SeedsAreDetectedAndGiveTheSameAnalysis() throws IOException {
    for (Path seed : seeds()) {
      assertDetected(Files.readString(seed), CP1256);
    }
  }

  @Test
  void iso88596SeedsAreDetectedAndGiveTheSameAnalysis() throws IOException {
    for (Path seed : seeds()) {
      assertDetected(asciiPunctuation(Files.readString(seed)), ISO_8859_6);
    }
  }

  @Test
  void utf16WithoutByteOrderMarkIsDetectedInBothByteOrders() throws IOException {
    for (Path seed : seeds()) {
      String text = Files.readString(seed);
      assertDetected(text, StandardCharsets.UTF_16LE);
      assertDetected(text, StandardCharsets.UTF_16BE);
    }
  }

  @Test
  void anyJavaCharsetCanBeNamed() throws IOException {
    String text = "قال الوزير: «الحكومة مستمرة في عملها».";
    Path file = tmp.resolve("mac.txt");
    Charset macArabic = Charset.forName("x-MacArabic");
    Files.write(file, text.replace('«', '"').replace('»', '"').getBytes(macArabic));
    CliTest.Run r = CliTest.run("quotes", "--encoding", "x-MacArabic", file.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("الحكومة مستمرة في عملها",
        r.out().get(0).get("quotes").get(0).get("content").get("text").asText());
  }

  @Test
  void aShortLegacyFileGetsAnErrorNamingTheLikelyEncodingAndTheOption() throws IOException {
    Path file = tmp.resolve("short.txt");
    Files.write(file, "الرئيس".getBytes(CP1256));
    CliTest.Run r = CliTest.run("tokenize", file.toString());
    assertEquals(1, r.code());
    assertTrue(r.out().isEmpty());
    assertEquals("isnad: " + file + ": invalid UTF-8 at byte offset 0; it may be windows-1256 "
        + "(not certain): try --encoding windows-1256", r.err().strip());
    CliTest.Run named = CliTest.run("tokenize", "--encoding", "windows-1256", file.toString());
    assertEquals("الرئيس", named.out().get(0).get("tokens").get(0).get("text").asText());
  }

  @Test
  void wrongOrUnknownEncodingsAreOneLineErrors() throws IOException {
    Path file = tmp.resolve("a.txt");
    Files.write(file, "قال".getBytes(StandardCharsets.UTF_8));
    CliTest.Run wrong = CliTest.run("tokenize", "--encoding", "US-ASCII", file.toString());
    assertEquals(1, wrong.code());
    assertEquals("isnad: " + file + ": invalid US-ASCII at byte offset 0", wrong.err().strip());
    CliTest.Run unknown = CliTest.run("tokenize", "--encoding", "no-such-charset", file.toString());
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("--encoding"), unknown.err());
    assertFalse(unknown.err().contains("Exception"), unknown.err());
  }

  @Test
  void guessesBetweenTheTwoArabicTablesAndRefusesNonText() {
    String text = "قال الرئيس إن الحكومة ستواصل العمل في المدينة من أجل السلام";
    assertEquals(CP1256, EncodingGuess.guess(text.getBytes(CP1256)).charset());
    assertTrue(EncodingGuess.guess(text.getBytes(CP1256)).confident());
    assertEquals(ISO_8859_6, EncodingGuess.guess(text.getBytes(ISO_8859_6)).charset());
    assertTrue(EncodingGuess.guess(text.getBytes(ISO_8859_6)).confident());
    byte[] noise = new byte[4096];
    new java.util.Random(7).nextBytes(noise);
    assertFalse(EncodingGuess.guess(noise).confident());
    assertFalse(EncodingGuess.guess("Grüße aus Köln, schöne Straße".getBytes(StandardCharsets.ISO_8859_1)).confident());
  }
}
