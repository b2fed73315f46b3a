package org.isnad.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits a tokenized text into paragraphs and sentences, as spans of the original text.
 *
 * <p>Paragraphs: a blank line (two line breaks with only whitespace between them) ends a
 * paragraph. Each paragraph span runs from its first to its last non-whitespace token.
 *
 * <p>Sentences: a paragraph end always ends a sentence. Inside a paragraph, a {@link
 * TokenType#PUNCT} token made of {@code .} {@code !} {@code ?} {@code ؟} {@code ۔} or an ellipsis
 * ({@code …}, {@code ...}) ends a sentence, together with the closing quotation marks and closing
 * brackets that follow it directly, except:
 *
 * <ul>
 *   <li>inside an open quotation (an {@link QuoteRole#OPENING} mark not yet closed in this
 *       paragraph), so that a quotation stays in one sentence; an unclosed quotation ends with
 *       its paragraph. A quotation whose last token before its closing mark is a terminator
 *       ({@code “… آمن.”}) ends the sentence after the closing mark;
 *   <li>after a single Latin letter ({@code U.S.}).
 * </ul>
 *
 * <p>Numbers such as {@code 3.5} are one {@link TokenType#NUMBER} token and so never split a
 * sentence. The splitter has no state and is safe to share between threads.
 */
public final class SentenceSplitter {

  private final Tokenizer tokenizer = new Tokenizer();

  /** A splitter. */
  public SentenceSplitter() {}

  /** Tokenizes {@code text} and returns its sentences. */
  public List<Span> sentences(String text) {
    Objects.requireNonNull(text, "text");
    return sentences(text, tokenizer.tokenize(text));
  }

  /**
   * The sentences of {@code text}, given its tokens in text order.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the tokens are out of order or reach past the text
   */
  public List<Span> sentences(String text, List<Token> tokens) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(tokens, "tokens");
    int previousEnd = 0;
    for (Token token : tokens) {
      if (token.start() < previousEnd || token.end() > text.length()) {
        throw new IllegalArgumentException("token " + token + " is out of order or past the end of a text of "
            + text.length() + " chars");
      }
      previousEnd = token.end();
    }
    List<Span> out = new ArrayList<>();
    int sentenceStart = -1;
    int depth = 0;
    int n = tokens.size();
    for (int t = 0; t < n; t++) {
      Token token = tokens.get(t);
      if (sentenceStart >= 0 && t > 0 && isParagraphBreak(text, tokens.get(t - 1).end(), token.start())) {
        out.add(new Span(sentenceStart, tokens.get(t - 1).end()));
        sentenceStart = -1;
        depth = 0;
      }
      if (sentenceStart < 0) {
        sentenceStart = token.start();
      }
      if (token.type() == TokenType.QUOTE) {
        int before = depth;
        depth = nextDepth(depth, token.quoteRole());
        if (before > 0 && depth == 0 && t > 0 && isTerminator(tokens.get(t - 1))
            && tokens.get(t - 1).end() == token.start()) {
          out.add(new Span(sentenceStart, token.end())); // “… آمن.” ends the sentence
          sentenceStart = -1;
        }
        continue;
      }
      if (!isTerminator(token) || depth > 0 || afterSingleLatinLetter(tokens, t)) {
        continue;
      }
      int last = t;
      while (last + 1 < n && closesAfterTerminator(tokens.get(last + 1))
          && tokens.get(last + 1).start() == tokens.get(last).end()) {
        last++;
      }
      out.add(new Span(sentenceStart, tokens.get(last).end()));
      sentenceStart = -1;
      t = last;
    }
    if (sentenceStart >= 0) {
      out.add(new Span(sentenceStart, tokens.get(n - 1).end()));
    }
    return out;
  }

  /** The paragraphs of {@code text}: spans between blank lines, trimmed of whitespace. */
  public List<Span> paragraphs(String text) {
    Objects.requireNonNull(text, "text");
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int start = -1;
    int lastContentEnd = -1;
    int newlines = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        newlines++;
      } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        if (start >= 0 && newlines >= 2) {
          out.add(new Span(start, lastContentEnd));
          start = -1;
        }
        if (start < 0) {
          start = i;
        }
        lastContentEnd = i + 1;
        newlines = 0;
      }
    }
    if (start >= 0) {
      out.add(new Span(start, lastContentEnd));
    }
    return out;
  }

  /** True when the gap {@code [from, to)} holds a blank line. */
  static boolean isParagraphBreak(String text, int from, int to) {
    int newlines = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n' && ++newlines >= 2) {
        return true;
      }
    }
    return false;
  }

  private static int nextDepth(int depth, QuoteRole role) {
    switch (role) {
      case OPENING:
        return depth + 1;
      case CLOSING:
        return Math.max(0, depth - 1);
      case AMBIGUOUS:
        return depth > 0 ? depth - 1 : 1;
      default:
        return depth;
    }
  }

  private static boolean isTerminator(Token token) {
    if (token.type() != TokenType.PUNCT) {
      return false;
    }
    switch (token.text().charAt(0)) {
      case '.': case '!': case '?': case '\u061F': case '\u06D4': case '\u2026':
        return true;
      default:
        return false;
    }
  }

  private static boolean closesAfterTerminator(Token token) {
    if (token.type() == TokenType.QUOTE) {
      return token.quoteRole() == QuoteRole.CLOSING || token.quoteRole() == QuoteRole.AMBIGUOUS;
    }
    if (token.type() == TokenType.PUNCT) {
      char c = token.text().charAt(0);
      return c == ')' || c == ']' || c == '}';
    }
    return false;
  }

  private static boolean afterSingleLatinLetter(List<Token> tokens, int t) {
    if (t == 0 || !tokens.get(t).text().equals(".")) {
      return false;
    }
    Token prev = tokens.get(t - 1);
    return prev.type() == TokenType.LATIN && prev.text().length() == 1 && prev.end() == tokens.get(t).start();
  }
}
