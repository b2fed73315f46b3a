package org.isnad.ner.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.isnad.ner.Annotation;
import org.isnad.ner.DocumentEntities;
import org.isnad.ner.EntityExtractor;
import org.isnad.ner.Mention;
import org.junit.jupiter.api.Test;

/** Random texts built from rule vocabulary, odd characters and punctuation: nothing throws, offsets hold. */
class RuleAnnotatorFuzzTest {

  private static final String[] PIECES = {
    "الرئيس", "رئيس", "الوزراء", "العراقي", "باسم", "التحالف", "في", "لـ", "“", "”", "\"", "(", ")",
    "،", ".", "\n", " ", "  ", "اليوم", "أمس", "الخميس", "13", "من", "شباط", "2019", "28.10.2017",
    "11:58", "نحو", "1500", "أكثر", "ألفا", "كيلومترا", "%", "١٥٠٠", "وأمس", "للتحالف", "بقوات",
    "قسد", "داعش", "الولايات", "المتحدة", "ريان", "ديلون", "العقيد", "ـ", "\u064E", "\u200F",
    "\uD800", "\uDC00", "\u0000", "منتصف", "ليل", "السبت", "الساعة", "الثالثة", "قبل", "يومين",
    "المسؤول", "الإعلامي", "و", "ل", "لل", "ب", "مصطفى", "بالي", "الشيخ", "x", "#وسم", "@user",
  };

  @Test
  void randomTextsNeverBreakTheRulesOrTheExtractor() {
    Random random = new Random(20261121L);
    EntityExtractor extractor = new EntityExtractor(text -> List.of());
    for (int round = 0; round < 3000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(40);
      for (int k = 0; k < n; k++) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
        if (random.nextInt(3) > 0) {
          sb.append(' ');
        }
      }
      String text = sb.toString();
      List<Annotation> all = RuleAnnotator.getDefault().annotate(text);
      int last = 0;
      for (Annotation a : all) {
        assertEquals(text.substring(a.start(), a.end()), a.text(), text);
        assertTrue(a.start() >= last && a.end() > a.start(), text);
        last = a.end();
      }
      DocumentEntities d = extractor.extract(text);
      for (Mention m : d.mentions()) {
        assertEquals(text.substring(m.start(), m.end()), m.text(), text);
      }
    }
  }

  @Test
  void firstNamesAreBundled() {
    assertTrue(FirstNames.size() > 300, "arabic-names gazetteer not found on the class path");
    assertTrue(FirstNames.contains(org.isnad.core.Normalizer.SEARCH.apply("مصطفى")));
    assertTrue(!FirstNames.contains("الرئيس"));
  }
}
