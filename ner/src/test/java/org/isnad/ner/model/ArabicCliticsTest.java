package org.isnad.ner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArabicCliticsTest {
  @Test
  void stripsConjunctionPrepositionAndArticle() {
    assertEquals("العراق", ArabicClitics.bare("والعراق"));
    assertEquals("عراق", ArabicClitics.core("والعراق"));
    assertEquals("العراق", ArabicClitics.bare("للعراق"));
    assertEquals("دمشق", ArabicClitics.bare("بدمشق"));
    assertEquals("دمشق", ArabicClitics.core("وبدمشق"));
    assertEquals(ArabicClitics.CONJUNCTION | ArabicClitics.PREPOSITION | ArabicClitics.ARTICLE,
        ArabicClitics.proclitics("وبالعراق"));
  }

  @Test
  void shortWordsStayWhole() {
    assertEquals("وب", ArabicClitics.bare("وب"));
    assertEquals("بن", ArabicClitics.core("بن"));
    assertEquals("", ArabicClitics.core(""));
    assertEquals(0, ArabicClitics.proclitics("في"));
  }
}
