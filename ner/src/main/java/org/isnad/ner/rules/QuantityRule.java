package org.isnad.ner.rules;

import static org.isnad.ner.rules.Words.*;

import org.isnad.core.TokenType;

/**
 * The QUANTITY grammar: [approximator] number [multiplier] [unit].
 *
 * <ul>
 *   <li>approximator: نحو، حوالي، قرابة، زهاء، ما يقارب or أكثر / أقل / أزيد + من / عن / على;
 *   <li>number: a NUMBER token that is no date or time (1500، 1,500، 3.5، 1%، ١٥٠٠) or a spelled
 *       cardinal, possibly compound with و (ثلاثة، خمسة وعشرين، مئة، ألف);
 *   <li>multiplier: ألف / ألفا / آلاف / مليون / ملايين / مليار …;
 *   <li>unit: a measure or currency (كيلومترا، دولار، طن), بالمئة or في المئة; after a multiplier
 *       also a definite plural unit (ملايين الدولارات).
 * </ul>
 *
 * A number without approximator, multiplier, unit or percent sign is a quantity only when a counted
 * noun follows it (an indefinite word, or من + a definite word: 1500 مقاتل، 1500 من المقاتلين); the
 * counted noun is not part of the quantity. Vague count words (عشرات، مئات، آلاف، ملايين) are not
 * numbers; with {@code vague} on they count as a number standing alone (مئات).
 */
final class QuantityRule {
  private QuantityRule() {}

  private static final int MAX_SPELLED = 4;
  private static final String WAW = "\u0648";

  /** End (exclusive token index) of the quantity starting at token {@code i}, or -1. */
  static int match(NormalizedTokens v, int i, String first, boolean vague) {
    int k = i;
    String f = first;
    boolean approx = false;
    if (APPROXIMATORS.contains(f)) {
      approx = true;
      k = i + 1;
    } else if (COMPARATIVES.contains(f) && v.joined(i) && i + 1 < v.size() && THAN.contains(v.form(i + 1))) {
      approx = true;
      k = i + 2;
    } else if ("\u0645\u0627".equals(f) && v.joined(i) && i + 2 < v.size() && v.joined(i + 1)) {
      // ما يقارب / ما يزيد عن
      String g = v.form(i + 1);
      if (APPROXIMATORS.contains(g)) {
        approx = true;
        k = i + 2;
      } else if (COMPARATIVES.contains(g) && THAN.contains(v.form(i + 2))) {
        approx = true;
        k = i + 3;
      }
    }
    if (approx) {
      if (k >= v.size() || !v.joined(k - 1)) {
        return -1;
      }
      f = v.form(k);
    }
    int c;
    boolean numeric = false;
    boolean multiplied = false;
    TokenType type = v.token(k).type();
    if (type == TokenType.NUMBER) {
      if (NumberForms.isNumericDate(f) || NumberForms.isTime(f)) {
        return -1;
      }
      numeric = true;
      c = k + 1;
      if (NumberForms.isPercent(f)) {
        return c;
      }
    } else if (type == TokenType.WORD && SPELLED.contains(f)) {
      c = k + 1;
      int parts = 1;
      while (c < v.size() && v.joined(c - 1) && parts < MAX_SPELLED && v.form(c).startsWith(WAW)
          && SPELLED.contains(v.form(c).substring(1))) {
        c++;
        parts++;
      }
    } else if (type == TokenType.WORD && vague && VAGUE.contains(f)) {
      c = k + 1;
      multiplied = true;
    } else {
      return -1;
    }
    if (c < v.size() && v.joined(c - 1) && MULTIPLIERS.contains(v.form(c))) {
      c++;
      multiplied = true;
    }
    if (c < v.size() && v.joined(c - 1)) {
      String u = v.form(c);
      if (UNITS.contains(u) || (multiplied && DEFINITE_UNITS.contains(u))) {
        return c + 1;
      }
      if (IN.contains(u) && c + 1 < v.size() && v.joined(c) && HUNDRED.contains(v.form(c + 1))) {
        return c + 2;
      }
    }
    if (approx || multiplied) {
      return c;
    }
    return countedNounFollows(v, c) ? c : -1;
  }

  private static boolean countedNounFollows(NormalizedTokens v, int c) {
    if (c >= v.size() || !v.joined(c - 1) || !v.isWord(c)) {
      return false;
    }
    String g = v.form(c);
    if (MONTHS.containsKey(g) || TITLE_STOPS.contains(g) && !OF.contains(g)) {
      return false;
    }
    if (OF.contains(g)) {
      return c + 1 < v.size() && v.joined(c) && v.isWord(c + 1) && isDefinite(v.form(c + 1))
          && !MONTHS.containsKey(v.form(c + 1));
    }
    return !isDefinite(g);
  }
}
