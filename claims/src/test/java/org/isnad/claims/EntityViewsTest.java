package org.isnad.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.isnad.ner.EntityType;
import org.isnad.ner.Mention;
import org.junit.jupiter.api.Test;

/** Grouping raw recognizer mentions into entity views. */
class EntityViewsTest {

  private static Mention m(String text, EntityType type, String doc) {
    int s = doc.indexOf(text);
    return new Mention(type, s, s + text.length(), text, 0.9);
  }

  @Test
  void personsShareTheirLastNameAndTakeTheLongestForm() {
    String doc = "قال العقيد ريان ديلون إن القوات تتقدم. وأضاف ديلون أن فاطمة الزهراء ومنظمة الصحة العالمية حاضرتان.";
    List<EntityView> views = EntityViews.fromMentions(List.of(
        m("ريان ديلون", EntityType.PERSON, doc), m("ديلون", EntityType.PERSON, doc.substring(0)),
        m("فاطمة الزهراء", EntityType.PERSON, doc), m("منظمة الصحة العالمية", EntityType.ORGANIZATION, doc)));
    assertEquals(3, views.size());
    assertEquals("ريان ديلون", views.get(0).canonical());
    assertEquals(SourceType.PERSON, views.get(0).type());
    assertEquals(2, views.get(0).mentions().size());
    assertEquals(Gender.FEMININE, views.get(1).gender());
    assertEquals(SourceType.ORGANIZATION, views.get(2).type());
  }

  @Test
  void locationsAreLeftOutAndNullIsRejected() {
    String doc = "في دمشق";
    assertEquals(0, EntityViews.fromMentions(List.of(m("دمشق", EntityType.LOCATION, doc))).size());
    assertThrows(NullPointerException.class, () -> EntityViews.fromMentions(null));
  }
}
