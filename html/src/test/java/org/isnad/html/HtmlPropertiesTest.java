package org.isnad.html;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import net.jqwik.api.*;
import org.isnad.claims.Analysis;
import org.isnad.claims.Quote;
import org.isnad.claims.TextSpan;
import org.isnad.core.Span;
import org.isnad.core.Token;
import org.isnad.ner.link.Entity;
import org.isnad.ner.link.EntityMention;

/**
 * The pipeline's invariants extended to HTML input: generated pages of random markup (nested,
 * unclosed and stray tags, attributes, scripts, styles, JSON-LD, comments, character references
 * valid and not, boilerplate elements) around Arabic news clauses. Extraction never throws; every
 * character of the text maps to source characters in page order that are that character (or its
 * reference); the analysis of the text has exact offsets. Fixed seed; tries as in {@code
 * junit-platform.properties}.
 */
class HtmlPropertiesTest {
  private static final String[] TEXT = {
    "وقال الوزير محمد علي إن ", "قال الرئيس: «الحكومة مستمرة» ", "وأضاف العقيد ريان ديلون لوكالة رويترز أن ",
    "الأمم المتحدة ", "في بغداد. ", "“نشهد تراكم الدفاعات” ", "Reuters ", "2024 ", "State's ", "\u00A0",
    "\u0000", "\uD800", "x < y ", "a > b ", "&", "&&", "&#", "&#x;", "&amp;", "&laquo;", "&raquo;",
    "&#1587;", "&#x627;", "&#99999999999;", "&#x110000;", "&notit;", "&nbsp;", "&quot;", "&foo;",
    "&amp", "\r\n", "\n\n", "\t", " "
  };
  private static final String[] MARKUP = {
    "<p>", "</p>", "<div>", "</div>", "<div class=\"related\">", "<nav>", "</nav>", "<aside>",
    "</aside>", "<article>", "</article>", "<main>", "<header>", "</header>", "<footer>",
    "<h1>", "</h1>", "<br>", "<br/>", "<b>", "</i>", "<a href=\"/x?a=1&b=2\">", "</a>",
    "<ul><li>", "</li>", "<table><tr><td>", "</td><td>", "<span title='<p>'>", "<!-- c -->",
    "<!-- unclosed", "<script>var a='<p>';</script>", "<script type=\"application/ld+json\">{\"@type\":\"X\"}</script>",
    "<style>p{font-family:Arial}</style>", "<p hidden>", "<![CDATA[x]]>", "<!DOCTYPE html>",
    "<html>", "</body>", "<title>", "</title>", "<textarea>", "<", "</", "<p", "=\"", "<svg><text>s</text></svg>"
  };

  @Provide
  Arbitrary<String> pages() {
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        Tuple.of(5, Arbitraries.of(TEXT)), Tuple.of(4, Arbitraries.of(MARKUP)),
        Tuple.of(1, Arbitraries.chars().map(String::valueOf)));
    return piece.list().ofMaxSize(150).map(parts -> String.join("", parts));
  }

  @Property(seed = "20261207")
  void offsetsIntoTheTextAndThePageStayExact(@ForAll("pages") String html) {
    HtmlText page = HtmlText.parse(html);
    String text = page.text();
    int previous = 0;
    for (int i = 0; i < text.length(); i++) {
      Span s = page.toSource(i, i + 1);
      assertTrue(s.start() >= previous && s.end() <= html.length(), () -> "span " + s);
      previous = s.start();
      char c = text.charAt(i);
      if (c != ' ' && c != '\n' && c != '\uFFFD') {
        String source = s.of(html);
        assertTrue(source.equals(String.valueOf(c)) || source.startsWith("&"),
            () -> "[" + c + "] from [" + source + "]");
      }
    }
    assertFalse(text.startsWith(" ") || text.startsWith("\n") || text.endsWith(" ") || text.endsWith("\n"));
    Span whole = page.toSource(0, text.length());
    assertTrue(whole.end() <= html.length());

    Analysis a = HtmlTextTest.ISNAD.analyze(text);
    for (Token t : a.tokens()) {
      assertEquals(t.text(), text.substring(t.start(), t.end()));
    }
    for (Quote q : a.quotes()) {
      for (TextSpan span : new TextSpan[] {q.content(), q.speaker(), q.medium()}) {
        if (span != null) {
          assertEquals(span.text(), text.substring(span.start(), span.end()));
          assertFalse(span.text().contains("<") && span.text().contains(">") && html.contains(span.text()) && !text.contains(span.text()));
        }
      }
    }
    for (Entity e : a.entities().entities()) {
      for (EntityMention m : e.mentions()) {
        assertEquals(m.text(), text.substring(m.start(), m.end()));
      }
    }
  }

  @Property(seed = "20261207")
  void noTagOfThePageReachesTheText(@ForAll("pages") String html) {
    // a title's content is text even when it looks like a tag (RCDATA, as in a browser's tab)
    Assume.that(!html.contains("<title>"));
    String text = HtmlText.parse(html).text();
    for (String tag : List.of("<p>", "</p>", "<div", "<script", "<style", "<!--")) {
      if (!HtmlPropertiesTest.textPiecesContain(tag)) {
        assertFalse(text.contains(tag), () -> tag + " in " + text);
      }
    }
  }

  private static boolean textPiecesContain(String s) {
    for (String t : TEXT) {
      if (t.contains(s)) {
        return true;
      }
    }
    return false;
  }
}
