package org.isnad.spark;

import org.isnad.claims.Isnad;
import org.isnad.ner.EntityExtractor;
import org.isnad.ner.contextual.ContextualRecognizer;

/**
 * The one {@link Isnad} of this JVM per recognizer, created on first use (class-holder idiom, so
 * creation is lazy, happens once and is thread-safe). Spark functions call {@link #get} inside
 * the task, on the executor; no {@code Isnad} is ever a field of a serialized closure.
 */
final class ExecutorIsnad {
  private ExecutorIsnad() {}

  /**
   * The shared analyser for {@code recognizer}.
   *
   * @throws IllegalStateException if the contextual recognizer cannot be loaded here
   */
  static Isnad get(Recognizer recognizer) {
    if (recognizer == Recognizer.CONTEXTUAL) {
      try {
        return Contextual.ISNAD;
      } catch (LinkageError e) {
        throw new IllegalStateException("the contextual recognizer needs isnad-ner-contextual, "
            + "TensorFlow for Java and multilingual BERT on the executors' class path: " + e, e);
      }
    }
    return Default.ISNAD;
  }

  private static final class Default {
    static final Isnad ISNAD = Isnad.create();
  }

  private static final class Contextual {
    static final Isnad ISNAD = Isnad.create(new EntityExtractor(ContextualRecognizer.getDefault()));
  }
}
