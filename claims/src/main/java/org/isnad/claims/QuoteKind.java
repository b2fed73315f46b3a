package org.isnad.claims;

/** How much of a quote's content the text puts inside quotation marks. */
public enum QuoteKind {
  /** All of the content is inside one pair of quotation marks. */
  DIRECT,
  /** A reported clause without quotation marks. */
  INDIRECT,
  /** A reported clause that holds quoted fragments. */
  MIXED
}
