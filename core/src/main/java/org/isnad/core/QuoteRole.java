package org.isnad.core;

/** Which way a quotation mark faces in its context. */
public enum QuoteRole {
  /** Not a quotation mark. */
  NONE,
  /** Opens a quotation: preceded by space, start, an opening bracket or a colon, followed by text. */
  OPENING,
  /** Closes a quotation: preceded by text, followed by space, end or punctuation. */
  CLOSING,
  /** The context and the glyph do not tell (a straight mark between two words). */
  AMBIGUOUS
}
