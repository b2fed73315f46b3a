package org.isnad.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.isnad.core.Span;
import org.isnad.ner.EntityType;
import org.isnad.ner.link.Entity;
import org.isnad.ner.link.EntityMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One id for one source across {@link Isnad#analyze(String)}: every quote's speaker entity id is
 * the id of an entity of the same analysis, on the seed articles and the dev set, and a speaker
 * the recognizer missed becomes an entity of the list with its type and mentions.
 */
class OneIdSchemeTest {
  private static Isnad isnad;

  @BeforeAll
  static void load() {
    isnad = Isnad.create();
  }

  /** Quotes whose speaker id is in no entity of their analysis; checks mentions and canonical names on the way. */
  private static int orphans(Analysis a, List<String> report) {
    Map<String, Entity> byId = new HashMap<>();
    for (Entity e : a.entities().entities()) {
      assertTrue(byId.put(e.id(), e) == null, "duplicate entity id " + e.id());
      for (EntityMention m : e.mentions()) {
        assertEquals(m.text(), a.text().substring(m.start(), m.end()));
      }
    }
    int bad = 0;
    for (Quote q : a.quotes()) {
      SpeakerEntity s = q.speakerEntity();
      if (s == null) {
        continue;
      }
      Entity e = byId.get(s.id());
      if (e == null) {
        bad++;
        report.add(s.id() + " " + s.canonical());
      } else {
        assertEquals(e.canonicalName(), s.canonical(), "one name for one id");
      }
    }
    return bad;
  }

  @Test
  void everySpeakerIdIsAnEntityOnSeedsAndDevSet() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of(System.getProperty("isnad.seeds", "../seeds"), "articles"))) {
      for (Path p : s.sorted().toList()) {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    texts.addAll(QuotesDevEvaluationTest.articles(QuotesDevEvaluationTest.devSet().resolve("wikinews-articles.jsonl")).values());
    int quotes = 0;
    int withSpeaker = 0;
    int bad = 0;
    List<String> report = new ArrayList<>();
    for (String t : texts) {
      Analysis a = isnad.analyze(t);
      quotes += a.quotes().size();
      withSpeaker += (int) a.quotes().stream().filter(q -> q.speakerEntity() != null).count();
      bad += orphans(a, report);
    }
    System.out.println("speaker ids in no entity: " + bad + " of " + withSpeaker + " quotes with a speaker (" + quotes
        + " quotes) " + report);
    assertTrue(quotes > 200, "the seeds and the dev set have quotes");
    assertEquals(0, bad, report.toString());
  }

  @Test
  void aSpeakerTheRecognizerMissedBecomesAnEntity() {
    String text = "وقال الناطق باسم نقابة عمال الموانئ إن الإضراب سيستمر أسبوعا. وأضاف أن المفاوضات متوقفة.";
    Analysis a = isnad.analyze(text);
    assertEquals(2, a.quotes().size(), a.quotes().toString());
    SpeakerEntity s = a.quotes().get(0).speakerEntity();
    assertNotNull(s);
    assertEquals(s, a.quotes().get(1).speakerEntity(), "the dropped subject is the same entity");
    Entity e = a.entities().entities().stream().filter(x -> x.id().equals(s.id())).findFirst().orElseThrow();
    assertTrue(e.id().matches("E\\d+"), e.id());
    assertEquals(EntityType.PERSON, e.type());
    Span first = e.mentions().get(0).span();
    assertTrue(first.of(text).contains("الناطق"), first.of(text));
  }
}
