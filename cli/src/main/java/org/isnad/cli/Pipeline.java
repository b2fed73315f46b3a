package org.isnad.cli;

import org.isnad.claims.Isnad;
import org.isnad.json.IsnadJson;

/**
 * The analysis fields of {@code analyze} (written by {@link IsnadJson}, the JSON contract), shared by
 * the file and JSON Lines paths.
 */
final class Pipeline {
  private Pipeline() {}

  /** The shared analyser, created on first use. */
  static Isnad isnad() {
    return Holder.ISNAD;
  }

  /**
   * The shared analyser with the contextual recognizer, created on first use.
   *
   * @throws Recognizers.Unavailable if the contextual recognizer cannot be loaded
   */
  static Isnad contextual() throws Recognizers.Unavailable {
    Recognizers.extractor(true);
    return ContextualHolder.ISNAD;
  }

  /** The analysis fields written by the default analyser. */
  static DocumentAnalyzer fields() {
    return fields(isnad());
  }

  /** The analysis fields written by {@code isnad}. */
  static DocumentAnalyzer fields(Isnad isnad) {
    return (text, json) -> {
      IsnadJson.writeAnalysisFields(json, isnad.analyze(text));
    };
  }

  private static final class Holder {
    static final Isnad ISNAD = Isnad.create();
  }

  private static final class ContextualHolder {
    static final Isnad ISNAD = Isnad.create(Recognizers.contextualExtractor());
  }
}
