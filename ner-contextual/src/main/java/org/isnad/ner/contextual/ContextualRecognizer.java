package org.isnad.ner.contextual;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.isnad.ner.NamedEntityRecognizer;

/**
 * The contextual entity recognizer: the averaged-perceptron tagger of {@code isnad-ner} (all its
 * gazetteer, corpus and rule features) retrained with the tag probabilities of multilingual BERT
 * fine-tuned for ANERcorp's tags and run by ONNX Runtime ({@link OnnxTokenClassifier}) as extra
 * evidence. Same API and output as {@link NamedEntityRecognizer#getDefault()}, more accurate and
 * slower; see {@code docs/ner-model.md}, "Contextual model", for its figures.
 */
public final class ContextualRecognizer {
  /** Class path of the bundled tagger that reads the classifier's evidence. */
  public static final String MODEL_RESOURCE = "/org/isnad/ner/contextual/contextual-model.bin.gz";

  private ContextualRecognizer() {}

  private static final class Holder {
    static final NamedEntityRecognizer INSTANCE = load();

    private static NamedEntityRecognizer load() {
      try (InputStream in = ContextualRecognizer.class.getResourceAsStream(MODEL_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("bundled contextual model " + MODEL_RESOURCE + " is missing");
        }
        return NamedEntityRecognizer.load(in, OnnxTokenClassifier.getDefault());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled contextual model", e);
      }
    }
  }

  /**
   * The contextual recognizer, loaded on first call (thread-safe, once per class loader; loading
   * the models takes about a second). One instance is safe to share between threads.
   *
   * @throws IllegalStateException if a bundled model file is missing
   * @throws IllegalArgumentException if the bundled ONNX model is corrupt
   * @throws UncheckedIOException if a bundled file cannot be read or is not a tagger model
   */
  public static NamedEntityRecognizer getDefault() {
    return Holder.INSTANCE;
  }
}
