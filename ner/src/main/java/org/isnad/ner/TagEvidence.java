package org.isnad.ner;

import java.util.List;

/**
 * Evidence about each token's tag from a model outside the tagger, for example a contextual
 * encoder: per token, a probability for each of the nine BIO tags, in the order of {@link #TAGS}.
 * A recognizer whose model was trained with evidence ({@link NamedEntityRecognizer#load(java.io.InputStream,
 * TagEvidence)}) asks for it once per sentence list it tags and turns it into features beside its own
 * (the most probable tag, its probability, each type's share, the neighbours' most probable tags).
 * Implementations must be safe to call from several threads at once.
 */
@FunctionalInterface
public interface TagEvidence {
  /** The tag order of every probability row. */
  List<String> TAGS = List.of("O", "B-PERS", "I-PERS", "B-ORG", "I-ORG", "B-LOC", "I-LOC",
      "B-MISC", "I-MISC");

  /**
   * The evidence for the sentences of one document (tagging them together lets an encoder see
   * neighbouring sentences): one array per sentence, one row of {@code TAGS.size()} probabilities
   * per token, each row non-negative and summing to about 1.
   *
   * @param sentences the tokens of each sentence; not modified
   */
  List<float[][]> probabilities(List<List<String>> sentences);
}
