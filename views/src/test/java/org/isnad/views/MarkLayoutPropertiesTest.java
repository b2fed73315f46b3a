package org.isnad.views;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Any marks over any text (Arabic, Latin, digits, markup characters, CR, controls) lay out as
 * properly nested elements: the text comes back whole, every whole mark is one element with its
 * exact text, and a crossing mark is its parts, in order, covering exactly its span.
 */
class MarkLayoutPropertiesTest {
  private static final String ALPHABET = "قالرويترزبالعراقدمشق ــًٌ Ryan 2017.,<>&\"'“”«»\n\r\t\u0007";

  record Case(String text, List<int[]> spans) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<String> texts = Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMinLength(1).ofMaxLength(60);
    return texts.flatMap(text -> {
      Arbitrary<int[]> span = Combinators.combine(Arbitraries.integers().between(0, text.length()),
          Arbitraries.integers().between(0, text.length()), Arbitraries.integers().between(0, MarkKind.values().length - 1))
          .as((a, b, k) -> new int[] {Math.min(a, b), Math.max(a, b), k});
      return span.list().ofMaxSize(12).map(spans -> new Case(text, spans));
    });
  }

  @Property(tries = 300, seed = "17")
  void marksNestAndKeepTheirText(@ForAll("cases") Case c) {
    List<Mark> marks = new ArrayList<>();
    for (int[] s : c.spans()) {
      marks.add(new Mark(MarkKind.values()[s[2]], s[0], s[1], "m", Map.of(), "l", "b"));
    }
    StringBuilder out = new StringBuilder();
    new MarkLayout(c.text()).render(marks, out);
    Element root = Jsoup.parseBodyFragment("<div id=\"t\">" + out + "</div>").getElementById("t");
    assertEquals(Html.asParsed(c.text()), root.wholeText());
    Statistics.label("crossing marks cut into parts").collect(!root.select("[data-of-start]").isEmpty());
    Statistics.label("crossing marks cut into parts").coverage(
        coverage -> coverage.check(true).percentage(p -> p > 20));
    for (int[] s : c.spans()) {
      MarkKind kind = MarkKind.values()[s[2]];
      String expected = c.text().substring(s[0], s[1]);
      List<Element> whole = root.select("[data-kind=" + kind.attribute() + "][data-start=" + s[0] + "][data-end=" + s[1] + "]");
      if (!whole.isEmpty()) {
        assertEquals(expected, whole.get(0).wholeText());
        continue;
      }
      List<Element> parts = root.select("[data-kind=" + kind.partAttribute() + "][data-of-start=" + s[0] + "][data-of-end=" + s[1] + "]");
      assertFalse(parts.isEmpty(), "mark " + kind + " [" + s[0] + ", " + s[1] + ") is neither whole nor in parts");
      StringBuilder joined = new StringBuilder();
      int at = s[0];
      for (Element p : parts) {
        int start = Integer.parseInt(p.attr("data-start"));
        if (start < at) {
          continue; // a part of an identical mark of the same kind, listed again
        }
        assertEquals(at, start, "parts are contiguous");
        joined.append(p.wholeText());
        at = Integer.parseInt(p.attr("data-end"));
        if (at == s[1]) {
          break;
        }
      }
      assertEquals(expected, joined.toString());
    }
    for (Element e : root.select("[data-kind]")) {
      int start = Integer.parseInt(e.attr("data-start"));
      int end = Integer.parseInt(e.attr("data-end"));
      assertEquals(c.text().substring(start, end), e.wholeText());
    }
  }
}
