package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.core.SentenceSplitter;
import org.isnad.core.Span;
import org.isnad.core.Token;
import org.isnad.core.Tokenizer;
import org.isnad.ner.link.Entity;
import org.isnad.ner.link.EntityMention;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {

  /** A fake model: mentions of fixed names wherever they occur. */
  private static MentionSource fake(EntityType type, String... names) {
    return text -> {
      List<Mention> out = new ArrayList<>();
      for (String n : names) {
        for (int at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + n.length())) {
          out.add(new Mention(type, at, at + n.length(), n, 0.8));
        }
      }
      return out;
    };
  }

  @Test
  void extractsMentionsAnnotationsAndEntities() {
    String text = "وقال العقيد ريان ديلون اليوم الخميس إن نحو 1500 من مقاتلي داعش في البوكمال. وأضاف ديلون أن قسد ستهاجم";
    DocumentEntities d = new EntityExtractor(fake(EntityType.PERSON, "ريان ديلون", "ديلون")).extract(text);
    assertEquals(List.of("العقيد"), d.annotations(AnnotationType.TITLE).stream().map(Annotation::text).toList());
    assertEquals(List.of("اليوم الخميس"), d.annotations(AnnotationType.DATE).stream().map(Annotation::text).toList());
    assertEquals(List.of("نحو 1500"), d.annotations(AnnotationType.QUANTITY).stream().map(Annotation::text).toList());
    List<String> keys = d.entities().stream().map(Entity::key).toList();
    assertEquals(List.of("pers:ريان ديلون", "org:isis", "org:sdf"), keys);
    Entity dillon = d.entities().get(0);
    assertEquals("العقيد", dillon.title());
    assertEquals(2, dillon.mentions().size());
    assertEquals(dillon, d.entityAt(text.lastIndexOf("ديلون"), text.lastIndexOf("ديلون") + 5));
  }

  @Test
  void modelWinsOverlapsWithTheGazetteer() {
    String text = "قالت قوات سوريا الديمقراطية إن";
    int s = text.indexOf("سوريا");
    MentionSource model = t -> List.of(new Mention(EntityType.LOCATION, s, s + 5, "سوريا", 0.6));
    DocumentEntities d = new EntityExtractor(model).extract(text);
    assertEquals(1, d.mentions().size());
    assertEquals(EntityType.LOCATION, d.mentions().get(0).type());
    assertEquals("loc:syria", d.entities().get(0).key());
  }

  @Test
  void gazetteerFillsGapsTheModelLeft() {
    List<Mention> model = List.of(new Mention(EntityType.PERSON, 10, 15, "abcde", 0.5));
    List<Mention> gaz = List.of(new Mention(EntityType.ORGANIZATION, 0, 4, "aaaa", 1),
        new Mention(EntityType.ORGANIZATION, 12, 20, "bbbbbbbb", 1),
        new Mention(EntityType.ORGANIZATION, 15, 18, "ccc", 1));
    List<Mention> merged = EntityExtractor.merge(model, gaz);
    assertEquals(List.of("abcde", "aaaa", "ccc"), merged.stream().map(Mention::text).toList());
    List<Mention> first = EntityExtractor.merge(model, gaz, EntityExtractor.MergePolicy.GAZETTEER_FIRST);
    assertEquals(List.of("aaaa", "bbbbbbbb", "ccc"), first.stream().map(Mention::text).toList());
    List<Mention> inner = List.of(new Mention(EntityType.LOCATION, 13, 16, "xyz", 0.5));
    List<Mention> longer = EntityExtractor.merge(inner, gaz, EntityExtractor.MergePolicy.LONGER_GAZETTEER_NAME);
    assertEquals(List.of("aaaa", "bbbbbbbb"), longer.stream().map(Mention::text).toList());
    assertEquals(List.of("abcde", "aaaa", "ccc"),
        EntityExtractor.merge(model, gaz, EntityExtractor.MergePolicy.LONGER_GAZETTEER_NAME).stream().map(Mention::text).toList());
  }

  @Test
  void longerGazetteerNamePolicyReplacesAContainedModelMention() {
    String text = "قالت قوات سوريا الديمقراطية إن";
    int s = text.indexOf("سوريا");
    MentionSource model = t -> List.of(new Mention(EntityType.LOCATION, s, s + 5, "سوريا", 0.6));
    DocumentEntities d = new EntityExtractor(model)
        .withMergePolicy(EntityExtractor.MergePolicy.LONGER_GAZETTEER_NAME).extract(text);
    assertEquals(List.of("قوات سوريا الديمقراطية"), d.mentions().stream().map(Mention::text).toList());
    assertEquals("org:sdf", d.entities().get(0).key());
  }

  @Test
  void resultsAreImmutableAndMisuseIsReported() {
    DocumentEntities d = EntityExtractor.getDefault().extract("قالت قسد إن داعش انهزم");
    assertThrows(UnsupportedOperationException.class, () -> d.mentions().clear());
    assertThrows(UnsupportedOperationException.class, () -> d.entities().clear());
    assertThrows(NullPointerException.class, () -> EntityExtractor.getDefault().extract(null));
    MentionSource bad = t -> List.of(new Mention(EntityType.PERSON, 0, 3, "xyz", 1));
    assertThrows(IllegalArgumentException.class, () -> new EntityExtractor(bad).extract("قالت قسد"));
  }

  @Test
  void stableKeysAcrossTwoDocuments() {
    EntityExtractor x = new EntityExtractor(fake(EntityType.PERSON, "مصطفى بالي", "مصطفي بالي", "بالي"));
    DocumentEntities a = x.extract("قال مصطفى بالي مدير المركز الإعلامي لقسد إن تنظيم الدولة الإسلامية انهار");
    DocumentEntities b = x.extract("ونقلت رويترز عن مصطفي بالي أن قوات سورية الديمقراطية تقدمت على داعش. وقال بالي");
    Set<String> ka = new HashSet<>(a.entities().stream().map(Entity::key).toList());
    Set<String> kb = new HashSet<>(b.entities().stream().map(Entity::key).toList());
    assertTrue(kb.containsAll(ka), ka + " vs " + kb);
    // the role after the name is an apposition, not an adjacent title
    assertEquals(null, a.entities().get(0).title());
    assertEquals(List.of("مدير المركز الإعلامي لقسد"),
        a.annotations(AnnotationType.TITLE).stream().map(Annotation::text).toList());
  }

  /**
   * Linking on the seed articles: the gold mentions go in through a fake source (no gazetteer), and
   * the entities must group them as the gold {@code entity} field does. Prints pairwise precision
   * and recall over same-entity mention pairs.
   */
  @Test
  void seedLinkingAgreesWithGold() {
    long tp = 0;
    long fp = 0;
    long fn = 0;
    int exactClusters = 0;
    int goldClusters = 0;
    StringBuilder report = new StringBuilder();
    for (SeedGold.Article a : SeedGold.articles()) {
      List<Mention> gold = new ArrayList<>();
      Map<Long, String> goldEntity = new HashMap<>();
      for (SeedGold.Span s : a.mentions()) {
        gold.add(new Mention(EntityType.valueOf(s.type()), s.start(), s.end(), s.text(), 1));
        goldEntity.put(((long) s.start() << 32) | s.end(), s.type() + "|" + s.entity());
      }
      EntityExtractor x = new EntityExtractor(t -> gold, null,
          org.isnad.ner.rules.RuleAnnotator.getDefault(), org.isnad.ner.link.EntityLinker.getDefault());
      DocumentEntities d = x.extract(a.text());
      Map<Long, String> predicted = new HashMap<>();
      for (Entity e : d.entities()) {
        for (EntityMention m : e.mentions()) {
          assertEquals(a.text().substring(m.start(), m.end()), m.text());
          assertEquals(a.text().substring(m.nameStart(), m.nameEnd()), m.name());
          predicted.put(((long) m.mention().start() << 32) | m.mention().end(), e.id());
        }
      }
      List<Long> keys = new ArrayList<>(goldEntity.keySet());
      for (int i = 0; i < keys.size(); i++) {
        for (int j = i + 1; j < keys.size(); j++) {
          boolean g = goldEntity.get(keys.get(i)).equals(goldEntity.get(keys.get(j)));
          boolean p = predicted.get(keys.get(i)).equals(predicted.get(keys.get(j)));
          if (g && p) {
            tp++;
          } else if (p) {
            fp++;
            report.append(a.name()).append(" wrongly joined: ").append(goldEntity.get(keys.get(i)))
                .append(" + ").append(goldEntity.get(keys.get(j))).append('\n');
          } else if (g) {
            fn++;
          }
        }
      }
      Map<String, Set<Long>> goldSets = new HashMap<>();
      Map<String, Set<Long>> predSets = new HashMap<>();
      for (Long k : keys) {
        goldSets.computeIfAbsent(goldEntity.get(k), z -> new HashSet<>()).add(k);
        predSets.computeIfAbsent(predicted.get(k), z -> new HashSet<>()).add(k);
      }
      goldClusters += goldSets.size();
      for (Map.Entry<String, Set<Long>> g : goldSets.entrySet()) {
        if (predSets.containsValue(g.getValue())) {
          exactClusters++;
        } else {
          report.append(a.name()).append(" split/merged: ").append(g.getKey()).append('\n');
        }
      }
    }
    double p = tp / Math.max(1.0, tp + fp);
    double r = tp / Math.max(1.0, tp + fn);
    report.append(String.format("linking pairs tp=%d fp=%d fn=%d P=%.3f R=%.3f; gold entities exactly recovered %d/%d%n",
        tp, fp, fn, p, r, exactClusters, goldClusters));
    System.out.print(report);
    assertTrue(p >= 0.9 && r >= 0.7, report.toString());
  }

  @Test
  void seedsWithTheDefaultExtractorHaveExactOffsets() {
    for (SeedGold.Article a : SeedGold.articles()) {
      DocumentEntities d = assertDoesNotThrow(() -> EntityExtractor.getDefault().extract(a.text()));
      for (Mention m : d.mentions()) {
        assertEquals(a.text().substring(m.start(), m.end()), m.text());
      }
      for (Annotation an : d.annotations()) {
        assertEquals(a.text().substring(an.start(), an.end()), an.text());
      }
      assertNotNull(d.entities());
      assertTrue(d.entities().stream().anyMatch(e -> e.key().equals("org:isis")), a.name());
    }
  }

  @Test
  void givenTokensAndSentencesGiveTheSameResultAsTheText() {
    Tokenizer tokenizer = new Tokenizer();
    SentenceSplitter splitter = new SentenceSplitter();
    EntityExtractor extractor = EntityExtractor.getDefault();
    for (SeedGold.Article a : SeedGold.articles()) {
      List<Token> tokens = tokenizer.tokenize(a.text());
      List<Span> sentences = splitter.sentences(a.text(), tokens);
      assertEquals(extractor.extract(a.text()), extractor.extract(a.text(), tokens, sentences),
          a.name());
      assertEquals(NamedEntityRecognizer.getDefault().recognize(a.text()),
          NamedEntityRecognizer.getDefault().recognize(a.text(), tokens, sentences), a.name());
    }
    String text = SeedGold.articles().get(0).text();
    List<Token> tokens = tokenizer.tokenize(text);
    List<Span> sentences = splitter.sentences(text, tokens);
    assertThrows(NullPointerException.class, () -> extractor.extract(text, null, sentences));
    assertThrows(NullPointerException.class, () -> extractor.extract(text, tokens, null));
    assertThrows(IllegalArgumentException.class, () -> extractor.extract("\u0642\u0627\u0644", tokens, sentences));
    assertThrows(IllegalArgumentException.class,
        () -> NamedEntityRecognizer.getDefault().recognize("\u0642\u0627\u0644", tokens, sentences));
  }
}
