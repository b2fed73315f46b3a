package org.isnad.ner.contextual;

import org.isnad.ner.NamedEntityRecognizer;

/**
 * The contextual entity recognizer: multilingual BERT fine-tuned for ANERcorp's BIO tags and run by
 * ONNX Runtime ({@link OnnxTokenClassifier}), decoded into well-formed BIO by {@link
 * NamedEntityRecognizer#decoding}. Same API and output as {@link NamedEntityRecognizer#getDefault()}
 * (glued proclitics, label propagation within a document and confidences work the same way), more
 * accurate and slower; see {@code docs/ner-model.md}, "Contextual model", for its figures.
 */
public final class ContextualRecognizer {
  private ContextualRecognizer() {}

  private static final class Holder {
    static final NamedEntityRecognizer INSTANCE =
        NamedEntityRecognizer.decoding(OnnxTokenClassifier.getDefault());
  }

  /**
   * The contextual recognizer, loaded on first call (thread-safe, once per class loader; loading
   * the model takes about a second). One instance is safe to share between threads.
   *
   * @throws IllegalStateException if a bundled model file is missing
   * @throws IllegalArgumentException if the bundled model is corrupt
   * @throws java.io.UncheckedIOException if a bundled file cannot be read
   */
  public static NamedEntityRecognizer getDefault() {
    return Holder.INSTANCE;
  }
}
