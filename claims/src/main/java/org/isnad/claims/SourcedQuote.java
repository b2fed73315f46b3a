package org.isnad.claims;

import java.util.Objects;

/**
 * A quote with the identifier of the document it came from. Immutable.
 *
 * @param documentId the caller's identifier of the document
 * @param quote      the quote
 */
public record SourcedQuote(String documentId, Quote quote) {

  /** @throws NullPointerException if an argument is null */
  public SourcedQuote {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(quote, "quote");
  }
}
