package org.isnad.ner.rules;

/**
 * Reads the normalized form of a NUMBER token (Arabic-Indic digits already folded to ASCII by
 * {@link org.isnad.core.Normalizer#SEARCH}). No regular expressions; never throws.
 */
final class NumberForms {
  private NumberForms() {}

  private static final int MAX_DIGITS = 9;

  /** The value of a plain integer form of at most nine digits, or -1. */
  static int intValue(String f) {
    if (f.isEmpty() || f.length() > MAX_DIGITS) {
      return -1;
    }
    int v = 0;
    for (int k = 0; k < f.length(); k++) {
      char c = f.charAt(k);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** True for 1..31. */
  static boolean isDayOfMonth(String f) {
    int v = intValue(f);
    return v >= 1 && v <= 31;
  }

  /** True for a plausible year, 1900..2100. */
  static boolean isYear(String f) {
    int v = intValue(f);
    return v >= 1900 && v <= 2100;
  }

  /** True for h:mm or hh:mm[:ss] with valid values. */
  static boolean isTime(String f) {
    int colon = f.indexOf(':');
    if (colon < 1 || colon > 2) {
      return false;
    }
    int h = intValue(f.substring(0, colon));
    String rest = f.substring(colon + 1);
    int colon2 = rest.indexOf(':');
    String mm = colon2 < 0 ? rest : rest.substring(0, colon2);
    if (mm.length() != 2 || h < 0 || h > 24) {
      return false;
    }
    int m = intValue(mm);
    if (m < 0 || m > 59) {
      return false;
    }
    if (colon2 >= 0) {
      String ss = rest.substring(colon2 + 1);
      int s = intValue(ss);
      return ss.length() == 2 && s >= 0 && s <= 59;
    }
    return true;
  }

  /**
   * True for a numeric date with three parts joined by one kind of separator ({@code . / -}):
   * day-month-year or year-month-day, with a two- or four-digit year.
   */
  static boolean isNumericDate(String f) {
    char sep = 0;
    for (int k = 0; k < f.length(); k++) {
      char c = f.charAt(k);
      if (c == '.' || c == '/' || c == '-') {
        sep = c;
        break;
      }
    }
    if (sep == 0) {
      return false;
    }
    int a = f.indexOf(sep);
    int b = f.indexOf(sep, a + 1);
    if (b < 0 || f.indexOf(sep, b + 1) >= 0) {
      return false;
    }
    String p1 = f.substring(0, a);
    String p2 = f.substring(a + 1, b);
    String p3 = f.substring(b + 1);
    int x = intValue(p1);
    int y = intValue(p2);
    int z = intValue(p3);
    if (x < 0 || y < 0 || z < 0) {
      return false;
    }
    boolean dmy = p1.length() <= 2 && p2.length() <= 2 && (p3.length() == 2 || p3.length() == 4)
        && x >= 1 && x <= 31 && y >= 1 && y <= 12;
    boolean mdy = p1.length() <= 2 && p2.length() <= 2 && p3.length() == 4
        && x >= 1 && x <= 12 && y >= 1 && y <= 31;
    boolean ymd = p1.length() == 4 && p2.length() <= 2 && p3.length() <= 2
        && y >= 1 && y <= 12 && z >= 1 && z <= 31;
    return dmy || mdy || ymd;
  }

  /** True when the form ends with a percent sign. */
  static boolean isPercent(String f) {
    return f.endsWith("%");
  }
}
