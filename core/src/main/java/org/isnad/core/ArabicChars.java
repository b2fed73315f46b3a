package org.isnad.core;

/** Named Arabic and typographic code points shared by the core classes. */
final class ArabicChars {
  private ArabicChars() {}

  static final char ALEF = '\u0627';
  static final char ALEF_MADDA = '\u0622';
  static final char ALEF_HAMZA_ABOVE = '\u0623';
  static final char ALEF_HAMZA_BELOW = '\u0625';
  static final char ALEF_WASLA = '\u0671';
  static final char ALEF_WAVY_HAMZA_ABOVE = '\u0672';
  static final char ALEF_WAVY_HAMZA_BELOW = '\u0673';
  static final char ALEF_MAKSURA = '\u0649';
  static final char YEH = '\u064A';
  static final char TEH_MARBUTA = '\u0629';
  static final char HEH = '\u0647';
  static final char KAF = '\u0643';
  static final char BEH = '\u0628';
  static final char JEEM = '\u062C';
  static final char ZAIN = '\u0632';
  static final char FEH = '\u0641';
  static final char TATWEEL = '\u0640';
  static final char SUPERSCRIPT_ALEF = '\u0670';

  static final char FATHATAN = '\u064B';
  static final char LAST_HARAKA = '\u065F';

  static final char ARABIC_COMMA = '\u060C';
  static final char ARABIC_SEMICOLON = '\u061B';
  static final char ARABIC_QUESTION_MARK = '\u061F';
  static final char ARABIC_FULL_STOP = '\u06D4';
  static final char ARABIC_PERCENT = '\u066A';
  static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
  static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
  static final char ARABIC_LETTER_MARK = '\u061C';

  static final char ARABIC_INDIC_ZERO = '\u0660';
  static final char PERSIAN_ZERO = '\u06F0';

  static final char ZWSP = '\u200B';
  static final char ZWNJ = '\u200C';
  static final char ZWJ = '\u200D';
  static final char LRM = '\u200E';
  static final char RLM = '\u200F';
  static final char WORD_JOINER = '\u2060';
  static final char BOM = '\uFEFF';
  static final char SOFT_HYPHEN = '\u00AD';
  static final char LINE_SEPARATOR = '\u2028';
  static final char PARAGRAPH_SEPARATOR = '\u2029';
  static final char HORIZONTAL_ELLIPSIS = '\u2026';

  /** True for harakat and the Quranic marks that {@link NormalizationOption#DIACRITICS} removes. */
  static boolean isDiacritic(char c) {
    return (c >= FATHATAN && c <= LAST_HARAKA)
        || c == SUPERSCRIPT_ALEF
        || (c >= '\u06D6' && c <= '\u06DC')
        || (c >= '\u06DF' && c <= '\u06E4')
        || (c >= '\u06E7' && c <= '\u06E8')
        || (c >= '\u06EA' && c <= '\u06ED');
  }

  /** True for the invisible characters that {@link NormalizationOption#INVISIBLES} removes. */
  static boolean isInvisible(char c) {
    return (c >= ZWSP && c <= RLM)
        || c == WORD_JOINER
        || c == ARABIC_LETTER_MARK
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == BOM
        || c == SOFT_HYPHEN;
  }

  /** Double quotation marks of every style, straight ones included. */
  static boolean isDoubleQuote(char c) {
    switch (c) {
      case '"': case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB':
      case '\u00BB': case '\u2033': case '\u301D': case '\u301E': case '\u301F': case '\uFF02':
      case '\u2039': case '\u203A':
        return true;
      default:
        return false;
    }
  }

  /** Single quotation marks of every style, the apostrophe included. */
  static boolean isSingleQuote(char c) {
    switch (c) {
      case '\'': case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032':
        return true;
      default:
        return false;
    }
  }

  /** True for the presentation-form blocks that {@link NormalizationOption#PRESENTATION_FORMS} folds. */
  static boolean isPresentationForm(char c) {
    return (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF');
  }
}
