package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.isnad.ner.link.Entity;
import org.isnad.ner.link.EntityMention;
import org.junit.jupiter.api.Test;

/**
 * A word whose whole form is a known name keeps a first letter that is also a proclitic (ل ب و ف
 * ك); a glued proclitic before a known name is still cut off; a person's title before a place is
 * not the place's title.
 */
class KnownNameProcliticTest {
  private static final EntityExtractor EXTRACTOR = EntityExtractor.getDefault();

  private static List<String> mentions(String text) {
    return EXTRACTOR.extract(text).entities().stream().flatMap(e -> e.mentions().stream())
        .map(EntityMention::text).toList();
  }

  @Test
  void namesStartingWithAProcliticLetterKeepIt() {
    assertEquals(List.of("ليبيا"), mentions("ليبيا"));
    assertEquals(List.of("ليبيا"), mentions("زار الوزير ليبيا أمس."));
    assertEquals(List.of("لوزان"), mentions("وصل الوفد إلى لوزان مساء الأحد."));
    assertEquals(List.of("بلجيكا"), mentions("بلجيكا"));
    assertTrue(mentions("عاد السفير من بلجيكا وفرنسا.").contains("بلجيكا"));
    assertTrue(mentions("قال المتحدث إن لبنان يحتاج إلى دعم.").contains("لبنان"));
  }

  @Test
  void aProcliticBeforeAKnownNameIsStillCutOff() {
    List<String> found = mentions("وزار الرئيس فرنسا وكندا وفنزويلا والعراق ثم عاد إلى بغداد.");
    assertTrue(found.containsAll(List.of("كندا", "فنزويلا", "العراق", "بغداد")), found::toString);
    assertFalse(found.contains("ندا"), found::toString);
    assertTrue(mentions("وصل الوفد لليبيا أمس.").stream().anyMatch(m -> m.endsWith("ليبيا")));
    assertTrue(mentions("وصل الوفد بدمشق أمس.").contains("دمشق"));
  }

  @Test
  void aPersonsTitleBeforeAPlaceIsNotItsTitle() {
    List<Entity> entities = EXTRACTOR.extract("زار الوزير لبنان").entities();
    assertEquals(1, entities.size(), entities::toString);
    assertEquals(EntityType.LOCATION, entities.get(0).type());
    assertEquals("لبنان", entities.get(0).mentions().get(0).text());
    assertNull(entities.get(0).title());
    Entity person = EXTRACTOR.extract("وقال الوزير محمد علي إن الحكومة مستمرة.").entities().get(0);
    assertEquals(EntityType.PERSON, person.type());
    assertNotNull(person.title(), "a title before a person still is one");
  }
}
