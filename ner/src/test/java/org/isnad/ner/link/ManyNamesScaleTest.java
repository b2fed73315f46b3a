package org.isnad.ner.link;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashSet;
import java.util.Set;
import org.isnad.ner.DocumentEntities;
import org.isnad.ner.EntityExtractor;
import org.isnad.ner.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A long document naming tens of thousands of different people who share a first name (محمد X،
 * محمد Y …). Linking used to compare each name with every cluster sharing any word — quadratic,
 * minutes at this size; it now only compares clusters sharing every word, so this runs in
 * seconds. No timing is asserted: the size is the check.
 */
class ManyNamesScaleTest {
  private static final String LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمنهي";
  private static final int NAMES = 30_000;

  /** A distinct made-up surname for every {@code i >= 0}. */
  static String surname(int i) {
    StringBuilder sb = new StringBuilder();
    do {
      sb.append(LETTERS.charAt(i % LETTERS.length()));
      i /= LETTERS.length();
    } while (i > 0);
    return sb.append("ان").toString();
  }

  @Test
  void thirtyThousandPeopleWithOneFirstName() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < NAMES; i++) {
      text.append("وقال محمد ").append(surname(i)).append(". ");
    }
    DocumentEntities found = EntityExtractor.getDefault().extract(text.toString());
    Set<String> keys = new HashSet<>();
    for (Entity e : found.entities()) {
      keys.add(e.key());
      for (EntityMention m : e.mentions()) {
        assertEquals(text.substring(m.start(), m.end()), m.text());
      }
    }
    assertEquals(found.entities().size(), keys.size(), "one entity per key");
    long people = found.entities().stream().filter(e -> e.type() == EntityType.PERSON).count();
    assertTrue(people > NAMES / 2, "most names are separate people: " + people);
  }
}
