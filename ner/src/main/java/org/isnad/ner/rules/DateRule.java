package org.isnad.ner.rules;

import static org.isnad.ner.rules.Words.*;

import org.isnad.core.TokenType;

/**
 * The DATE grammar: a run of date elements on one line, each optionally narrowed by prefixes
 * (منتصف، ليل، صباح) and followed by modifiers (الماضي، الجاري) or a part of the day (صباحا), at
 * least one element being an anchor:
 *
 * <ul>
 *   <li>a deictic day (اليوم، أمس، غدا) or a day name (الخميس), after an optional يوم;
 *   <li>a day number with an optional من and a month name, with an optional year (13 من شباط،
 *       10 شباط 2019); a month name alone (شباط، تشرين الثاني), ambiguous ones (آب، مارس، مايو)
 *       only beside a number;
 *   <li>a numeric date (28.10.2017، 10/2/2019) or a clock time (11:58), الساعة + a number or an
 *       hour ordinal (الساعة الثالثة);
 *   <li>عام / العام / سنة + a year (عام 2014), هذا / هذه + a period (هذا العام), a period with a
 *       modifier (الشهر الجاري، الأسابيع القليلة الماضية، اليومين الماضيين), a single period with
 *       واحد (أسبوع واحد);
 *   <li>a counted duration (ثلاثة أيام، 48 ساعة), also after قبل / بعد / منذ (قبل يومين، منذ
 *       ثلاثة أيام);
 *   <li>an ordinal day with a month (الثامن من تموز), شهر + a month name (شهر آذار).
 * </ul>
 *
 * A date in parentheses right after a date joins it: منتصف ليل السبت (10 شباط 2019). Preceding
 * prepositions (خلال، في) are not part of the date.
 */
final class DateRule {
  private DateRule() {}

  private static final int MAX_ELEMENTS = 6;

  /**
   * Every word a date element can start with: the union of the sets {@link #element} tests its
   * first word against, so that one probe rules out the other words.
   */
  private static final java.util.Set<String> ELEMENT_HEADS = union(RELATIVE_DAYS, DAY_NAMES,
      DAY_WORD, MONTH_WORD, DAY_ORDINALS, SPELLED, DUAL_PERIODS, MONTHS.keySet(), YEAR_WORDS,
      DEMONSTRATIVES, PERIODS, PLURAL_PERIODS, SINGLE_PERIODS, DURATION_PREPOSITIONS, HOUR_WORDS);

  @SafeVarargs
  private static java.util.Set<String> union(java.util.Set<String>... sets) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (java.util.Set<String> s : sets) {
      out.addAll(s);
    }
    return java.util.Set.copyOf(out);
  }

  /** End (exclusive token index) of the date starting at token {@code i} read as {@code first}, or -1. */
  static int match(NormalizedTokens v, int i, String first) {
    int j = i;
    int end = -1;
    for (int element = 0; element < MAX_ELEMENTS; element++) {
      if (element > 0 && !v.joined(j - 1)) {
        break;
      }
      int k = j;
      while (k < v.size() && DATE_PREFIXES.contains(form(v, k, i, first)) && v.joined(k)) {
        k++;
      }
      int e = element(v, k, i, first);
      if (e < 0) {
        break;
      }
      e = modifiers(v, e);
      end = e;
      j = e;
    }
    if (end < 0) {
      return -1;
    }
    return parenthesized(v, end);
  }

  private static String form(NormalizedTokens v, int k, int i, String first) {
    return k == i ? first : v.form(k);
  }

  private static boolean isNumber(NormalizedTokens v, int k) {
    return k < v.size() && v.token(k).type() == TokenType.NUMBER;
  }

  private static boolean wordIn(NormalizedTokens v, int k, java.util.Set<String> set) {
    return k < v.size() && set.contains(v.form(k));
  }

  /** Follows modifiers and parts of the day after an element. */
  private static int modifiers(NormalizedTokens v, int e) {
    while (e < v.size() && v.joined(e - 1)
        && (DATE_MODIFIERS.contains(v.form(e)) || DAY_PARTS.contains(v.form(e)))) {
      e++;
    }
    return e;
  }

  /** A date element at token k (k may be the first token, read as {@code first}); end or -1. */
  private static int element(NormalizedTokens v, int k, int i, String first) {
    if (k >= v.size()) {
      return -1;
    }
    String f = form(v, k, i, first);
    TokenType type = v.token(k).type();
    if (type == TokenType.NUMBER) {
      return numberElement(v, k, f);
    }
    if (type != TokenType.WORD || !ELEMENT_HEADS.contains(f)) {
      return -1;
    }
    if (RELATIVE_DAYS.contains(f) || DAY_NAMES.contains(f)) {
      return k + 1;
    }
    if (DAY_WORD.contains(f) && v.joined(k)) {
      int next = k + 1;
      if (wordIn(v, next, DAY_NAMES)) {
        return next + 1;
      }
      if (isNumber(v, next)) {
        return numberElement(v, next, v.form(next));
      }
      return -1;
    }
    if (MONTH_WORD.contains(f) && v.joined(k) && k + 1 < v.size()) {
      return monthElement(v, k + 1, v.form(k + 1), true);
    }
    if (DAY_ORDINALS.contains(f) && v.joined(k)) {
      int m = k + 1;
      while (m < v.size() && v.joined(m - 1) && DAY_ORDINALS.contains(v.form(m)) && m - k < 3) {
        m++; // الحادي عشر، الحادي والعشرين
      }
      if (m < v.size() && v.joined(m - 1) && OF.contains(v.form(m))) {
        m++;
      }
      return m < v.size() && v.joined(m - 1) ? monthElement(v, m, v.form(m), true) : -1;
    }
    if (v.joined(k) && (SPELLED.contains(f) || DUAL_PERIODS.contains(f))) {
      int e = DUAL_PERIODS.contains(f) ? -1 : duration(v, k);
      if (e > 0) {
        return e;
      }
    }
    int month = monthElement(v, k, f, false);
    if (month > 0) {
      return month;
    }
    if (YEAR_WORDS.contains(f) && v.joined(k) && isNumber(v, k + 1) && NumberForms.isYear(v.form(k + 1))) {
      return k + 2;
    }
    if (DEMONSTRATIVES.contains(f) && v.joined(k)
        && (wordIn(v, k + 1, PERIODS) || wordIn(v, k + 1, PLURAL_PERIODS))) {
      return k + 2;
    }
    if (PERIODS.contains(f) || PLURAL_PERIODS.contains(f)) {
      int e = k + 1;
      while (e < v.size() && v.joined(e - 1) && PERIOD_FILLERS.contains(v.form(e)) && e - k < 3) {
        e++;
      }
      if (e < v.size() && v.joined(e - 1) && DATE_MODIFIERS.contains(v.form(e))) {
        return e + 1;
      }
      return -1;
    }
    if (SINGLE_PERIODS.contains(f) && v.joined(k) && wordIn(v, k + 1, ONE)) {
      return k + 2;
    }
    if (DURATION_PREPOSITIONS.contains(f) && v.joined(k)) {
      return duration(v, k + 1);
    }
    if (HOUR_WORDS.contains(f) && v.joined(k) && k + 1 < v.size()) {
      if (isNumber(v, k + 1)) {
        String n = v.form(k + 1);
        int h = NumberForms.intValue(n);
        if ((h >= 0 && h <= 24) || NumberForms.isTime(n)) {
          return k + 2;
        }
        return -1;
      }
      if (HOUR_ORDINALS.contains(v.form(k + 1))) {
        int e = k + 2;
        while (e < v.size() && v.joined(e - 1) && HOUR_TAIL.contains(v.form(e)) && e - k < 4) {
          e++;
        }
        return e;
      }
    }
    return -1;
  }

  private static int duration(NormalizedTokens v, int k) {
    if (k >= v.size()) {
      return -1;
    }
    String f = v.form(k);
    if (DUAL_PERIODS.contains(f)) {
      return k + 1;
    }
    boolean counted = isNumber(v, k) ? NumberForms.intValue(f) > 0 : SPELLED.contains(f);
    if (counted && v.joined(k) && wordIn(v, k + 1, COUNTED_PERIODS)) {
      return k + 2;
    }
    return -1;
  }

  /** Day number [من] month [year], a numeric date, or a time. */
  private static int numberElement(NormalizedTokens v, int k, String f) {
    if (NumberForms.isNumericDate(f) || NumberForms.isTime(f)) {
      return k + 1;
    }
    if (v.joined(k) && k + 1 < v.size() && NumberForms.intValue(f) > 0
        && COUNTED_PERIODS.contains(v.form(k + 1))) {
      return k + 2; // a counted duration: 48 ساعة، 3 أيام
    }
    if (NumberForms.isDayOfMonth(f) && v.joined(k)) {
      int m = k + 1;
      if (wordIn(v, m, OF) && v.joined(m)) {
        m++;
      }
      if (m < v.size()) {
        int e = monthElement(v, m, v.form(m), true);
        if (e > 0) {
          return e;
        }
      }
    }
    return -1;
  }

  /**
   * A month name with its optional الأول/الثاني and year; {@code afterNumber} accepts the
   * ambiguous names.
   */
  private static int monthElement(NormalizedTokens v, int k, String f, boolean afterNumber) {
    if (v.token(k).type() != TokenType.WORD || !MONTHS.containsKey(f)) {
      return -1;
    }
    int e = k + 1;
    if (TWO_PART_MONTHS.contains(f) && e < v.size() && v.joined(k) && FIRST_SECOND.contains(v.form(e))) {
      e++;
    }
    boolean year = e < v.size() && v.joined(e - 1) && isNumber(v, e) && NumberForms.isYear(v.form(e));
    if (year) {
      e++;
    }
    if (AMBIGUOUS_MONTHS.contains(f) && !afterNumber && !year) {
      return -1;
    }
    return e;
  }

  /** Extends a date over a following parenthesized date: السبت (10 شباط 2019). */
  private static int parenthesized(NormalizedTokens v, int end) {
    int open = end;
    if (open + 2 < v.size() && v.joined(open - 1) && v.token(open).type() == TokenType.PUNCT
        && "(".equals(v.form(open)) && v.joined(open)) {
      int inner = match(v, open + 1, v.form(open + 1));
      if (inner > 0 && inner < v.size() && v.joined(inner - 1) && ")".equals(v.form(inner))) {
        return inner + 1;
      }
    }
    return end;
  }
}
