package org.isnad.core;

/**
 * One token of a text: its original range, its type and, for quotation marks, its role.
 * Immutable; {@link #text()} is {@code source.substring(start, end)}, the token exactly as written.
 */
public final class Token {
  private final String text;
  private final int start;
  private final int end;
  private final TokenType type;
  private final QuoteRole quoteRole;

  /**
   * @throws IllegalArgumentException for a negative or inverted range, or a text whose length
   *     does not match the range
   * @throws NullPointerException for a null text, type or role
   */
  public Token(String text, int start, int end, TokenType type, QuoteRole quoteRole) {
    java.util.Objects.requireNonNull(text, "text");
    if (start < 0 || end < start || text.length() != end - start) {
      throw new IllegalArgumentException(
          "token text of length " + text.length() + " does not fit [" + start + ", " + end + ")");
    }
    this.text = text;
    this.start = start;
    this.end = end;
    this.type = java.util.Objects.requireNonNull(type, "type");
    this.quoteRole = java.util.Objects.requireNonNull(quoteRole, "quoteRole");
  }

  /** The token as written in the original text. */
  public String text() {
    return text;
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
        && t.quoteRole == quoteRole && t.text.equals(text);
  }

  @Override
  public int hashCode() {
    return (start * 31 + end) * 31 + type.hashCode();
  }

  @Override
  public String toString() {
    return type + "(" + text + ")" + new Span(start, end)
        + (quoteRole == QuoteRole.NONE ? "" : quoteRole.toString());
  }
}
