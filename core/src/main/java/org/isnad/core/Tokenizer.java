package org.isnad.core;

import static org.isnad.core.CharClass.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits a text into {@link Token}s with exact original offsets, in one left-to-right pass over a
 * precomputed character-class table (no regular expressions, no allocation per character).
 *
 * <p>The rules, in the order they are tried at each position:
 *
 * <ol>
 *   <li>Whitespace, and format or control characters standing between tokens, are skipped.
 *   <li>{@code http://}, {@code https://}, {@code ftp://} or {@code www.}: a {@link TokenType#URL}
 *       up to whitespace, a quotation mark or {@code < > ،}, less trailing punctuation.
 *   <li>ASCII letters and digits, {@code . _ % + -}, then {@code @} and a dotted domain: an {@link
 *       TokenType#EMAIL}.
 *   <li>{@code #} before a letter, digit or underscore: a {@link TokenType#HASHTAG} (Arabic or
 *       Latin); {@code @} before an ASCII letter, digit or underscore: a {@link TokenType#MENTION}.
 *   <li>Arabic letters: a {@link TokenType#WORD} that also takes Arabic diacritics, tatweel and
 *       Quranic marks, and joiners or other format characters standing between two of its letters.
 *   <li>Other letters: a {@link TokenType#LATIN} word that also takes combining marks, digits, a
 *       hyphen between two letters or digits, and an apostrophe ({@code '} or {@code ’}) between
 *       two letters (State's, O'Brien, d'Alembert): there it is part of the word, not a quotation
 *       mark.
 *   <li>Digits (any script): a {@link TokenType#NUMBER} that takes {@code . , ٫ ٬ / : -} between
 *       two digits and a final {@code %} or {@code ٪}.
 *   <li>A quotation mark is its own {@link TokenType#QUOTE}. Its {@link QuoteRole} comes from its
 *       context: with text after it and none before (space, start, an opening bracket, a colon or
 *       an opening quotation mark before it) it is {@link QuoteRole#OPENING}; with text before and
 *       none after (space, end or punctuation after it) {@link QuoteRole#CLOSING}; otherwise its
 *       glyph decides (“ « ‘ „ open, ” » ’ close) and a straight mark is {@link
 *       QuoteRole#AMBIGUOUS}.
 *   <li>Punctuation: a run of one repeated mark ({@code ...}, {@code !!}, {@code ؟؟}) is one
 *       {@link TokenType#PUNCT}.
 *   <li>Emoji with their skin-tone modifiers, variation selectors, keycaps, tags, zero-width-joined
 *       sequences and regional-indicator pairs: one {@link TokenType#EMOJI}.
 *   <li>Anything else, a lone surrogate included, is a one-code-point {@link TokenType#SYMBOL}.
 * </ol>
 *
 * <p>Tokens never overlap, come in text order, and together cover every character that is not
 * whitespace or a skipped format/control character. A tokenizer has no state: one instance is
 * safe to share between threads.
 */
public final class Tokenizer {

  private static final char ARABIC_COMMA = '\u060C';
  private static final char APOSTROPHE = '\'';
  private static final char RIGHT_SINGLE_QUOTE = '\u2019';

  /** A tokenizer; cheap to create, but one shared instance serves every thread. */
  public Tokenizer() {}

  /**
   * Tokenizes {@code text}.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public List<Token> tokenize(String text) {
    Objects.requireNonNull(text, "text");
    List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
    tokenize(text, (s, e, type, role) ->
        tokens.add(Token.ofSource(text, s, e, type, role)));
    return tokens;
  }

  /**
   * Tokenizes {@code text}, handing each token to {@code out} without creating objects.
   *
   * @throws NullPointerException if {@code text} or {@code out} is null
   */
  public void tokenize(CharSequence text, TokenConsumer out) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(out, "out");
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      byte k = CharClass.of(c);
      int end;
      switch (k) {
        case SPACE:
        case IGNORABLE:
          i++;
          continue;
        case ARABIC_LETTER:
        case ARABIC_MARK:
          end = arabicWord(text, i, n);
          out.accept(i, end, k == ARABIC_LETTER || hasArabicLetter(text, i, end)
              ? TokenType.WORD : TokenType.SYMBOL, QuoteRole.NONE);
          break;
        case LETTER:
        case DIGIT: {
          TokenType type;
          if (k == LETTER && (end = url(text, i, n)) > i) {
            type = TokenType.URL;
          } else if ((end = email(text, i, n)) > i) {
            type = TokenType.EMAIL;
          } else if (k == LETTER) {
            end = latinWord(text, i, n);
            type = TokenType.LATIN;
          } else {
            end = number(text, i, n);
            type = TokenType.NUMBER;
          }
          out.accept(i, end, type, QuoteRole.NONE);
          break;
        }
        case QUOTE:
          end = i + 1;
          out.accept(i, end, TokenType.QUOTE, quoteRole(text, i, n));
          break;
        case PUNCT:
          if (c == '#' && (end = hashtag(text, i, n)) > i + 1) {
            out.accept(i, end, TokenType.HASHTAG, QuoteRole.NONE);
          } else if (c == '@' && (end = mention(text, i, n)) > i + 1) {
            out.accept(i, end, TokenType.MENTION, QuoteRole.NONE);
          } else {
            end = i + 1;
            while (end < n && text.charAt(end) == c) {
              end++;
            }
            out.accept(i, end, TokenType.PUNCT, QuoteRole.NONE);
          }
          break;
        case SURROGATE:
          end = supplementary(text, i, n, out);
          break;
        default: // SYMBOL, MARK
          if (isEmojiStart(c) || (i + 1 < n && text.charAt(i + 1) == '\uFE0F')) {
            end = emoji(text, i, n, c);
            out.accept(i, end, TokenType.EMOJI, QuoteRole.NONE);
          } else {
            end = i + 1;
            out.accept(i, end, TokenType.SYMBOL, QuoteRole.NONE);
          }
          break;
      }
      i = end;
    }
  }

  private static int arabicWord(CharSequence text, int i, int n) {
    int j = i + 1;
    while (j < n) {
      byte k = CharClass.of(text.charAt(j));
      if (k == ARABIC_LETTER || k == ARABIC_MARK) {
        j++;
      } else if (k == IGNORABLE) {
        int m = skipIgnorable(text, j, n);
        if (m < n && isArabic(CharClass.of(text.charAt(m)))) {
          j = m;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    return j;
  }

  private static boolean isArabic(byte k) {
    return k == ARABIC_LETTER || k == ARABIC_MARK;
  }

  private static boolean hasArabicLetter(CharSequence text, int from, int to) {
    for (int j = from; j < to; j++) {
      if (CharClass.of(text.charAt(j)) == ARABIC_LETTER) {
        return true;
      }
    }
    return false;
  }

  private static int skipIgnorable(CharSequence text, int j, int n) {
    while (j < n && CharClass.of(text.charAt(j)) == IGNORABLE) {
      j++;
    }
    return j;
  }

  private static int latinWord(CharSequence text, int i, int n) {
    int j = i;
    while (j < n) {
      char c = text.charAt(j);
      byte k = CharClass.of(c);
      if (k == LETTER || k == MARK || k == DIGIT) {
        j++;
      } else if (k == SURROGATE && Character.isHighSurrogate(c) && j + 1 < n
          && Character.isLowSurrogate(text.charAt(j + 1))
          && Character.isLetterOrDigit(Character.toCodePoint(c, text.charAt(j + 1)))) {
        j += 2;
      } else if (c == '-' && j > i && j + 1 < n && isLetterOrDigitClass(text.charAt(j + 1))) {
        j++;
      } else if ((c == APOSTROPHE || c == RIGHT_SINGLE_QUOTE) && j > i && j + 1 < n
          && CharClass.of(text.charAt(j - 1)) == LETTER && CharClass.of(text.charAt(j + 1)) == LETTER) {
        j++; // State's, O'Brien, d'Alembert: an apostrophe inside a word, not a quotation mark
      } else if (k == IGNORABLE) {
        int m = skipIgnorable(text, j, n);
        if (m < n && isLetterOrDigitClass(text.charAt(m))) {
          j = m;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    return j;
  }

  private static boolean isLetterOrDigitClass(char c) {
    byte k = CharClass.of(c);
    return k == LETTER || k == DIGIT;
  }

  private static int number(CharSequence text, int i, int n) {
    int j = i;
    while (true) {
      while (j < n && CharClass.of(text.charAt(j)) == DIGIT) {
        j++;
      }
      if (j + 1 < n && isNumberSeparator(text.charAt(j))
          && CharClass.of(text.charAt(j + 1)) == DIGIT) {
        j++;
        continue;
      }
      break;
    }
    if (j < n && (text.charAt(j) == '%' || text.charAt(j) == '\u066A')) {
      j++;
    }
    return j;
  }

  private static boolean isNumberSeparator(char c) {
    return c == '.' || c == ',' || c == '\u066B' || c == '\u066C' || c == '/' || c == ':' || c == '-';
  }

  private static int url(CharSequence text, int i, int n) {
    int prefix = 0;
    if (startsWith(text, i, n, "http://")) {
      prefix = 7;
    } else if (startsWith(text, i, n, "https://")) {
      prefix = 8;
    } else if (startsWith(text, i, n, "ftp://")) {
      prefix = 6;
    } else if (startsWith(text, i, n, "www.")) {
      prefix = 4;
    }
    if (prefix == 0 || i + prefix >= n || !isUrlChar(text.charAt(i + prefix))) {
      return i;
    }
    int j = i + prefix;
    while (j < n && isUrlChar(text.charAt(j))) {
      j++;
    }
    while (j > i + prefix && isUrlTrailer(text.charAt(j - 1))) {
      j--;
    }
    return j;
  }

  private static boolean isUrlChar(char c) {
    byte k = CharClass.of(c);
    return k != SPACE && k != QUOTE && k != IGNORABLE && c != '<' && c != '>' && c != ARABIC_COMMA;
  }

  private static boolean isUrlTrailer(char c) {
    switch (c) {
      case '.': case ',': case ';': case ':': case '!': case '?': case ')': case ']': case '}':
      case '\u061F': case '\u061B':
        return true;
      default:
        return false;
    }
  }

  private static boolean startsWith(CharSequence text, int i, int n, String prefix) {
    if (i + prefix.length() > n) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (Character.toLowerCase(text.charAt(i + k)) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int email(CharSequence text, int i, int n) {
    int j = i;
    while (j < n && isEmailLocal(text.charAt(j))) {
      j++;
    }
    if (j == i || j + 1 >= n || text.charAt(j) != '@') {
      return i;
    }
    int m = j + 1;
    int lastDot = -1;
    while (m < n && isEmailDomain(text.charAt(m))) {
      if (text.charAt(m) == '.') {
        lastDot = m;
      }
      m++;
    }
    while (m > j + 1 && (text.charAt(m - 1) == '.' || text.charAt(m - 1) == '-')) {
      m--;
    }
    if (lastDot <= j + 1 || lastDot >= m - 2) {
      return i;
    }
    for (int d = lastDot + 1; d < m; d++) {
      if (!isAsciiLetter(text.charAt(d))) {
        return i;
      }
    }
    return m;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiAlnum(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }

  private static boolean isEmailLocal(char c) {
    return isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  private static boolean isEmailDomain(char c) {
    return isAsciiAlnum(c) || c == '.' || c == '-';
  }

  private static int hashtag(CharSequence text, int i, int n) {
    int j = i + 1;
    while (j < n) {
      char c = text.charAt(j);
      byte k = CharClass.of(c);
      if (k == ARABIC_LETTER || k == ARABIC_MARK || k == LETTER || k == MARK || k == DIGIT
          || c == '_') {
        j++;
      } else if (k == IGNORABLE && j > i + 1) {
        int m = skipIgnorable(text, j, n);
        byte next = m < n ? CharClass.of(text.charAt(m)) : SPACE;
        if (next == ARABIC_LETTER || next == LETTER || next == DIGIT) {
          j = m;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    return j;
  }

  private static int mention(CharSequence text, int i, int n) {
    int j = i + 1;
    while (j < n && (isAsciiAlnum(text.charAt(j)) || text.charAt(j) == '_')) {
      j++;
    }
    return j;
  }

  private static QuoteRole quoteRole(CharSequence text, int i, int n) {
    boolean textBefore = i > 0 && !opensBefore(text.charAt(i - 1));
    boolean textAfter = i + 1 < n && !closesAfter(text.charAt(i + 1));
    if (textAfter && !textBefore) {
      return QuoteRole.OPENING;
    }
    if (textBefore && !textAfter) {
      return QuoteRole.CLOSING;
    }
    return glyphRole(text.charAt(i));
  }

  /** True when {@code c}, just before a quotation mark, leaves the mark nothing to close. */
  private static boolean opensBefore(char c) {
    byte k = CharClass.of(c);
    if (k == SPACE || k == IGNORABLE) {
      return true;
    }
    if (k == QUOTE) {
      return glyphRole(c) == QuoteRole.OPENING;
    }
    return c == '(' || c == '[' || c == '{' || c == ':';
  }

  /** True when {@code c}, just after a quotation mark, leaves the mark nothing to open. */
  private static boolean closesAfter(char c) {
    byte k = CharClass.of(c);
    if (k == SPACE || k == IGNORABLE) {
      return true;
    }
    if (k == QUOTE) {
      return glyphRole(c) != QuoteRole.OPENING;
    }
    return k == PUNCT && c != '(' && c != '[' && c != '{' && c != '#' && c != '@';
  }

  private static QuoteRole glyphRole(char c) {
    switch (c) {
      case '\u201C': case '\u201E': case '\u201F': case '\u00AB': case '\u2039': case '\u2018':
      case '\u201A': case '\u201B': case '\u301D':
        return QuoteRole.OPENING;
      case '\u201D': case '\u00BB': case '\u203A': case '\u2019': case '\u301E': case '\u301F':
        return QuoteRole.CLOSING;
      default:
        return QuoteRole.AMBIGUOUS;
    }
  }

  private static int supplementary(CharSequence text, int i, int n, TokenConsumer out) {
    char c = text.charAt(i);
    if (!Character.isHighSurrogate(c) || i + 1 >= n || !Character.isLowSurrogate(text.charAt(i + 1))) {
      out.accept(i, i + 1, TokenType.SYMBOL, QuoteRole.NONE);
      return i + 1;
    }
    int cp = Character.toCodePoint(c, text.charAt(i + 1));
    int end;
    if (isEmojiStart(cp)) {
      end = emoji(text, i, n, cp);
      out.accept(i, end, TokenType.EMOJI, QuoteRole.NONE);
    } else if (Character.isLetter(cp)) {
      end = latinWord(text, i, n);
      out.accept(i, end, TokenType.LATIN, QuoteRole.NONE);
    } else if (Character.isDigit(cp)) {
      end = i + 2;
      out.accept(i, end, TokenType.NUMBER, QuoteRole.NONE);
    } else {
      end = i + 2;
      out.accept(i, end, TokenType.SYMBOL, QuoteRole.NONE);
    }
    return end;
  }

  private static boolean isEmojiStart(int cp) {
    return (cp >= 0x1F000 && cp <= 0x1FAFF)
        || (cp >= 0x2600 && cp <= 0x27BF)
        || (cp >= 0x2B00 && cp <= 0x2BFF)
        || (cp >= 0x2300 && cp <= 0x23FF);
  }

  private static boolean isRegionalIndicator(int cp) {
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
  }

  private static boolean isEmojiModifier(int cp) {
    return cp == 0xFE0F || cp == 0xFE0E || cp == 0x20E3
        || (cp >= 0x1F3FB && cp <= 0x1F3FF)
        || (cp >= 0xE0020 && cp <= 0xE007F);
  }

  private static int emoji(CharSequence text, int i, int n, int first) {
    int j = i + Character.charCount(first);
    if (isRegionalIndicator(first)) {
      if (j < n) {
        int next = Character.codePointAt(text, j);
        if (isRegionalIndicator(next)) {
          j += Character.charCount(next);
        }
      }
      return j;
    }
    while (j < n) {
      int cp = Character.codePointAt(text, j);
      if (isEmojiModifier(cp)) {
        j += Character.charCount(cp);
      } else if (cp == 0x200D && j + 1 < n && isEmojiStart(Character.codePointAt(text, j + 1))) {
        j += 1 + Character.charCount(Character.codePointAt(text, j + 1));
      } else {
        break;
      }
    }
    return j;
  }
}
