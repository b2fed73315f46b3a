package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NamedEntityRecognizerTest {
  private static List<String> articles;

  @BeforeAll
  static void readSeeds() throws IOException {
    Path dir = Path.of(System.getProperty("isnad.seeds"), "articles");
    try (Stream<Path> files = Files.list(dir)) {
      articles = new ArrayList<>();
      for (Path p : files.sorted().toList()) {
        articles.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    assertFalse(articles.isEmpty());
  }

  @Test
  void defaultIsLoadedOnce() {
    assertSame(NamedEntityRecognizer.getDefault(), NamedEntityRecognizer.getDefault());
  }

  @Test
  void mentionOffsetsAreExactOnTheSeedArticles() {
    NamedEntityRecognizer ner = NamedEntityRecognizer.getDefault();
    for (String text : articles) {
      List<Mention> mentions = ner.recognize(text);
      assertFalse(mentions.isEmpty());
      int last = -1;
      for (Mention m : mentions) {
        assertEquals(text.substring(m.start(), m.end()), m.text());
        assertTrue(m.start() >= last, "mentions in order, not overlapping");
        assertTrue(m.confidence() >= 0 && m.confidence() <= 1);
        assertFalse(m.text().isBlank());
        last = m.end();
      }
    }
  }

  @Test
  void findsObviousEntities() {
    List<Mention> ms = NamedEntityRecognizer.getDefault().recognize(
        "قال الرئيس الأمريكي دونالد ترامب في واشنطن إن الولايات المتحدة ستدعم العراق.");
    assertTrue(ms.stream().anyMatch(m -> m.type() == EntityType.PERSON && m.text().contains("ترامب")), ms.toString());
    assertTrue(ms.stream().anyMatch(m -> m.type() == EntityType.LOCATION && m.text().equals("واشنطن")), ms.toString());
    assertTrue(ms.stream().anyMatch(m -> m.text().equals("العراق")), ms.toString());
  }

  @Test
  void mentionsStartAfterAGluedProclitic() {
    NamedEntityRecognizer ner = NamedEntityRecognizer.getDefault();
    assertEquals(1, ner.procliticLength("والعراق"));
    assertEquals(1, ner.procliticLength("بالعراق"));
    assertEquals(1, ner.procliticLength("للعراق"));
    assertEquals(1, ner.procliticLength("وبغداد"));
    assertEquals(1, ner.procliticLength("بدمشق"));
    assertEquals(1, ner.procliticLength("لروسيا"));
    assertEquals(2, ner.procliticLength("وَبغداد"));
    assertEquals(0, ner.procliticLength("العراق"));
    assertEquals(0, ner.procliticLength("بغداد"));
    assertEquals(0, ner.procliticLength("لبنان"));
    assertEquals(0, ner.procliticLength("فرنسا"));
    List<Mention> ms = ner.recognize("وصل الوفد إلى بغداد قادما من دمشق، ثم توجه وزير الخارجية إلى بيروت والعراق.");
    for (Mention m : ms) {
      if (m.type() == EntityType.LOCATION && m.text().endsWith("عراق")) {
        assertEquals("العراق", m.text());
      }
    }
  }

  @Test
  void tagKeepsTokensAndGivesOneTagPerToken() {
    List<String> tokens = List.of("التقى", "الرئيس", "المصري", "عبد", "الفتاح", "السيسي", "في", "القاهرة", ".");
    List<String> tags = NamedEntityRecognizer.getDefault().tag(tokens);
    assertEquals(tokens.size(), tags.size());
    for (String t : tags) {
      assertTrue(t.equals("O") || t.matches("[BI]-(PERS|ORG|LOC|MISC)"), t);
    }
    assertEquals("B-LOC", tags.get(7));
  }

  @Test
  void sharedInstanceGivesSerialResultsAcrossThreads() throws Exception {
    NamedEntityRecognizer ner = NamedEntityRecognizer.getDefault();
    List<List<Mention>> serial = new ArrayList<>();
    for (String a : articles) {
      serial.add(ner.recognize(a));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<List<Mention>>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> {
          List<List<Mention>> out = new ArrayList<>();
          for (int r = 0; r < 3; r++) {
            out.clear();
            for (String a : articles) {
              out.add(ner.recognize(a));
            }
          }
          return out;
        }));
      }
      for (Future<List<List<Mention>>> f : futures) {
        assertEquals(serial, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void oddInputNeverFails() {
    NamedEntityRecognizer ner = NamedEntityRecognizer.getDefault();
    assertEquals(List.of(), ner.recognize(""));
    assertEquals(List.of(), ner.recognize(" \n\t "));
    String odd = "\uD800 «« بغداد \u200E\u0000 (و) ال ـــ؟؟ \"" + "دمشق ".repeat(3000) + "\uDC00";
    for (Mention m : ner.recognize(odd)) {
      assertEquals(odd.substring(m.start(), m.end()), m.text());
    }
    assertEquals(3, ner.tag(List.of("", "\uD800", "ال")).size());
  }

  @Test
  void tagDocumentPropagatesALabelToOtherMentionsOfTheSameName() {
    NamedEntityRecognizer ner = NamedEntityRecognizer.getDefault();
    List<List<String>> sentences = List.of(
        List.of("وقال", "المدرب", "خوسيه", "غوارديولا", "إن", "الفريق", "جاهز"),
        List.of("وأضاف", "وغوارديولا", "أن", "المباراة", "صعبة"),
        List.of("قال", "الفريق"));
    int bPers = org.isnad.ner.model.TagSet.index("B-PERS");
    int iPers = org.isnad.ner.model.TagSet.index("I-PERS");
    int bOrg = org.isnad.ner.model.TagSet.index("B-ORG");
    List<int[]> tags = new ArrayList<>(List.of(
        new int[] {0, 0, bPers, iPers, 0, bOrg, 0}, new int[5], new int[2]));
    ner.propagate(sentences, tags);
    // the name (proclitic و ignored) gets the type it has elsewhere in the document
    assertEquals(bPers, tags.get(1)[1]);
    // a common word tagged once is not spread
    assertEquals(0, tags.get(2)[1]);
    assertEquals(0, tags.get(2)[0]);
    assertEquals(2, ner.tagDocument(List.of(List.of("a"), List.of("b"))).size());
  }

  @Test
  void nullIsRejected() {
    NamedEntityRecognizer ner = NamedEntityRecognizer.getDefault();
    org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class, () -> ner.recognize(null));
    org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class, () -> ner.tag(null));
    org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
        () -> NamedEntityRecognizer.load(null));
  }
}
