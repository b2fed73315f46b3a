package org.isnad.cli;

import java.lang.reflect.InvocationTargetException;
import org.isnad.ner.EntityExtractor;
import org.isnad.ner.NamedEntityRecognizer;

/**
 * The entity recognizers the command line offers: the default one, and with {@code --contextual}
 * (alias {@code --accurate}) the contextual one of {@code isnad-ner-contextual}. That module and
 * ONNX Runtime are not inside {@code isnad.jar}: the {@code ./isnad} launcher puts them on the class
 * path, and they are loaded (by name) only when the option is given.
 */
final class Recognizers {
  /** The class whose {@code getDefault()} gives the contextual recognizer. */
  static final String CONTEXTUAL_CLASS = "org.isnad.ner.contextual.ContextualRecognizer";

  private Recognizers() {}

  /** Thrown when the contextual recognizer cannot be loaded; its message is one line for the user. */
  static final class Unavailable extends Exception {
    private static final long serialVersionUID = 1L;

    Unavailable(String message) {
      super(message);
    }
  }

  static NamedEntityRecognizer recognizer(boolean contextual) throws Unavailable {
    return contextual ? ContextualHolder.get() : NamedEntityRecognizer.getDefault();
  }

  /** Loads the contextual recognizer once; remembers a failure so every caller gets the same message. */
  private static final class ContextualHolder {
    private static final Object RESULT = load();

    static NamedEntityRecognizer get() throws Unavailable {
      if (RESULT instanceof NamedEntityRecognizer r) {
        return r;
      }
      throw new Unavailable((String) RESULT);
    }

    private static Object load() {
      try {
        Object r = Class.forName(CONTEXTUAL_CLASS).getMethod("getDefault").invoke(null);
        return (NamedEntityRecognizer) r;
      } catch (ClassNotFoundException | LinkageError e) {
        return "--contextual needs isnad-ner-contextual and ONNX Runtime on the class path "
            + "(run through ./isnad, which adds them): " + oneLine(e);
      } catch (InvocationTargetException e) {
        return "cannot load the contextual entity model: " + oneLine(e.getCause());
      } catch (ReflectiveOperationException | RuntimeException e) {
        return "cannot load the contextual entity model: " + oneLine(e);
      }
    }

    private static String oneLine(Throwable e) {
      Throwable cause = e.getCause() != null && e.getMessage() == null ? e.getCause() : e;
      String why = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getName();
      return why.lines().findFirst().orElse("");
    }
  }

  private static final class ContextualExtractor {
    static final EntityExtractor INSTANCE = create();

    private static EntityExtractor create() {
      try {
        return new EntityExtractor(ContextualHolder.get());
      } catch (Unavailable e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    }
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
