package org.isnad.spark;

import java.io.Serializable;
import org.isnad.claims.Isnad;
import org.isnad.json.AnalysisRecord;

/**
 * Analyses one text on an executor, never throwing: a null text, a text over the limit or an
 * internal failure becomes an error record. Holds only settings, so it serializes into closures;
 * the {@link Isnad} comes from {@link ExecutorIsnad} inside the task.
 */
final class RowAnalyzer implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Recognizer recognizer;
  private final int maxChars;

  RowAnalyzer(Recognizer recognizer, int maxChars) {
    this.recognizer = recognizer;
    this.maxChars = maxChars;
  }

  /** The analysis of {@code text} (an error record for a bad row); {@code document} names it. */
  AnalysisRecord analyze(String document, String text) {
    String error = check(text);
    if (error != null) {
      return AnalysisRecord.ofError(document, error);
    }
    try {
      return AnalysisRecord.of(document, isnad().analyze(text));
    } catch (RuntimeException | StackOverflowError e) {
      return AnalysisRecord.ofError(document, "internal error: " + e);
    }
  }

  /** Why {@code text} cannot be analysed, or null when it can. */
  String check(String text) {
    if (text == null) {
      return "no text (null)";
    }
    if (text.length() > maxChars) {
      return "text of " + text.length() + " characters is over the limit of " + maxChars;
    }
    return null;
  }

  Isnad isnad() {
    return ExecutorIsnad.get(recognizer);
  }
}
