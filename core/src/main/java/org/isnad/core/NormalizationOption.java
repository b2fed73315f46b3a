package org.isnad.core;

/**
 * The independent switches of a {@link Normalizer}. Each option folds one family of characters;
 * anything no enabled option names passes through unchanged.
 */
public enum NormalizationOption {
  /** Alef with hamza above or below, with madda, and alef wasla (أ إ آ ٱ ٲ ٳ) to bare alef ا. */
  ALEF,
  /**
   * Alef maksura ى (U+0649) to yeh ي (U+064A). This is the direction Lucene's
   * {@code ArabicNormalizer} and CAMeL Tools fold; CoreNLP's {@code normYa} folds the other way
   * (ي → ى). Folding to ي is chosen because final ى and ي are confused far more often in news
   * writing (Egyptian typing writes final ي as ى: فى، الى، على) and ي is the letter a reader
   * expects in the middle of words, so folded words stay searchable with ordinary spelling.
   */
  ALEF_MAKSURA,
  /** Teh marbuta ة (U+0629) to heh ه (U+0647), as Lucene does. */
  TEH_MARBUTA,
  /**
   * Harakat and other diacritics removed: U+064B–U+065F, superscript alef U+0670 and the Quranic
   * annotation marks U+06D6–U+06DC, U+06DF–U+06E4, U+06E7–U+06E8, U+06EA–U+06ED.
   */
  DIACRITICS,
  /** Tatweel (kashida) U+0640 removed. */
  TATWEEL,
  /** Arabic-Indic digits U+0660–U+0669 and Persian digits U+06F0–U+06F9 to ASCII 0–9. */
  DIGITS,
  /**
   * Arabic punctuation to ASCII: comma ، to {@code ,}, semicolon ؛ to {@code ;}, question mark ؟
   * to {@code ?}, full stop ۔ to {@code .}, percent ٪ to {@code %}, decimal separator ٫ to
   * {@code .}, thousands separator ٬ to {@code ,}.
   */
  PUNCTUATION,
  /**
   * Double quotation marks (“ ” « » „ ‟ ″ 〝 〞 〟 ＂ ‹ ›) to {@code "}, single ones (‘ ’ ‚ ‛ ′) to
   * {@code '}.
   */
  QUOTES,
  /**
   * Arabic presentation forms and ligatures (U+FB50–U+FDFF, U+FE70–U+FEFF) to their base letters
   * by compatibility decomposition: ﻻ to لا, ﷲ to الله. One original character may become several.
   */
  PRESENTATION_FORMS,
  /**
   * Persian and Urdu letter variants to their Arabic counterparts: ک ڪ گ to ك, ی ې ۍ ێ ے ۓ to ي,
   * ە ۀ ہ ھ to ه, ۃ to ة, پ to ب, چ to ج, ژ to ز, ڤ to ف.
   */
  PERSIAN_LETTERS,
  /**
   * Invisible characters removed: zero width space, non-joiner and joiner (U+200B–U+200D), word
   * joiner U+2060, LRM/RLM (U+200E, U+200F), Arabic letter mark U+061C, the embedding and isolate
   * controls U+202A–U+202E and U+2066–U+2069, byte order mark U+FEFF and soft hyphen U+00AD.
   */
  INVISIBLES,
  /**
   * Every Unicode space separator (category Zs: no-break space, en/em spaces, narrow no-break
   * space, ideographic space, …) to a plain space U+0020. Line and paragraph separators U+2028 and
   * U+2029 become a line feed. Tabs and line breaks are kept.
   */
  SPACES
}
