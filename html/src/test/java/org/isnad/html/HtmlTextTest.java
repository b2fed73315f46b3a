package org.isnad.html;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.isnad.claims.Analysis;
import org.isnad.claims.Isnad;
import org.isnad.claims.Quote;
import org.isnad.claims.TextSpan;
import org.isnad.core.Span;
import org.isnad.ner.link.Entity;
import org.isnad.ner.link.EntityMention;
import org.junit.jupiter.api.Test;

/**
 * Pages of several real layouts, each beside the plain text of its article: the extracted text is
 * that text, so quotes and entities are the same, and nothing of the markup reaches any of them.
 */
class HtmlTextTest {
  static final Isnad ISNAD = Isnad.create();
  static final List<String> PAGES = List.of("news-semantic", "table-layout", "article-body", "blog-minimal");
  /** Markup, CSS, script and JSON-LD that must never reach the text. */
  private static final List<String> MARKUP = List.of("<", ">", "&", "{", "}", "@context", "@type",
      "schema.org", "font-family", "Arial", "Tahoma", "Helvetica", "WebPage", "NewsArticle", "window",
      "dataLayer", "googletag", "function", "Ignored", "Google", "display");

  static String resource(String name) throws IOException {
    try (InputStream in = HtmlTextTest.class.getResourceAsStream("/pages/" + name)) {
      assertNotNull(in, name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Quotes as comparable strings: kind, cue, speaker, content (texts only). */
  static List<String> quotes(Analysis a) {
    List<String> out = new ArrayList<>();
    for (Quote q : a.quotes()) {
      out.add(q.kind() + "|" + q.cue().text() + "|" + text(q.speaker()) + "|" + text(q.content())
          + "|" + (q.speakerEntity() == null ? "" : q.speakerEntity().canonical()));
    }
    return out;
  }

  private static String text(TextSpan span) {
    return span == null ? "" : span.text();
  }

  static List<String> entities(Analysis a) {
    List<String> out = new ArrayList<>();
    for (Entity e : a.entities().entities()) {
      StringBuilder sb = new StringBuilder(e.type() + "|" + e.canonicalName());
      for (EntityMention m : e.mentions()) {
        sb.append('|').append(m.text());
      }
      out.add(sb.toString());
    }
    return out;
  }

  @Test
  void eachPageGivesItsArticleTextAndTheSameQuotesAndEntities() throws IOException {
    int quotes = 0;
    for (String page : PAGES) {
      String html = resource(page + ".html");
      String plain = resource(page + ".txt");
      HtmlText extracted = HtmlText.parse(html);
      assertEquals(plain, extracted.text(), page);
      Analysis fromHtml = ISNAD.analyze(extracted.text());
      Analysis fromText = ISNAD.analyze(plain);
      assertEquals(quotes(fromText), quotes(fromHtml), page);
      assertEquals(entities(fromText), entities(fromHtml), page);
      assertFalse(fromHtml.entities().entities().isEmpty(), page);
      quotes += fromHtml.quotes().size();
      for (String s : quotes(fromHtml)) {
        assertNoMarkup(page, s);
      }
      for (String s : entities(fromHtml)) {
        assertNoMarkup(page, s);
      }
      assertNoMarkup(page, extracted.text());
    }
    assertTrue(quotes >= 6, "the pages' quotes are found: " + quotes);
  }

  private static void assertNoMarkup(String page, String s) {
    for (String m : MARKUP) {
      assertFalse(s.contains(m), page + ": \"" + m + "\" in " + s);
    }
  }

  @Test
  void everyCharacterMapsToWhereItIsInThePage() throws IOException {
    for (String page : PAGES) {
      String html = resource(page + ".html");
      HtmlText extracted = HtmlText.parse(html);
      String text = extracted.text();
      int previous = 0;
      for (int i = 0; i < text.length(); i++) {
        Span s = extracted.toSource(i, i + 1);
        assertTrue(s.start() >= previous, page + ": source spans keep the page's order at " + i);
        previous = s.start();
        char c = text.charAt(i);
        String source = s.of(html);
        if (c == '\n') {
          assertEquals(0, s.length(), page + " at " + i);
        } else if (c == ' ') {
          assertTrue(source.isBlank() || source.startsWith("&"), page + " at " + i + ": [" + source + "]");
        } else if (source.startsWith("&")) {
          assertTrue(source.length() > 2, page + " at " + i);
        } else {
          assertEquals(String.valueOf(c), source, page + " at " + i);
        }
      }
    }
  }

  @Test
  void quotesMapBackToTheirReferencesInTheSource() throws IOException {
    String html = resource("news-semantic.html");
    HtmlText page = HtmlText.parse(html);
    Quote q = ISNAD.analyze(page.text()).quotes().stream()
        .filter(x -> x.content().text().startsWith("نحن ملتزمون")).findFirst().orElseThrow();
    assertEquals("نحن ملتزمون بالوصول إلى اتفاق يضمن وقف إطلاق النار بشكل دائم", page.toSource(q.content().span()).of(html));
    int open = page.text().indexOf('«');
    assertEquals("&laquo;", page.toSource(open, open + 1).of(html));
    int sin = page.text().indexOf("وسط");
    assertEquals("&#1587;", page.toSource(sin + 1, sin + 2).of(html));
  }

  @Test
  void headlineIsTheArticlesOrTheOneBeforeIt() throws IOException {
    assertEquals("وزير الخارجية: المفاوضات مستمرة رغم الخلافات", HtmlText.parse(resource("news-semantic.html")).headline());
    assertEquals("الرئيس اللبناني يدعو إلى حوار وطني شامل", HtmlText.parse(resource("table-layout.html")).headline());
    HtmlText titleOnly = HtmlText.parse("<html><head><title>عنوان الصفحة</title></head><body><p>نص الخبر.</p></body></html>");
    assertEquals("عنوان الصفحة\n\nنص الخبر.", titleOnly.text());
    assertEquals("عنوان الصفحة", titleOnly.headline());
  }

  @Test
  void recognisesPagesByTheirStart() {
    assertTrue(HtmlText.looksLikeHtml("\uFEFF  <!DOCTYPE html><html>"));
    assertTrue(HtmlText.looksLikeHtml("<HTML lang=ar>"));
    assertFalse(HtmlText.looksLikeHtml("قال <b>الوزير</b>"));
    assertFalse(HtmlText.looksLikeHtml(""));
  }

  @Test
  void emptyAndTextOnlyInput() {
    assertEquals("", HtmlText.parse("").text());
    assertEquals(new Span(0, 0), HtmlText.parse("").toSource(0, 0));
    HtmlText plain = HtmlText.parse("قال الوزير &amp; أضاف");
    assertEquals("قال الوزير & أضاف", plain.text());
    assertThrows(IndexOutOfBoundsException.class, () -> plain.toSource(3, 2));
    assertThrows(IndexOutOfBoundsException.class, () -> plain.toSource(0, 99));
    assertThrows(NullPointerException.class, () -> HtmlText.parse(null));
  }
}
