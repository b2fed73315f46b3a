package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.claims.Isnad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pages of {@code isnad html} and of {@code isnad serve}'s {@code GET /}, rendered by headless
 * Chromium: from the rendered DOM, every entity mention, quote content, cue and speaker that
 * {@code isnad analyze} reports is an element of its kind at its offsets with exactly its text,
 * and the page is right to left. A screenshot of each page is kept under
 * {@code target/browser/screenshots/}. Skipped, with a message, when Chromium is missing
 * (failed instead when {@code ISNAD_REQUIRE_CHROMIUM} is set).
 */
class BrowserTest {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final Path WORK = Path.of("target", "browser").toAbsolutePath();
  static final Path SHOTS = WORK.resolve("screenshots");
  /** Collects the marks and the direction of the document {@code doc} as a JSON string. */
  static final String COLLECT = "(function(doc){var out=[];doc.querySelectorAll('[data-kind]').forEach("
      + "function(e){out.push({kind:e.dataset.kind,start:+e.dataset.start,end:+e.dataset.end,text:e.textContent});});"
      + "var t=doc.getElementById('text');return JSON.stringify({dir:doc.documentElement.dir,"
      + "lang:doc.documentElement.lang,direction:getComputedStyle(t).direction,text:t.textContent,marks:out});})";

  static Chromium browser;

  @BeforeAll
  static void start() throws Exception {
    Path binary = Chromium.requireExecutable();
    Files.createDirectories(WORK);
    browser = Chromium.launch(binary, WORK);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  static List<Path> seeds() throws Exception {
    try (var files = Files.list(CliTest.SEEDS)) {
      return files.sorted().toList();
    }
  }

  /**
   * Asserts that {@code dom} (from {@link #COLLECT}) marks everything of one {@code isnad analyze}
   * object over {@code text}; returns the number of spans checked.
   */
  static int assertMarked(JsonNode analysis, JsonNode dom, String text, String page) {
    assertEquals("rtl", dom.get("dir").asText(), page);
    assertEquals("ar", dom.get("lang").asText(), page);
    assertEquals("rtl", dom.get("direction").asText(), page + ": computed direction of the text");
    assertEquals(text, dom.get("text").asText(), page + ": the whole original text");
    Map<String, List<String>> marks = new HashMap<>();
    for (JsonNode m : dom.get("marks")) {
      int start = m.get("start").asInt();
      int end = m.get("end").asInt();
      assertEquals(text.substring(start, end), m.get("text").asText(), page + ": " + m);
      marks.computeIfAbsent(m.get("kind").asText() + ":" + start + ":" + end, k -> new ArrayList<>())
          .add(m.get("text").asText());
    }
    List<String[]> expected = new ArrayList<>();
    for (JsonNode e : analysis.get("entities")) {
      for (JsonNode m : e.get("mentions")) {
        expected.add(new String[] {"entity", m.get("start").asText(), m.get("end").asText(), m.get("text").asText()});
      }
    }
    for (JsonNode q : analysis.get("quotes")) {
      for (String part : List.of("content", "cue", "speaker")) {
        JsonNode s = q.get(part);
        if (!s.isNull()) {
          expected.add(new String[] {part.equals("content") ? "quote" : part, s.get("start").asText(),
              s.get("end").asText(), s.get("text").asText()});
        }
      }
    }
    for (String[] x : expected) {
      List<String> found = marks.get(x[0] + ":" + x[1] + ":" + x[2]);
      assertNotNull(found, page + ": no " + x[0] + " element at [" + x[1] + ", " + x[2] + ") " + x[3]);
      assertTrue(found.contains(x[3]), page + ": " + x[0] + " text " + found + " is not " + x[3]);
    }
    return expected.size();
  }

  @Test
  void articlePagesOfIsnadHtmlMarkEverythingIsnadAnalyzeReports() throws Exception {
    List<String> files = new ArrayList<>();
    for (Path p : seeds()) {
      files.add(p.toString());
    }
    CliTest.Run analyzed = CliTest.run(prepend("analyze", files));
    assertEquals(0, analyzed.code(), analyzed.err());
    Path pages = WORK.resolve("pages");
    List<String> html = new ArrayList<>(List.of("html", "--out", pages.toString()));
    html.addAll(files);
    assertEquals(0, Main.run(html.toArray(String[]::new)));
    int checked = 0;
    for (JsonNode analysis : analyzed.out()) {
      Path file = Path.of(analysis.get("document").asText());
      String name = HtmlCommand.pageName(file.toString());
      browser.load(pages.resolve(name + ".html").toUri().toString());
      JsonNode dom = MAPPER.readTree(browser.evaluate(COLLECT + "(document)").asText());
      checked += assertMarked(analysis, dom, Files.readString(file), name);
      browser.screenshot(SHOTS.resolve(name + ".png"));
    }
    System.out.println("browser: " + checked + " spans of isnad analyze found marked in " + files.size() + " rendered pages");
    assertTrue(checked > 300);

    browser.load(pages.resolve("index.html").toUri().toString());
    JsonNode links = MAPPER.readTree(browser.evaluate("JSON.stringify(Array.from(document.querySelectorAll("
        + "'#speakers a.quote-link')).map(function(a){return a.getAttribute('href');}))").asText());
    int quotes = 0;
    for (JsonNode a : analyzed.out()) {
      quotes += a.get("quotes").size();
    }
    assertEquals(quotes, links.size(), "every quote of every article is listed under its speaker");
    for (JsonNode href : links) {
      String[] parts = href.asText().split("#q");
      assertTrue(Files.exists(pages.resolve(parts[0])), href.asText());
      browser.load(pages.resolve(parts[0]).toUri() + "#q" + parts[1]);
      assertEquals("quote", browser.evaluate("document.getElementById('q" + parts[1] + "').dataset.kind").asText(),
          href.asText());
    }
    browser.load(pages.resolve("index.html").toUri().toString());
    assertEquals("rtl", browser.evaluate("getComputedStyle(document.body).direction").asText());
    browser.screenshot(SHOTS.resolve("index.png"));
  }

  @Test
  void pasteAnArticleIntoTheServersPageAndSeeTheView() throws Exception {
    Path seed = seeds().get(0);
    String text = Files.readString(seed);
    CliTest.Run analyzed = CliTest.run("analyze", seed.toString());
    try (IsnadServer server = IsnadServer.start("127.0.0.1", 0, 2, 1 << 20, Isnad.create(),
        org.isnad.ner.EntityExtractor.getDefault())) {
      browser.load("http://127.0.0.1:" + server.port() + "/");
      assertEquals("rtl", browser.evaluate("getComputedStyle(document.body).direction").asText());
      browser.evaluate("document.getElementById('text').value = " + MAPPER.writeValueAsString(text)
          + "; document.getElementById('analyze').click(); true");
      browser.waitFor("document.getElementById('view').contentDocument"
          + " && document.getElementById('view').contentDocument.getElementById('text')");
      JsonNode dom = MAPPER.readTree(browser.evaluate(COLLECT + "(document.getElementById('view').contentDocument)").asText());
      int checked = assertMarked(analyzed.out().get(0), dom, text, "GET /");
      assertTrue(checked > 30);
      browser.screenshot(SHOTS.resolve("serve-page.png"));

      browser.evaluate("document.getElementById('text').value = ''; document.getElementById('analyze').click(); true");
      browser.waitFor("document.getElementById('status').className === 'error'");
      assertTrue(browser.evaluate("document.getElementById('status').textContent").asText().contains("empty body"));
    }
  }

  @Test
  void hostileTextKeepsItsOffsetsInTheRenderedDom() throws Exception {
    String text = "قال العقيد ريان ديلون (Ryan Dillon) لوكالة رويترز في 28.10.2017: “نشهد <script>alert(1)</script>"
        + " &amp; تراكم دفاعات داعش”.\r\n\r\nوأضاف\u0000 ديلون\u0007 أن القرار “يعود إلى الحلفاء.\r\n"
        + "وقالت الأمم المتحدة إن 1500 مدني نزحوا\u200F من الرقة\u0640\u0640 وبالعراق.";
    Path file = WORK.resolve("hostile.txt");
    Files.writeString(file, text);
    CliTest.Run analyzed = CliTest.run("analyze", file.toString());
    assertEquals(0, analyzed.code(), analyzed.err());
    assertEquals(0, Main.run("html", "--out", WORK.resolve("hostile").toString(), file.toString()));
    browser.load(WORK.resolve("hostile").resolve("hostile.html").toUri().toString());
    assertEquals(0, browser.evaluate("document.querySelectorAll('#text script').length").asInt(), "no markup from the text");
    JsonNode dom = MAPPER.readTree(browser.evaluate(COLLECT + "(document)").asText());
    // NUL cannot be carried by HTML: the page shows U+FFFD in its place (same length, offsets hold)
    String parsed = text.replace('\u0000', '\uFFFD');
    int checked = assertMarked(analyzed.out().get(0), dom, parsed, "hostile");
    assertTrue(checked >= 8, "marks checked: " + checked);
    assertTrue(browser.evaluate("Array.from(document.querySelectorAll('#text bdi')).map(function(b){return b.textContent;})"
        + ".join('|')").asText().contains("Ryan Dillon"));
    browser.screenshot(SHOTS.resolve("hostile.png"));
  }

  private static String[] prepend(String first, List<String> rest) {
    List<String> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all.toArray(String[]::new);
  }
}
