package org.isnad.ner.model;

/**
 * Strips glued proclitics from a word already normalized with {@code Normalizer.SEARCH}: at most one
 * conjunction (و ف), then at most one preposition (ب ك ل), then the article ال; {@code لل} is ل
 * plus the article with its alef elided. Each strip needs at least two letters left after it (three
 * for the article), so short words are left whole. Stateless and thread-safe.
 */
public final class ArabicClitics {
  /** Waw, the conjunction "and". */
  public static final char WAW = '\u0648';
  /** Feh, the conjunction "so/then". */
  public static final char FEH = '\u0641';
  /** Beh, the preposition "in/with". */
  public static final char BEH = '\u0628';
  /** Kaf, the preposition "like". */
  public static final char KAF = '\u0643';
  /** Lam, the preposition "for/to". */
  public static final char LAM = '\u0644';
  /** Alef, the first letter of the article. */
  public static final char ALEF = '\u0627';

  /** Bit set in {@link #proclitics(String)} for a stripped conjunction. */
  public static final int CONJUNCTION = 1;
  /** Bit set for a stripped preposition. */
  public static final int PREPOSITION = 2;
  /** Bit set for a stripped (or elided, in لل) article. */
  public static final int ARTICLE = 4;

  private ArabicClitics() {}

  /** Whether {@code c} is a conjunction proclitic (و ف). */
  public static boolean isConjunction(char c) {
    return c == WAW || c == FEH;
  }

  /** Whether {@code c} is a prepositional proclitic (ب ك ل). */
  public static boolean isPreposition(char c) {
    return c == BEH || c == KAF || c == LAM;
  }

  /**
   * The length of the conjunction and preposition prefix that {@link #bare(String)} removes: 0, 1 or
   * 2 characters (the article is not counted).
   */
  public static int particleLength(String w) {
    int n = w.length();
    int i = 0;
    if (n - i > 2 && isConjunction(w.charAt(i))) {
      i++;
    }
    if (n - i > 2 && isPreposition(w.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * The word without conjunction and preposition but with its article: والعراق → العراق,
   * للعراق → العراق (the elided alef restored), بدمشق → دمشق.
   */
  public static String bare(String w) {
    int i = particleLength(w);
    if (i > 0 && w.charAt(i - 1) == LAM && i < w.length() - 2 && w.charAt(i) == LAM) {
      return "\u0627" + w.substring(i);
    }
    return i == 0 ? w : w.substring(i);
  }

  /** The word without any proclitic, article included: والعراق → عراق. */
  public static String core(String w) {
    String b = bare(w);
    if (b.length() > 4 && b.charAt(0) == ALEF && b.charAt(1) == LAM) {
      return b.substring(2);
    }
    return b;
  }

  /** Which proclitics {@link #core(String)} removed, as {@link #CONJUNCTION} | … bits. */
  public static int proclitics(String w) {
    int bits = 0;
    int n = w.length();
    int i = 0;
    if (n - i > 2 && isConjunction(w.charAt(i))) {
      bits |= CONJUNCTION;
      i++;
    }
    if (n - i > 2 && isPreposition(w.charAt(i))) {
      bits |= PREPOSITION;
      if (w.charAt(i) == LAM && n - i > 3 && w.charAt(i + 1) == LAM) {
        return bits | ARTICLE;
      }
      i++;
    }
    if (n - i > 4 && w.charAt(i) == ALEF && w.charAt(i + 1) == LAM) {
      bits |= ARTICLE;
    }
    return bits;
  }
}
