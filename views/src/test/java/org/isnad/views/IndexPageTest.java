package org.isnad.views;

import static org.junit.jupiter.api.Assertions.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.claims.Analysis;
import org.isnad.claims.Claim;
import org.isnad.claims.Quote;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class IndexPageTest {
  @Test
  void speakersAcrossArticlesAndSharedClaimsLinkToTheirPlace() {
    Analysis one = ArticlePageTest.ISNAD.analyze("وقال وزير الخارجية سامي الحداد للصحفيين: “لن نتراجع عن الاتفاق”.");
    Analysis two = ArticlePageTest.ISNAD.analyze("أعلنت الحكومة خطة جديدة. وقال سامي الحداد أمس: “لن نتراجع عن الاتفاق”. "
        + "وأضاف أن المفاوضات ستستمر.");
    Analysis three = ArticlePageTest.ISNAD.analyze("قالت مصادر إن الاجتماع تأجل.");
    List<Article> articles = List.of(new Article("a 1", one), new Article("b#2", two), new Article("c", three));
    Map<String, List<Quote>> quotes = new LinkedHashMap<>();
    articles.forEach(a -> quotes.put(a.name(), a.analysis().quotes()));
    List<Claim> claims = ArticlePageTest.ISNAD.claims(quotes);
    Document page = Jsoup.parse(IndexPage.render(articles, claims));
    assertEquals("rtl", page.selectFirst("html").attr("dir"));
    int listed = page.select("#speakers a.quote-link").size();
    assertEquals(one.quotes().size() + two.quotes().size() + three.quotes().size(), listed, "every quote listed once");
    Element haddad = page.select("#speakers h3").stream().filter(h -> h.text().contains("سامي الحداد")).findFirst().orElseThrow();
    assertTrue(haddad.nextElementSibling().select("a").eachAttr("href").containsAll(List.of("a%201.html#q1", "b%232.html#q1")),
        haddad.nextElementSibling().toString());
    Element shared = page.getElementById("claims");
    assertTrue(shared.select("a.quote-link").eachAttr("href").containsAll(List.of("a%201.html#q1", "b%232.html#q1")),
        shared.toString());
  }

  @Test
  void misuse() {
    Analysis a = ArticlePageTest.ISNAD.analyze("نص");
    assertThrows(IllegalArgumentException.class,
        () -> IndexPage.render(List.of(new Article("x", a), new Article("x", a)), List.of()));
    assertThrows(NullPointerException.class, () -> IndexPage.render(null, List.of()));
    assertThrows(NullPointerException.class, () -> new Article(null, a));
  }
}
