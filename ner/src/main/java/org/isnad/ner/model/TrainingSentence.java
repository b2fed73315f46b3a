package org.isnad.ner.model;

import java.util.List;
import java.util.Objects;

/**
 * A tagged training sentence with its weight (how strongly its errors update the model) and, for a
 * model that reads {@link org.isnad.ner.TagEvidence}, the evidence for its tokens.
 *
 * @param tokens the tokens
 * @param tags   one {@link TagSet} label per token ({@code O}, {@code B-PERS}, …)
 * @param weight the update weight, positive
 * @param evidence null, or per token {@link TagSet#SIZE} tag probabilities (not copied: callers
 *     must not change the arrays afterwards)
 */
public record TrainingSentence(List<String> tokens, List<String> tags, float weight,
    float[][] evidence) {
  /**
   * @throws IllegalArgumentException if the lists (or the evidence) differ in length or the weight
   *     is not positive
   */
  public TrainingSentence {
    tokens = List.copyOf(Objects.requireNonNull(tokens, "tokens"));
    tags = List.copyOf(Objects.requireNonNull(tags, "tags"));
    if (tokens.size() != tags.size()) {
      throw new IllegalArgumentException(tokens.size() + " tokens but " + tags.size() + " tags");
    }
    if (!(weight > 0)) {
      throw new IllegalArgumentException("weight must be positive: " + weight);
    }
    if (evidence != null) {
      FeatureExtractor.checkEvidence(evidence, tokens.size());
    }
  }

  /** A sentence without evidence. */
  public TrainingSentence(List<String> tokens, List<String> tags, float weight) {
    this(tokens, tags, weight, null);
  }

  /** This sentence with {@code evidence} (see the record comment). */
  public TrainingSentence withEvidence(float[][] evidence) {
    return new TrainingSentence(tokens, tags, weight, evidence);
  }
}
