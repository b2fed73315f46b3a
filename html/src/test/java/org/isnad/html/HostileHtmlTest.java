package org.isnad.html;

import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.TimeUnit;
import org.isnad.core.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile pages: unclosed and stray tags, 10,000 nested elements, a 5 MB inline script. Each is
 * read whole and its text is right. The timeouts only catch a hang; the time per size is measured
 * by {@code html/scripts/hostile-scale.sh} (linear: see README).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileHtmlTest {
  @Test
  void unclosedAndStrayTagsAreRepairedAndTheirTextKept() {
    String html = "<html><body><p>قال الوزير: «الحكومة <b>مستمرة<i> في عملها»"
        + "<p>وأضاف أن القرار نهائي</b></i></p></p></div></span><p>النص الأخير<div><ul><li>بند أول<li>بند ثان";
    HtmlText page = HtmlText.parse(html);
    assertEquals("قال الوزير: «الحكومة مستمرة في عملها»\n\nوأضاف أن القرار نهائي\n\nالنص الأخير\n\nبند أول\n\nبند ثان",
        page.text());
    int at = page.text().indexOf("مستمرة");
    assertEquals("مستمرة", page.toSource(at, at + 6).of(html));
  }

  @Test
  void tenThousandNestedDivsAndInlineElements() {
    int n = 10_000;
    String divs = "<div>".repeat(n) + "قال الوزير إن الحكومة مستمرة" + "</div>".repeat(n) + "<p>وأضاف</p>";
    assertEquals("قال الوزير إن الحكومة مستمرة\n\nوأضاف", HtmlText.parse(divs).text());
    String inline = "<p>" + "<b><i><span>".repeat(n) + "نص عميق";
    HtmlText page = HtmlText.parse(inline);
    assertEquals("نص عميق", page.text());
    assertEquals(new Span(inline.length() - 7, inline.length()), page.toSource(0, 7));
    String tables = "<table>" + "<tr><td>خلية<td><table>".repeat(2_000);
    assertTrue(HtmlText.parse(tables).text().startsWith("خلية"));
  }

  @Test
  void aFiveMegabyteInlineScriptIsDropped() {
    String script = "var s = '<p>لا</p>'; // </scrip t>\n".repeat(5 * 1024 * 1024 / 36);
    String html = "<!DOCTYPE html><html><head><title>عنوان</title></head><body><p>قال الوزير: «نعم».</p><script>"
        + script + "</script><p>وأضاف أن القرار نهائي.</p></body></html>";
    assertTrue(html.length() > 5_000_000);
    HtmlText page = HtmlText.parse(html);
    assertEquals("عنوان\n\nقال الوزير: «نعم».\n\nوأضاف أن القرار نهائي.", page.text());
    int last = page.text().indexOf("وأضاف");
    assertTrue(page.toSource(last, last + 5).start() > 5_000_000);
  }

  @Test
  void anUnclosedScriptOrCommentSwallowsTheRestAsABrowserDoes() {
    assertEquals("قبل", HtmlText.parse("<p>قبل</p><script>var a = 1; <p>بعد</p>").text());
    assertEquals("قبل", HtmlText.parse("<p>قبل</p><!-- <p>بعد</p>").text());
    assertEquals("قبل", HtmlText.parse("<p>قبل</p><style>p { color: red } <p>بعد</p>").text());
  }

  @Test
  void nulCharactersAndBadReferencesDoNotBreakOffsets() {
    String html = "<p>قال\0 الوزير &#99999999999; &#x110000; &notit; &bogus; &amp</p>";
    HtmlText page = HtmlText.parse(html);
    String text = page.text();
    assertTrue(text.startsWith("قال"), text);
    assertTrue(text.contains("&bogus;"), text);
    for (int i = 0; i < text.length(); i++) {
      Span s = page.toSource(i, i + 1);
      assertTrue(s.start() >= 0 && s.end() <= html.length() && s.start() <= s.end());
    }
  }
}
