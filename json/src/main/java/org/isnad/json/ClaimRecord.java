package org.isnad.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.isnad.claims.Claim;
import org.isnad.claims.SourcedQuote;

/**
 * One claim as the JSON contract carries it: {@code {"speaker","score","quotes":[{"document",
 * "start","end","text"}],"documents"}}. The speaker is the claim's canonical name, the score is
 * rounded to two decimals, and each quote is reduced to its document and content range. Immutable.
 *
 * @param speaker   the canonical name of the claim's source, or null
 * @param score     the claim's score rounded to two decimals ({@link IsnadJson#round2(double)})
 * @param quotes    the reported contents, in the claim's order
 * @param documents the ids of the documents, in order, without repeats
 */
public record ClaimRecord(String speaker, double score, List<QuoteRef> quotes, List<String> documents) {

  /** @throws NullPointerException if {@code quotes} or {@code documents} is null */
  public ClaimRecord {
    quotes = List.copyOf(quotes);
    documents = List.copyOf(documents);
  }

  /**
   * One quote of a claim: the document it comes from and the range and text of its content.
   *
   * @param document the document id
   * @param start    content start, inclusive
   * @param end      content end, exclusive
   * @param text     the content as written
   */
  public record QuoteRef(String document, int start, int end, String text) {
    /** @throws NullPointerException if {@code document} or {@code text} is null */
    public QuoteRef {
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(text, "text");
    }
  }

  /** The contract's view of {@code claim}. @throws NullPointerException if it is null */
  public static ClaimRecord of(Claim claim) {
    List<QuoteRef> quotes = new ArrayList<>(claim.quotes().size());
    for (SourcedQuote sq : claim.quotes()) {
      quotes.add(new QuoteRef(sq.documentId(), sq.quote().content().start(),
          sq.quote().content().end(), sq.quote().content().text()));
    }
    return new ClaimRecord(claim.speaker() == null ? null : claim.speaker().canonical(),
        IsnadJson.round2(claim.score()), quotes, new ArrayList<>(claim.documents()));
  }

  /** The contract's view of each claim, in order. */
  public static List<ClaimRecord> of(List<Claim> claims) {
    List<ClaimRecord> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      out.add(of(c));
    }
    return List.copyOf(out);
  }
}
