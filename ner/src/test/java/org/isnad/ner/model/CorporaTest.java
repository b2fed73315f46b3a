package org.isnad.ner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.ner.ConllSentence;
import org.junit.jupiter.api.Test;

class CorporaTest {
  private static final Path DATA = Path.of(System.getProperty("isnad.seeds")).getParent().resolve("ner/data");

  @Test
  void aqmarStrayTagsAreCleaned() {
    assertEquals("B-PERS", Corpora.aqmarTag("B-PER"));
    assertEquals("I-ORG", Corpora.aqmarTag("I--ORG"));
    assertEquals("B-MISC", Corpora.aqmarTag("B-MIS0"));
    assertEquals("I-MISC", Corpora.aqmarTag("I-MIS3"));
    assertEquals("B-MISC", Corpora.aqmarTag("B-MISS1"));
    assertEquals("B-MISC", Corpora.aqmarTag("B-MIS1`"));
    assertEquals("B-MISC", Corpora.aqmarTag("B-MIS-2"));
    assertEquals("O", Corpora.aqmarTag("IO"));
    assertEquals("O", Corpora.aqmarTag("OO"));
    assertEquals("O", Corpora.aqmarTag("B-ENGLISH"));
    assertEquals("O", Corpora.aqmarTag("O"));
  }

  @Test
  void wikifaneClassesMapToAnercorpTypes() {
    assertEquals(49, Corpora.WIKIFANE_CLASSES.size()); // + Group and Chemical, which map to O
    assertEquals("B-PERS", Corpora.wikifaneTag("B-Politician"));
    assertEquals("I-LOC", Corpora.wikifaneTag("I-Population-Center"));
    assertEquals("B-ORG", Corpora.wikifaneTag("B-Government"));
    assertEquals("B-MISC", Corpora.wikifaneTag("B-Software"));
    assertEquals("O", Corpora.wikifaneTag("B-Group"));
    assertEquals("O", Corpora.wikifaneTag("O"));
  }

  @Test
  void splitCliticsAreReattached() {
    List<String> tokens = new ArrayList<>(List.of("و", "ل", "ال", "عراق", "كتاب", "ها", "ب", "دمشق"));
    List<String> tags = new ArrayList<>(List.of("O", "O", "B-LOC", "I-LOC", "O", "O", "O", "B-LOC"));
    Corpora.reattachClitics(tokens, tags);
    assertEquals(List.of("وللعراق", "كتابها", "بدمشق"), tokens);
    assertEquals(List.of("B-LOC", "O", "B-LOC"), tags);
  }

  @Test
  void devSplitIsTheLastTenthOfAnercorp() {
    List<ConllSentence> all = Corpora.anercorp(DATA);
    assertEquals(3986, all.size());
    List<ConllSentence> dev = Corpora.devSplit(all);
    List<ConllSentence> train = Corpora.trainSplit(all);
    assertEquals(398, dev.size());
    assertEquals(all.size(), dev.size() + train.size());
    assertEquals(all.get(all.size() - 398), dev.get(0));
    assertEquals(dev, Corpora.block(all, 9));
    assertEquals(train, Corpora.allBut(all, 9));
    assertEquals(398, Corpora.block(all, 0).size());
    assertEquals(all.size() - 398, Corpora.allBut(all, 0).size());
    assertEquals(all.get(6), Corpora.block(all, 0).get(0));
  }

  @Test
  void committedCorporaLoadCleanly() {
    List<ConllSentence> aqmar = Corpora.aqmar(DATA);
    List<ConllSentence> wiki = Corpora.wikifane(DATA, false);
    assertTrue(aqmar.size() > 2000);
    assertTrue(wiki.size() > 10000);
    for (List<ConllSentence> corpus : List.of(aqmar, wiki)) {
      for (ConllSentence s : corpus) {
        for (List<String> row : s.rows()) {
          String tag = row.get(row.size() - 1);
          assertTrue(tag.equals("O") || tag.matches("[BI]-(PERS|ORG|LOC|MISC)"), tag);
          assertTrue(row.get(0).indexOf('\u200E') < 0 && row.get(0).indexOf('\uFEFF') < 0);
        }
      }
    }
  }
}
