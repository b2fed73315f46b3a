package org.isnad.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Claim clustering within and across documents. */
class ClaimClustererTest {

  private final QuoteExtractor extractor = new QuoteExtractor();
  private final ClaimClusterer clusterer = new ClaimClusterer();

  private static String seed(String name) throws IOException {
    Path p = Path.of(System.getProperty("isnad.seeds", "../seeds"), "articles", name);
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  private static boolean has(Claim c, String doc, String contentPart) {
    for (SourcedQuote q : c.quotes()) {
      if (q.documentId().equals(doc) && q.quote().content().text().contains(contentPart)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void dillonStatementsReportedByTwoSeedArticles() throws IOException {
    Map<String, List<Quote>> docs = new LinkedHashMap<>();
    docs.put("000", extractor.extract(seed("000_c76431b2828d011e.txt")));
    docs.put("001", extractor.extract(seed("001_bfc2d2c5c594cf5b.txt")));
    List<Claim> claims = clusterer.cluster(docs);
    String[][] expected = {
        {"تراكم دفاعات داعش", "يعزز دفاعاته"},
        {"قد انتقلت إلى البوكمال", "قيادة التنظيم انتقلت"},
        {"هدف للائتلاف", "البوكمال هدف"},
        {"حقل عمر", "حقل العمر"},
    };
    for (String[] e : expected) {
      Claim found = null;
      for (Claim c : claims) {
        if (has(c, "000", e[0]) && has(c, "001", e[1])) {
          found = c;
        }
      }
      assertTrue(found != null, "no claim joins " + e[0] + " / " + e[1]);
      assertEquals("ريان ديلون", found.speaker().canonical());
      assertEquals(List.of("000", "001"), List.copyOf(found.documents()));
      assertTrue(found.score() > ClaimClusterer.DEFAULT_THRESHOLD && found.score() <= 1);
    }
    int total = 0;
    for (Claim c : claims) {
      total += c.quotes().size();
    }
    assertEquals(docs.get("000").size() + docs.get("001").size(), total, "every quote is in one claim");
  }

  @Test
  void differentSpeakersOrStatementsStayApart() {
    Map<String, List<Quote>> docs = new LinkedHashMap<>();
    docs.put("a", extractor.extract("وقال وزير الخارجية أحمد سالم إن المفاوضات ستستأنف الأسبوع المقبل في جنيف."));
    docs.put("b", extractor.extract("وقال وزير الدفاع خالد عمر إن المفاوضات ستستأنف الأسبوع المقبل في جنيف."));
    docs.put("c", extractor.extract("وأكد سالم أن المفاوضات ستستأنف في جنيف الأسبوع المقبل. وقال سالم إن الاقتصاد يتعافى ببطء."));
    List<Claim> claims = clusterer.cluster(docs);
    Claim geneva = null;
    for (Claim c : claims) {
      if (has(c, "a", "جنيف")) {
        geneva = c;
      }
    }
    assertTrue(geneva != null);
    assertEquals(List.of("a", "c"), List.copyOf(geneva.documents()));
    assertEquals("أحمد سالم", geneva.speaker().canonical());
    for (Claim c : claims) {
      assertFalse(has(c, "b", "جنيف") && c.documents().size() > 1, "another speaker joined: " + c);
      assertFalse(has(c, "c", "الاقتصاد") && c.quotes().size() > 1, "another statement joined: " + c);
    }
  }

  @Test
  void similarityIsSymmetricAndBounded() {
    List<Quote> a = extractor.extract("وقال المتحدث إن القوات انسحبت من المدينة.");
    List<Quote> b = extractor.extract("وأضاف المتحدث أن قواتنا انسحبت من مدينة حلب.");
    double s = clusterer.similarity(a.get(0), b.get(0));
    assertEquals(s, clusterer.similarity(b.get(0), a.get(0)), 1e-12);
    assertTrue(s > 0 && s <= 1);
    assertEquals(1.0, clusterer.similarity(a.get(0), a.get(0)), 1e-9);
  }

  @Test
  void badArguments() {
    assertThrows(IllegalArgumentException.class, () -> new ClaimClusterer(0));
    assertThrows(NullPointerException.class, () -> clusterer.cluster(null));
    assertTrue(clusterer.cluster(Map.of()).isEmpty());
  }
}
