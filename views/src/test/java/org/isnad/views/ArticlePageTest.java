package org.isnad.views;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.isnad.claims.Analysis;
import org.isnad.claims.Isnad;
import org.isnad.claims.Quote;
import org.isnad.claims.TextSpan;
import org.isnad.ner.link.Entity;
import org.isnad.ner.link.EntityMention;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class ArticlePageTest {
  static final Isnad ISNAD = Isnad.create();
  static final Path SEEDS = Path.of(System.getProperty("isnad.seeds", "../seeds"), "articles");

  /** Every span the contract promises, as (kind, start, end). */
  record Expected(String kind, int start, int end) {}

  static List<Expected> expected(Analysis a) {
    List<Expected> out = new ArrayList<>();
    for (Entity e : a.entities().entities()) {
      for (EntityMention m : e.mentions()) {
        out.add(new Expected("entity", m.start(), m.end()));
      }
    }
    for (Quote q : a.quotes()) {
      out.add(new Expected("quote", q.content().start(), q.content().end()));
      out.add(new Expected("cue", q.cue().start(), q.cue().end()));
      if (q.speaker() != null) {
        out.add(new Expected("speaker", q.speaker().start(), q.speaker().end()));
      }
    }
    return out;
  }

  /** Checks the contract on a page parsed by jsoup and returns the number of spans checked. */
  static int assertContract(String text, Document page, Analysis a) {
    assertEquals("rtl", page.selectFirst("html").attr("dir"));
    assertEquals("ar", page.selectFirst("html").attr("lang"));
    Element article = page.getElementById("text");
    assertEquals(Html.asParsed(text), article.wholeText(), "the page holds the whole original text");
    int checked = 0;
    for (Expected x : expected(a)) {
      Elements found = page.select("[data-kind=" + x.kind() + "][data-start=" + x.start() + "][data-end=" + x.end() + "]");
      assertFalse(found.isEmpty(), () -> "no element for " + x + " " + text.substring(x.start(), x.end()));
      for (Element e : found) {
        assertEquals(Html.asParsed(text.substring(x.start(), x.end())), e.wholeText(), x.toString());
      }
      checked++;
    }
    for (Element e : page.select("[data-kind]")) {
      int s = Integer.parseInt(e.attr("data-start"));
      int end = Integer.parseInt(e.attr("data-end"));
      assertEquals(Html.asParsed(text.substring(s, end)), e.wholeText(), e.attr("data-kind") + " " + s);
    }
    return checked;
  }

  @Test
  void everySeedSpanIsMarkedAtItsOffsetsWithItsText() throws IOException {
    int total = 0;
    try (var files = Files.list(SEEDS)) {
      for (Path p : files.sorted().toList()) {
        String text = Files.readString(p);
        Analysis a = ISNAD.analyze(text);
        String html = ArticlePage.render(p.getFileName().toString(), a);
        Document page = Jsoup.parse(html);
        total += assertContract(text, page, a);
        assertEquals(a.quotes().size(), page.select("aside li").size());
        assertTrue(page.select("[data-kind$=-part]").isEmpty(), "no crossing spans in the seeds");
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("src="),
            "self-contained");
      }
    }
    assertTrue(total > 300, "spans checked: " + total);
  }

  @Test
  void mentionInsideQuoteAndSpeakerThatIsAMentionNest() {
    String text = "وقال العقيد ريان ديلون لوكالة رويترز: “نشهد تراكم دفاعات داعش في سوريا”.";
    Analysis a = ISNAD.analyze(text);
    assertFalse(a.quotes().isEmpty());
    Document page = Jsoup.parse(ArticlePage.render("t", a));
    assertContract(text, page, a);
    Element quote = page.selectFirst("[data-kind=quote]");
    assertFalse(quote.select("[data-kind=entity]").isEmpty(), "the mention is a child of the quote");
    Element speaker = page.selectFirst("[data-kind=speaker]");
    assertNotNull(speaker);
    assertEquals("q1", quote.id());
    assertEquals("1", speaker.attr("data-quote"));
    assertEquals("1", page.selectFirst("[data-kind=cue]").attr("data-quote"));
  }

  @Test
  void crossingSpansCutTheLowerRankIntoParts() {
    String text = "aaaa bbbb cccc dddd";
    Mark quote = new Mark(MarkKind.QUOTE, 5, 14, "quote", Map.of(), null, null);
    Mark entity = new Mark(MarkKind.ENTITY, 0, 9, "ent", Map.of(), "x", null);
    Mark cue = new Mark(MarkKind.CUE, 10, 19, "cue", Map.of(), null, null);
    StringBuilder out = new StringBuilder();
    new MarkLayout(text).render(new ArrayList<>(List.of(entity, quote, cue)), out);
    Document d = Jsoup.parseBodyFragment("<div id=t>" + out + "</div>");
    assertEquals(text, d.getElementById("t").wholeText());
    Element q = d.selectFirst("[data-kind=quote]");
    assertEquals("bbbb cccc", q.wholeText());
    Elements entityParts = d.select("[data-kind=entity-part]");
    assertEquals(List.of("aaaa ", "bbbb"), entityParts.eachText().stream().toList().isEmpty() ? null
        : entityParts.stream().map(Element::wholeText).toList());
    assertEquals("0", entityParts.get(1).attr("data-of-start"));
    assertEquals("9", entityParts.get(1).attr("data-of-end"));
    assertEquals(List.of("cccc", " dddd"), d.select("[data-kind=cue-part]").stream().map(Element::wholeText).toList());
    assertTrue(d.select("[data-kind=entity]").isEmpty());
  }

  @Test
  void identicalSpansNestInRankOrderAndSharedSpansMerge() {
    String text = "قال ديلون";
    Mark speaker1 = new Mark(MarkKind.SPEAKER, 4, 9, "speaker", Map.of(), null, "1");
    Mark entity = new Mark(MarkKind.ENTITY, 4, 9, "ent", Map.of(), "شخص", null);
    StringBuilder out = new StringBuilder();
    new MarkLayout(text).render(new ArrayList<>(List.of(entity, speaker1)), out);
    Element outer = Jsoup.parseBodyFragment(out.toString()).selectFirst("[data-kind]");
    assertEquals("speaker", outer.attr("data-kind"));
    assertEquals("entity", outer.child(0).attr("data-kind"));
    assertEquals("ديلون", outer.child(0).wholeText());
  }

  @Test
  void hostileTextIsEscapedAndKeepsItsOffsets() {
    String text = "قال <b>&amp; \"x\"</b>\r\nسطر\u0000 ثان\u0007 \uD800 <script>alert(1)</script> Ryan Dillon 28.10.2017";
    Analysis a = ISNAD.analyze(text);
    String html = ArticlePage.render("<name> & \"x\"", a);
    assertFalse(html.contains("<script>alert"));
    assertFalse(html.contains("<b>&amp;"));
    assertTrue(html.contains("&#13;"));
    Document page = Jsoup.parse(html);
    assertEquals("<name> & \"x\" — إسناد", page.title());
    assertEquals(Html.asParsed(text), page.getElementById("text").wholeText());
    List<String> isolated = page.select("#text bdi").eachText();
    assertEquals("script>alert(1)</script> Ryan Dillon 28.10.2017", isolated.get(isolated.size() - 1),
        "one left-to-right run, ASCII punctuation inside it");
    assertEquals("b>&amp; \"x\"</b", isolated.get(0));
  }

  @Test
  void partialWordMarksCarryJoinersOutsideTheDomText() {
    // ل + رويترز: the entity starts inside the word; لـ joins the next letter, so both sides get a ZWJ.
    String text = "قال لرويترز أمس";
    Mark entity = new Mark(MarkKind.ENTITY, 5, 11, "ent", Map.of(), "منظمة", null);
    StringBuilder out = new StringBuilder();
    new MarkLayout(text).render(new ArrayList<>(List.of(entity)), out);
    Document d = Jsoup.parseBodyFragment("<div id=t>" + out + "</div>");
    assertEquals(text, d.getElementById("t").wholeText());
    assertEquals("قال ل", d.selectFirst(".ja").wholeText(), "the piece before the cut ends in ل");
    assertEquals("رويترز", d.selectFirst(".jb").wholeText());
    assertEquals("رويترز", d.selectFirst("[data-kind=entity]").wholeText());
    assertTrue(d.selectFirst("[data-kind=entity]").hasAttr("data-label"), "ends a word: labelled");
    // و does not join the next letter: no joiner needed at وقال | ...
    assertFalse(ArabicJoining.joinsAcross("وقال", 1));
    assertTrue(ArabicJoining.joinsAcross("بالعراق", 1));
    assertTrue(ArabicJoining.joinsAcross("بِالعراق", 2), "a haraka between the letters is transparent");
    assertFalse(ArabicJoining.joinsAcross("Reuters", 3));
  }

  @Test
  void noLabelOrBadgeInsideAWord() {
    String text = "قال لرويترزها";
    Mark entity = new Mark(MarkKind.ENTITY, 5, 11, "ent", Map.of(), "منظمة", "1");
    StringBuilder out = new StringBuilder();
    new MarkLayout(text).render(new ArrayList<>(List.of(entity)), out);
    Element e = Jsoup.parseBodyFragment(out.toString()).selectFirst("[data-kind=entity]");
    assertFalse(e.hasAttr("data-label"));
    assertFalse(e.hasAttr("data-badge"));
  }

  @Test
  void emptyAndWhitespaceTextsRender() {
    for (String text : List.of("", " ", "\n\n", "“", "قال: “")) {
      Analysis a = ISNAD.analyze(text);
      Document page = Jsoup.parse(ArticlePage.render("e", a));
      assertEquals(text, page.getElementById("text").wholeText());
    }
  }

  @Test
  void hrefsArePercentEncoded() {
    Analysis a = ISNAD.analyze("نص");
    assertEquals("a%20b%23c%D9%86.html", new Article("a b#cن", a).href());
    assertThrows(NullPointerException.class, () -> ArticlePage.render(null, a));
  }

  @Test
  void textSpanHelperMatches() {
    assertEquals("ab", TextSpan.of("xaby", 1, 3).text());
  }
}
