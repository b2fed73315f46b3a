package org.isnad.cli;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Guesses the encoding of Arabic text that is not valid UTF-8 (or that is valid UTF-8 only because
 * it is UTF-16 without a byte order mark, whose Arabic code units are all ASCII bytes).
 *
 * <p>The candidates are Windows-1256, ISO-8859-6, UTF-16LE and UTF-16BE. Each is decoded strictly
 * (a byte it does not assign rules it out) and the result is scored as Arabic news text:
 * <ul>
 *   <li><b>plausibility</b>: the share of characters that are Arabic letters or marks, ASCII
 *       letters, digits, punctuation or spaces, or common typographic marks — a wrong single-byte
 *       table puts Latin accented letters and C1 controls inside Arabic words, a wrong UTF-16 byte
 *       order gives CJK and symbol code points;</li>
 *   <li><b>fit</b>: the share of Arabic words that start with the article ال or are one of the
 *       most frequent function words (في، من، على، إلى، أن، عن…) — in news text that is about
 *       four words in ten; a table shifted by a few code points (ISO-8859-6 read as Windows-1256,
 *       whose ل and ن trade places) gives almost none.</li>
 * </ul>
 * A guess is <em>confident</em> when the best candidate has at least {@value #MIN_WORDS} Arabic
 * words, plausibility at least {@value #MIN_PLAUSIBLE}, fit at least {@value #MIN_FIT}, and no
 * other candidate comes within half its fit. Linear in the input: one decode and one pass per
 * candidate. Thread-safe (stateless).
 */
final class EncodingGuess {
  static final int MIN_WORDS = 3;
  static final double MIN_PLAUSIBLE = 0.97;
  static final double MIN_FIT = 0.2;
  /** Below this fit a candidate is not even named as likely. */
  static final double MIN_LIKELY_FIT = 0.05;

  private static final char ARABIC_FIRST_LETTER = '\u0621';
  private static final char ARABIC_LAST_LETTER = '\u064A';
  private static final char ALEF = '\u0627';
  private static final char LAM = '\u0644';
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "في", "من", "على", "إلى", "الى", "أن", "ان", "عن", "مع", "ما", "لا", "هذا", "هذه", "التي",
      "الذي", "كان", "قال", "وقال", "أو", "ثم", "بعد", "قد", "لم", "كما", "إن", "منذ", "حتى", "وفي");

  /** The candidates, in the order a tie is broken. */
  static final List<Charset> CANDIDATES = List.of(Charset.forName("windows-1256"),
      Charset.forName("ISO-8859-6"), StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);

  private EncodingGuess() {}

  /**
   * The outcome: the best candidate (null when none decodes), its text, and whether the guess is
   * confident.
   */
  record Guess(Charset charset, String text, boolean confident) {}

  /** Guesses among all candidates. */
  static Guess guess(byte[] bytes) {
    return guess(bytes, CANDIDATES);
  }

  /** Guesses among the UTF-16 candidates only (for bytes that are valid UTF-8 but look like UTF-16). */
  static Guess guessUtf16(byte[] bytes) {
    return guess(bytes, List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE));
  }

  private static Guess guess(byte[] bytes, List<Charset> candidates) {
    List<Scored> scored = new ArrayList<>();
    for (Charset charset : candidates) {
      String text = strict(charset, bytes);
      if (text != null) {
        scored.add(score(charset, text));
      }
    }
    Scored best = null;
    Scored second = null;
    for (Scored s : scored) {
      if (best == null || s.rank() > best.rank()) {
        second = best;
        best = s;
      } else if (second == null || s.rank() > second.rank()) {
        second = s;
      }
    }
    if (best == null || best.fit() < MIN_LIKELY_FIT) {
      return new Guess(null, null, false);
    }
    boolean confident = best.words() >= MIN_WORDS && best.plausible() >= MIN_PLAUSIBLE
        && best.fit() >= MIN_FIT && (second == null || second.fit() * 2 <= best.fit());
    return new Guess(best.charset(), best.text(), confident);
  }

  private record Scored(Charset charset, String text, int words, double plausible, double fit) {
    double rank() {
      return fit * plausible;
    }
  }

  /** The share of control characters (other than tab, line feed, carriage return, form feed). */
  static double controlShare(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        controls++;
      }
    }
    return controls / (double) text.length();
  }

  static Scored score(Charset charset, String text) {
    int plausible = 0;
    int words = 0;
    int fitting = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isArabicLetter(c)) {
        int start = i;
        while (i < n && (isArabicLetter(text.charAt(i)) || isArabicMark(text.charAt(i)))) {
          i++;
        }
        plausible += i - start;
        words++;
        if (fits(text, start, i)) {
          fitting++;
        }
        continue;
      }
      if (isPlausible(c)) {
        plausible++;
      }
      i++;
    }
    return new Scored(charset, text, words, n == 0 ? 0 : plausible / (double) n,
        words == 0 ? 0 : fitting / (double) words);
  }

  private static boolean fits(String text, int start, int end) {
    if (end - start >= 3 && text.charAt(start) == ALEF && text.charAt(start + 1) == LAM) {
      return true;
    }
    return end - start <= 4 && FUNCTION_WORDS.contains(text.substring(start, end));
  }

  private static boolean isArabicLetter(char c) {
    return c >= ARABIC_FIRST_LETTER && c <= ARABIC_LAST_LETTER && c != '\u0640';
  }

  /** Harakat, tatweel, superscript alef. */
  private static boolean isArabicMark(char c) {
    return (c >= '\u064B' && c <= '\u0652') || c == '\u0640' || c == '\u0670';
  }

  private static boolean isPlausible(char c) {
    if (c >= ' ' && c < 0x7F) {
      return true;
    }
    return switch (c) {
      case '\t', '\n', '\r', '\u00A0', '\u00AB', '\u00BB', '\u060C', '\u061B', '\u061F', '\u066A',
          '\u066B', '\u066C', '\u2013', '\u2014', '\u2018', '\u2019', '\u201C', '\u201D', '\u2026',
          '\u200C', '\u200D', '\u200E', '\u200F' -> true;
      default -> (c >= '\u0660' && c <= '\u0669') || isArabicMark(c);
    };
  }

  /** {@code bytes} decoded with {@code charset}, or null when it has a byte the charset does not assign. */
  static String strict(Charset charset, byte[] bytes) {
    try {
      CharBuffer out = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return out.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
