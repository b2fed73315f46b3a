package org.isnad.ner.link;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.ner.DocumentEntities;
import org.isnad.ner.EntityExtractor;
import org.isnad.ner.EntityType;
import org.isnad.ner.Mention;
import org.isnad.ner.SeedGold;
import org.junit.jupiter.api.Test;

class NameCompletionTest {

  /** A mention source that finds exactly the given names, as a weak model would. */
  private static EntityExtractor extractorFinding(String... names) {
    return new EntityExtractor(text -> {
      List<Mention> out = new ArrayList<>();
      for (String name : names) {
        int at = text.indexOf(name);
        if (at >= 0) {
          out.add(new Mention(EntityType.PERSON, at, at + name.length(), name, 0.9));
        }
      }
      return out;
    });
  }

  private static Entity person(DocumentEntities doc, String canonical) {
    return doc.entities().stream().filter(e -> e.canonicalName().equals(canonical)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + canonical + " in " + doc.entities()));
  }

  private static Mention at(String text, EntityType type, String what, int from) {
    int start = text.indexOf(what, from);
    return new Mention(type, start, start + what.length(), what, 0.8);
  }

  @Test
  void personMentionsSideBySideJoinIntoOneName() {
    String text = "وأوضح المتحدث ريان ديلون, في تصريح";
    List<Mention> in = List.of(at(text, EntityType.PERSON, "ريان", 0), at(text, EntityType.PERSON, "ديلون", 0));
    List<Mention> out = NameCompletion.joinAdjacent(text, in);
    assertEquals(List.of(new Mention(EntityType.PERSON, text.indexOf("ريان"), text.indexOf(","), "ريان ديلون", 0.8)), out);
    String three = "قال محمد  علي\u00A0حسن إن";
    List<Mention> parts = List.of(at(three, EntityType.PERSON, "محمد", 0), at(three, EntityType.PERSON, "علي", 0),
        at(three, EntityType.PERSON, "حسن", 0));
    assertEquals(List.of("محمد  علي\u00A0حسن"), NameCompletion.joinAdjacent(three, parts).stream().map(Mention::text).toList());
  }

  @Test
  void mentionsApartOrOfOtherTypesStayApart() {
    for (String text : List.of("التقى بوش وبلير", "التقى بوش، بلير", "التقى بوش\nبلير", "التقى بوش بلير")) {
      boolean plain = text.equals("التقى بوش بلير");
      String second = "بلير";
      List<Mention> in = List.of(at(text, EntityType.PERSON, "بوش", 0),
          at(text, plain ? EntityType.LOCATION : EntityType.PERSON, second, 0));
      assertSame(in, NameCompletion.joinAdjacent(text, in), text);
    }
    assertSame(List.of(), NameCompletion.joinAdjacent("", List.of()));
  }

  @Test
  void aNameAfterItsTitleExtendsToTheComma() {
    String text = "أعلن قائد الشرطة، اللواء سامي خريسات، أن التحقيق مستمر. وقال خريسات إن النتائج قريبة.";
    DocumentEntities doc = extractorFinding("سامي").extract(text);
    Entity e = person(doc, "سامي خريسات");
    assertEquals(2, e.mentions().size(), "the later surname links to the completed name");
    assertEquals("خريسات", e.mentions().get(1).name());
  }

  @Test
  void surnamesAfterCluesAndPrepositionsLinkToTheFullName() {
    String text = "قال الوزير نبيل العمري في مؤتمر صحفي إن الحكومة ستقدم خطة. وأضاف العمري أن الخطة جاهزة، "
        + "ونقلت الوكالة عن العمري قوله إن الموعد لم يحدد. وشكر الحضور للعمري جهوده.";
    DocumentEntities doc = extractorFinding("نبيل العمري").extract(text);
    Entity e = person(doc, "نبيل العمري");
    assertEquals(4, e.mentions().size());
    EntityMention glued = e.mentions().get(3);
    assertEquals("لعمري", glued.name(), "after لل only the first ل is left out, as the gold convention does");
  }

  @Test
  void aSurnameNeverMatchesAFunctionWordThatFoldsToIt() {
    String text = "قال الشيخ محمد علي إن الاتفاق على وشك الانتهاء، وعلى الجميع الالتزام.";
    DocumentEntities doc = extractorFinding("محمد علي").extract(text);
    assertEquals(1, person(doc, "محمد علي").mentions().size(), "على is not the surname علي");
  }

  @Test
  void everyPersonOfTheSeedsIsFoundAndLinkedToOneEntityPerDocument() {
    EntityExtractor extractor = EntityExtractor.getDefault();
    for (SeedGold.Article a : SeedGold.articles()) {
      DocumentEntities doc = extractor.extract(a.text());
      Map<String, Set<String>> entitiesOfPerson = new HashMap<>();
      for (SeedGold.Span m : a.mentions()) {
        if (!m.type().equals("PERSON")) {
          continue;
        }
        Set<String> ids = entitiesOfPerson.computeIfAbsent(m.entity(), k -> new HashSet<>());
        boolean found = false;
        for (Entity e : doc.entities()) {
          for (EntityMention em : e.mentions()) {
            if (em.start() < m.end() && m.start() < em.end()) {
              assertEquals(EntityType.PERSON, e.type(), a.name() + ": " + m.text());
              ids.add(e.id());
              found = true;
            }
          }
        }
        assertTrue(found, a.name() + ": person mention " + m.text() + " at " + m.start() + " not found");
      }
      entitiesOfPerson.forEach((person, ids) ->
          assertEquals(1, ids.size(), a.name() + ": " + person + " is split over " + ids));
    }
  }
}
