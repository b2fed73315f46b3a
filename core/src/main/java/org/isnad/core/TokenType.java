package org.isnad.core;

/** What a {@link Token} is. */
public enum TokenType {
  /** An Arabic word: Arabic letters with their diacritics, tatweel and joiners. */
  WORD,
  /** A word in another alphabetic script (Latin, Cyrillic, Greek, …), digits allowed after the first letter. */
  LATIN,
  /** A number: 1500، 1,500، 3.5، ١٥٠٠، 100%، 10-2019، 28.10.2017، 11:58. */
  NUMBER,
  /** Punctuation; a run of one repeated mark (..., !!) is one token. */
  PUNCT,
  /** A quotation mark; see {@link Token#quoteRole()}. */
  QUOTE,
  /** A web address starting with a scheme or {@code www.}. */
  URL,
  /** An e-mail address. */
  EMAIL,
  /** {@code #} followed by a word. */
  HASHTAG,
  /** {@code @} followed by a user name. */
  MENTION,
  /** An emoji with its modifiers, variation selectors and joined sequence. */
  EMOJI,
  /** Any other symbol: currency, math, arrows, … */
  SYMBOL
}
