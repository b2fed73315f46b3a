package org.isnad.core;

/**
 * One token of a text: its original range, its type and, for quotation marks, its role.
 * Immutable; {@link #text()} is {@code source.substring(start, end)}, the token exactly as written.
 *
 * <p>A token made by {@link Tokenizer#tokenize(String)} keeps a reference to the source text and
 * makes its {@link #text()} string on the first call (racing first calls from several threads may
 * each make an equal string; the value is the same), so tokens whose text is never read cost no
 * string. Such a token keeps the whole source string reachable for as long as it lives.
 */
public final class Token {
  /** The source text for a token whose {@link #text} is made on first use, else null. */
  private final String source;
  /** The token's text, null until first use for a token made from a source. */
  private String text;
  private final int start;
  private final int end;
  private final TokenType type;
  private final QuoteRole quoteRole;

  /**
   * A token with the given text at {@code [start, end)} of its source.
   *
   * @throws IllegalArgumentException for a negative or inverted range, or a text whose length
   *     does not match the range
   * @throws NullPointerException for a null text, type or role
   */
  public Token(String text, int start, int end, TokenType type, QuoteRole quoteRole) {
    this(null, checkedText(text, start, end), start, end,
        java.util.Objects.requireNonNull(type, "type"),
        java.util.Objects.requireNonNull(quoteRole, "quoteRole"));
  }

  private Token(String source, String text, int start, int end, TokenType type, QuoteRole quoteRole) {
    this.source = source;
    this.text = text;
    this.start = start;
    this.end = end;
    this.type = type;
    this.quoteRole = quoteRole;
  }

  /** A token of {@code source[start, end)}, its text made on first use; the caller checks ranges. */
  static Token ofSource(String source, int start, int end, TokenType type, QuoteRole quoteRole) {
    return new Token(source, null, start, end, type, quoteRole);
  }

  private static String checkedText(String text, int start, int end) {
    java.util.Objects.requireNonNull(text, "text");
    if (start < 0 || end < start || text.length() != end - start) {
      throw new IllegalArgumentException(
          "token text of length " + text.length() + " does not fit [" + start + ", " + end + ")");
    }
    return text;
  }

  /** The token as written in the original text. */
  public String text() {
    String t = text;
    if (t == null) {
      t = source.substring(start, end);
      text = t;
    }
    return t;
  }

  /** Start index in the original text, inclusive. */
  public int start() {
    return start;
  }

  /** End index in the original text, exclusive. */
  public int end() {
    return end;
  }

  /** The original range. */
  public Span span() {
    return new Span(start, end);
  }

  /** The token type. */
  public TokenType type() {
    return type;
  }

  /** For a {@link TokenType#QUOTE}, which way it faces; {@link QuoteRole#NONE} otherwise. */
  public QuoteRole quoteRole() {
    return quoteRole;
  }

  /** True for an Arabic word. */
  public boolean isArabicWord() {
    return type == TokenType.WORD;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Token t && t.start == start && t.end == end && t.type == type
        && t.quoteRole == quoteRole && t.text().equals(text());
  }

  @Override
  public int hashCode() {
    return (start * 31 + end) * 31 + type.hashCode();
  }

  @Override
  public String toString() {
    return type + "(" + text() + ")" + new Span(start, end)
        + (quoteRole == QuoteRole.NONE ? "" : quoteRole.toString());
  }
}
