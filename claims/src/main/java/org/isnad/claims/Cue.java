package org.isnad.claims;

import java.util.Objects;
import org.isnad.core.Span;

/**
 * The reporting word or phrase of a quote, as written (with its glued clitics: وقال، فأضاف), and
 * its lemma, the bare third-person masculine past form of the verb or the source preposition
 * (قال، أضاف، بحسب). Immutable.
 *
 * @param text  the cue as written
 * @param start original start index, inclusive
 * @param end   original end index, exclusive
 * @param lemma dictionary form of the cue
 */
public record Cue(String text, int start, int end, String lemma) {

  /**
   * @throws NullPointerException if {@code text} or {@code lemma} is null
   * @throws IllegalArgumentException if the range does not fit the text
   */
  public Cue {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(lemma, "lemma");
    if (start < 0 || end < start || text.length() != end - start) {
      throw new IllegalArgumentException("cue of length " + text.length() + " does not fit [" + start + ", " + end + ")");
    }
  }

  /** The original range. */
  public Span span() {
    return new Span(start, end);
  }
}
