package org.isnad.views;

/**
 * Whether a cut between two characters separates Arabic letters that the font would join. A view
 * that colours part of a word (the name in لرويترز) puts an element boundary inside the word;
 * where that boundary falls between two joining letters, the page adds ZERO WIDTH JOINERs on both
 * sides as CSS generated content (see {@link TextPieces}), so the letters keep their joined forms
 * while the DOM text stays exactly the original.
 *
 * <p>Joining types follow Unicode's ArabicShaping.txt for the Arabic, Arabic Supplement and
 * Arabic Extended-A blocks: dual-joining letters join on both sides; right-joining letters (ا د ذ
 * ر ز و ة أ إ آ ؤ and their kin) only to the letter before them; hamza ء joins nothing; tatweel
 * and ZWJ cause joining; combining marks (harakat) are transparent. Stateless and thread-safe.
 */
final class ArabicJoining {
  private static final char TATWEEL = '\u0640';
  private static final char ZWJ = '\u200D';
  private static final char HAMZA = '\u0621';
  private static final char HIGH_HAMZA = '\u0674';

  private ArabicJoining() {}

  /**
   * True when {@code text} has joining letters on both sides of index {@code cut}
   * ({@code 0 < cut < text.length()}), transparent marks skipped.
   */
  static boolean joinsAcross(CharSequence text, int cut) {
    if (cut <= 0 || cut >= text.length()) {
      return false;
    }
    int before = cut - 1;
    while (before > 0 && transparent(text.charAt(before))) {
      before--;
    }
    int after = cut;
    while (after < text.length() - 1 && transparent(text.charAt(after))) {
      after++;
    }
    return joinsToFollowing(text.charAt(before)) && joinsToPreceding(text.charAt(after));
  }

  /** Dual-joining letters, tatweel and ZWJ connect to the letter after them. */
  static boolean joinsToFollowing(char c) {
    return c == TATWEEL || c == ZWJ || (arabicLetter(c) && !rightJoining(c) && c != HAMZA && c != HIGH_HAMZA);
  }

  /** Dual- and right-joining letters, tatweel and ZWJ connect to the letter before them. */
  static boolean joinsToPreceding(char c) {
    return c == TATWEEL || c == ZWJ || (arabicLetter(c) && c != HAMZA && c != HIGH_HAMZA);
  }

  private static boolean transparent(char c) {
    return Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static boolean arabicLetter(char c) {
    return (c >= '\u0620' && c <= '\u064A' && c != TATWEEL) || c == '\u066E' || c == '\u066F'
        || (c >= '\u0671' && c <= '\u06D3') || c == '\u06D5' || c == '\u06EE' || c == '\u06EF'
        || (c >= '\u06FA' && c <= '\u06FC') || c == '\u06FF' || (c >= '\u0750' && c <= '\u077F')
        || (c >= '\u08A0' && c <= '\u08C9');
  }

  private static boolean rightJoining(char c) {
    return switch (c) {
      case '\u0622', '\u0623', '\u0624', '\u0625', '\u0627', '\u0629', '\u062F', '\u0630', '\u0631',
          '\u0632', '\u0648', '\u0671', '\u0672', '\u0673', '\u0675', '\u0676', '\u0677', '\u06C0',
          '\u06CD', '\u06CF', '\u06D2', '\u06D3', '\u06D5', '\u06EE', '\u06EF', '\u0759', '\u075A',
          '\u075B', '\u076B', '\u076C', '\u0771', '\u0773', '\u0774', '\u0778', '\u0779', '\u08AA',
          '\u08AB', '\u08AC', '\u08AE', '\u08B1', '\u08B2', '\u08B9' -> true;
      default -> (c >= '\u0688' && c <= '\u0699') || (c >= '\u06C3' && c <= '\u06CB');
    };
  }
}
