package org.isnad.claims;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One statement by one source as reported by one or more documents: the quotes that report it, the
 * documents they come from and how alike they are. Immutable.
 */
public final class Claim {
  private final SpeakerEntity speaker;
  private final double score;
  private final List<SourcedQuote> quotes;
  private final Set<String> documents;

  /**
   * @param speaker the source (the fullest of the quotes' resolved speakers)
   * @param score   the mean content similarity of the links that joined the quotes, in {@code [0,
   *                1]}; 1 for a claim made of a single quote
   * @param quotes  the quotes, in input order; at least one
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code quotes} is empty or the score is outside [0, 1]
   */
  public Claim(SpeakerEntity speaker, double score, List<SourcedQuote> quotes) {
    this.speaker = Objects.requireNonNull(speaker, "speaker");
    if (quotes.isEmpty()) {
      throw new IllegalArgumentException("a claim needs at least one quote");
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score outside [0, 1]: " + score);
    }
    this.score = score;
    this.quotes = List.copyOf(quotes);
    Set<String> docs = new LinkedHashSet<>();
    for (SourcedQuote q : quotes) {
      docs.add(q.documentId());
    }
    this.documents = java.util.Collections.unmodifiableSet(docs);
  }

  /** The source of the statement. */
  public SpeakerEntity speaker() {
    return speaker;
  }

  /** Mean content similarity of the links that joined the quotes; 1 for a single quote. */
  public double score() {
    return score;
  }

  /** The quotes reporting the statement, with their document ids, in input order. */
  public List<SourcedQuote> quotes() {
    return quotes;
  }

  /** The ids of the documents that report the statement, in input order, without repeats. */
  public Set<String> documents() {
    return documents;
  }

  @Override
  public String toString() {
    return "Claim[" + speaker.canonical() + ", score=" + String.format("%.2f", score) + ", documents="
        + documents + ", quotes=" + quotes.size() + "]";
  }
}
