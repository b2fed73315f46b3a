package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Web pages on the command line: chosen by --format, extension or start; "text"; --html-offsets. */
class HtmlCommandsTest {
  static final Path PAGES = Path.of(System.getProperty("isnad.seeds", "../seeds")).getParent()
      .resolve("html/src/test/resources/pages");

  @TempDir Path tmp;

  private static String page(String name) throws IOException {
    return Files.readString(PAGES.resolve(name));
  }

  private static void assertOffsetsInto(String text, JsonNode node) {
    if (node.isObject() && node.has("start") && node.has("end") && node.has("text")) {
      assertEquals(node.get("text").asText(),
          text.substring(node.get("start").asInt(), node.get("end").asInt()), node.toString());
    }
    for (JsonNode child : node) {
      assertOffsetsInto(text, child);
    }
  }

  @Test
  void analyzeAPageByItsExtensionPrintsItsTextAndOffsetsIntoIt() throws IOException {
    for (String name : new String[] {"news-semantic", "table-layout", "article-body", "blog-minimal"}) {
      CliTest.Run r = CliTest.run("analyze", PAGES.resolve(name + ".html").toString());
      assertEquals(0, r.code(), r.err());
      JsonNode doc = r.out().get(0);
      String text = doc.get("text").asText();
      assertEquals(page(name + ".txt"), text);
      assertOffsetsInto(text, doc);
      CliTest.Run plain = CliTest.run("analyze", PAGES.resolve(name + ".txt").toString());
      assertEquals(plain.out().get(0).get("quotes"), doc.get("quotes"), name);
      assertEquals(plain.out().get(0).get("entities"), doc.get("entities"), name);
      assertFalse(doc.toString().contains("</p>") || doc.toString().contains("&laquo;"), name);
    }
  }

  @Test
  void everyCommandReadsPagesAndAutoDetectsTheirStart() throws IOException {
    String html = page("news-semantic.html");
    byte[] stdin = html.getBytes(StandardCharsets.UTF_8);
    CliTest.Run quotes = CliTest.run(stdin, "quotes", "-");
    assertEquals(0, quotes.code(), quotes.err());
    JsonNode q = quotes.out().get(0).get("quotes");
    assertTrue(q.toString().contains("نحن ملتزمون بالوصول إلى اتفاق"), q.toString());
    assertTrue(quotes.out().get(0).has("text"));
    CliTest.Run entities = CliTest.run(stdin, "entities", "-");
    assertFalse(entities.out().get(0).toString().contains("Helvetica"));
    assertFalse(entities.out().get(0).toString().contains("WebPage"));
    CliTest.Run tokens = CliTest.run(stdin, "tokenize", "-");
    for (JsonNode t : tokens.out().get(0).get("tokens")) {
      String s = t.get("text").asText();
      assertFalse(s.equals("p") || s.equals("div") || s.equals("script") || s.contains("<"), s);
    }
    CliTest.Run asText = CliTest.run(stdin, "tokenize", "--format", "text", "-");
    assertFalse(asText.out().get(0).has("text"), "--format text reads the markup as text");
    assertTrue(asText.out().get(0).get("tokens").toString().contains("script"));
    Path fragment = tmp.resolve("fragment.txt");
    Files.writeString(fragment, "<p>قال الوزير: «نعم».</p>");
    assertFalse(CliTest.run("tokenize", fragment.toString()).out().get(0).has("text"),
        "a fragment in a .txt file is text unless asked");
    JsonNode asked = CliTest.run("tokenize", "--format", "html", fragment.toString()).out().get(0);
    assertEquals("قال الوزير: «نعم».", asked.get("text").asText());
    assertEquals(asked, CliTest.run("tokenize", "--html", fragment.toString()).out().get(0));
  }

  @Test
  void htmlOffsetsPointIntoTheSource() throws IOException {
    Path file = PAGES.resolve("news-semantic.html");
    String html = Files.readString(file);
    CliTest.Run r = CliTest.run("analyze", "--html-offsets", file.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode doc = r.out().get(0);
    int checked = 0;
    for (JsonNode t : doc.get("tokens")) {
      String inSource = html.substring(t.get("htmlStart").asInt(), t.get("htmlEnd").asInt());
      if (!inSource.contains("&")) {
        assertEquals(t.get("text").asText(), inSource);
        checked++;
      }
    }
    assertTrue(checked > 50);
    JsonNode quote = doc.get("quotes").findParents("content").get(0).get("content");
    assertTrue(quote.has("htmlStart"), quote.toString());
    CliTest.Run without = CliTest.run("analyze", file.toString());
    assertFalse(without.out().get(0).get("tokens").get(0).has("htmlStart"));
  }

  @Test
  void jsonLinesWithPages() throws IOException {
    String line = CliTest.MAPPER.writeValueAsString(Map.of("id", "p", "text", page("article-body.html")));
    String plain = CliTest.MAPPER.writeValueAsString(Map.of("id", "t", "text", "قال الوزير: «نعم»."));
    CliTest.Run r = CliTest.run((line + "\n" + plain + "\n").getBytes(StandardCharsets.UTF_8),
        "analyze", "--jsonl", "--html-offsets", "-");
    assertEquals(0, r.code(), r.err());
    JsonNode doc = r.out().get(0);
    assertEquals(page("article-body.txt"), doc.get("text").asText());
    assertTrue(doc.get("tokens").get(0).has("htmlStart"));
    assertFalse(r.out().get(1).has("text"), "a plain line stays plain under auto");
  }
}
