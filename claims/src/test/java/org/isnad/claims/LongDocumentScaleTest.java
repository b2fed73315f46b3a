package org.isnad.claims;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Long documents whose shape once made speaker resolution superlinear. No timing is asserted:
 * each size would take minutes if the stage were cubic, and seconds now.
 */
class LongDocumentScaleTest {
  private static final String LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمنهي";

  private static String surname(int i) {
    StringBuilder sb = new StringBuilder();
    do {
      sb.append(LETTERS.charAt(i % LETTERS.length()));
      i /= LETTERS.length();
    } while (i > 0);
    return sb.append("ان").toString();
  }

  /**
   * Thousands of named ministers, each followed by a role-only speaker (وأكد الوزير): every role
   * is resolved against every earlier person, and used to rescan the whole salience list for
   * each of them (cubic: over a minute at this size).
   */
  @Test
  void rolesAfterThousandsOfNamedPeople() {
    StringBuilder sb = new StringBuilder();
    int people = 0;
    for (int i = 0; sb.length() < 300_000; i++) {
      if (i % 2 == 0) {
        sb.append("وقال الوزير محمد ").append(surname(i)).append(" إن الحكومة مستمرة. ");
        people++;
      } else {
        sb.append("وأكد الوزير أن العمل مستمر. ");
      }
    }
    String text = sb.toString();
    List<Quote> quotes = QuoteExtractor.textOnly().extract(text);
    assertTrue(quotes.size() >= people, quotes.size() + " quotes for " + people + " named speakers");
    int roles = 0;
    for (int k = 1; k < quotes.size(); k++) {
      Quote q = quotes.get(k);
      if (q.speaker() != null && q.speaker().text().equals("الوزير")) {
        roles++;
        assertNotNull(q.speakerEntity(), q::toString);
        assertEquals(quotes.get(k - 1).speakerEntity().canonical(), q.speakerEntity().canonical(),
            "the role is the minister named just before");
      }
    }
    assertTrue(roles > people / 2, roles + " role-only speakers");
  }

  /**
   * Twenty thousand differently named speakers sharing a first name: each name used to be
   * compared with every earlier entity (quadratic).
   */
  @Test
  void twentyThousandNamedSpeakers() {
    StringBuilder sb = new StringBuilder();
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      sb.append("وقال محمد ").append(surname(i)).append(" إن الحكومة مستمرة. ");
    }
    List<Quote> quotes = QuoteExtractor.textOnly().extract(sb.toString());
    assertEquals(n, quotes.size());
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (Quote q : quotes) {
      if (q.speakerEntity() != null && q.speakerEntity().canonical().startsWith("محمد ")) {
        ids.add(q.speakerEntity().id());
      }
    }
    assertTrue(ids.size() > n * 9 / 10, ids.size() + " entities: nearly one per name");
  }
}
