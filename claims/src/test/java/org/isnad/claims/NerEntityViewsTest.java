package org.isnad.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.core.Span;
import org.isnad.ner.DocumentEntities;
import org.isnad.ner.EntityExtractor;
import org.isnad.ner.EntityType;
import org.isnad.ner.link.Entity;
import org.junit.jupiter.api.Test;

/** Views of the linked entities of the default entity extractor. */
class NerEntityViewsTest {

  @Test
  void personsAndOrganisationsOnlyWithNameSpansInsideTheText() {
    String text = "وقال الرئيس الفرنسي إيمانويل ماكرون في باريس إن فرنسا ستدعم لبنان. "
        + "وأكدت وزارة الخارجية الأمريكية أن واشنطن تتابع الوضع. وأضاف ماكرون أن الحل سياسي.";
    DocumentEntities doc = EntityExtractor.getDefault().extract(text);
    List<EntityView> views = NerEntityViews.of(doc);
    Set<String> kept = new HashSet<>();
    for (EntityView v : views) {
      kept.add(v.id());
      assertTrue(v.type() == SourceType.PERSON || v.type() == SourceType.ORGANIZATION, v.toString());
      assertFalse(v.mentions().isEmpty());
      for (Span s : v.mentions()) {
        assertTrue(s.start() >= 0 && s.end() <= text.length() && s.start() < s.end(), v.toString());
      }
    }
    for (Entity e : doc.entities()) {
      boolean speakerType = e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION;
      assertEquals(speakerType, kept.contains(e.id()), e.toString());
    }
    assertEquals(SourceType.OTHER, NerEntityViews.typeOf(EntityType.LOCATION));
    assertThrows(NullPointerException.class, () -> NerEntityViews.of(null));
  }
}
