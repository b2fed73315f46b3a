package org.isnad.core;

import static org.isnad.core.ArabicChars.*;

/** A precomputed class for every BMP char, used by the tokenizer's scanning loop. */
final class CharClass {
  private CharClass() {}

  static final byte SYMBOL = 0;
  static final byte SPACE = 1;
  static final byte ARABIC_LETTER = 2;
  /** Arabic diacritics, tatweel and Quranic marks: inside an Arabic word. */
  static final byte ARABIC_MARK = 3;
  /** ZWNJ, ZWJ, soft hyphen, directional marks and other format characters. */
  static final byte IGNORABLE = 4;
  static final byte LETTER = 5;
  /** A combining mark of another script: inside a word of that script. */
  static final byte MARK = 6;
  static final byte DIGIT = 7;
  static final byte QUOTE = 8;
  static final byte PUNCT = 9;
  static final byte SURROGATE = 10;

  private static final byte[] TABLE = new byte[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      TABLE[c] = compute((char) c);
    }
  }

  static byte of(char c) {
    return TABLE[c];
  }

  private static byte compute(char c) {
    if (Character.isSurrogate(c)) {
      return SURROGATE;
    }
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return SPACE;
    }
    if (isDoubleQuote(c) || isSingleQuote(c)) {
      return QUOTE;
    }
    if (isDiacritic(c) || c == TATWEEL) {
      return ARABIC_MARK;
    }
    if (c == ARABIC_PERCENT || c == ARABIC_DECIMAL_SEPARATOR || c == ARABIC_THOUSANDS_SEPARATOR) {
      return PUNCT;
    }
    int type = Character.getType(c);
    if (type == Character.FORMAT || type == Character.CONTROL || c == SOFT_HYPHEN) {
      return IGNORABLE;
    }
    if (Character.isDigit(c)) {
      return DIGIT;
    }
    if (isArabicLetter(c)) {
      return ARABIC_LETTER;
    }
    if (Character.isLetter(c)) {
      return LETTER;
    }
    if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK) {
      Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
      return block == Character.UnicodeBlock.ARABIC
              || block == Character.UnicodeBlock.ARABIC_SUPPLEMENT
              || block == Character.UnicodeBlock.ARABIC_EXTENDED_A
          ? ARABIC_MARK
          : MARK;
    }
    switch (type) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return PUNCT;
      default:
        return SYMBOL;
    }
  }

  /** Letters of the Arabic script, presentation forms included. */
  static boolean isArabicLetter(char c) {
    if (!Character.isLetter(c)) {
      return false;
    }
    return (c >= '\u0600' && c <= '\u06FF')
        || (c >= '\u0750' && c <= '\u077F')
        || (c >= '\u0870' && c <= '\u08FF')
        || (c >= '\uFB50' && c <= '\uFDFF')
        || (c >= '\uFE70' && c <= '\uFEFF');
  }
}
