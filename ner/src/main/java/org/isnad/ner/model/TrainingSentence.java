package org.isnad.ner.model;

import java.util.List;
import java.util.Objects;

/**
 * A tagged training sentence with its weight (how strongly its errors update the model).
 *
 * @param tokens the tokens
 * @param tags   one {@link TagSet} label per token ({@code O}, {@code B-PERS}, …)
 * @param weight the update weight, positive
 */
public record TrainingSentence(List<String> tokens, List<String> tags, float weight) {
  /** @throws IllegalArgumentException if the lists differ in length or the weight is not positive */
  public TrainingSentence {
    tokens = List.copyOf(Objects.requireNonNull(tokens, "tokens"));
    tags = List.copyOf(Objects.requireNonNull(tags, "tags"));
    if (tokens.size() != tags.size()) {
      throw new IllegalArgumentException(tokens.size() + " tokens but " + tags.size() + " tags");
    }
    if (!(weight > 0)) {
      throw new IllegalArgumentException("weight must be positive: " + weight);
    }
  }
}
