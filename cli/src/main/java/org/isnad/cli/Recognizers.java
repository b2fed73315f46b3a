package org.isnad.cli;

import org.isnad.ner.EntityExtractor;
import org.isnad.ner.NamedEntityRecognizer;
import org.isnad.ner.contextual.ContextualRecognizer;

/**
 * The entity recognizers the command line offers: the default one, and with {@code --contextual}
 * the contextual one of {@code isnad-ner-contextual}, which needs TensorFlow and multilingual BERT
 * on the class path (the {@code ./isnad} launcher puts them there).
 */
final class Recognizers {
  private Recognizers() {}

  /** Thrown when the contextual recognizer cannot be loaded; its message is one line for the user. */
  static final class Unavailable extends Exception {
    private static final long serialVersionUID = 1L;

    Unavailable(String message) {
      super(message);
    }
  }

  static NamedEntityRecognizer recognizer(boolean contextual) throws Unavailable {
    if (!contextual) {
      return NamedEntityRecognizer.getDefault();
    }
    try {
      return ContextualRecognizer.getDefault();
    } catch (LinkageError | IllegalStateException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      String why = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getName();
      throw new Unavailable("--contextual needs TensorFlow for Java and multilingual BERT on the "
          + "class path (run through ./isnad, which adds them): " + why.lines().findFirst().orElse(""));
    }
  }

  private static final class ContextualExtractor {
    static final EntityExtractor INSTANCE = new EntityExtractor(ContextualRecognizer.getDefault());
  }

  static EntityExtractor extractor(boolean contextual) throws Unavailable {
    if (!contextual) {
      return EntityExtractor.getDefault();
    }
    recognizer(true);
    return ContextualExtractor.INSTANCE;
  }

  /** The contextual extractor; call only after {@link #extractor(boolean)} succeeded once. */
  static EntityExtractor contextualExtractor() {
    return ContextualExtractor.INSTANCE;
  }
}
