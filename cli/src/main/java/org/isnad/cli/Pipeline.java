package org.isnad.cli;

import org.isnad.claims.Isnad;

/** The analysis fields of {@code analyze}, shared by the file and JSON Lines paths. */
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
      org.isnad.claims.Analysis a = isnad.analyze(text);
      CoreJson.sentences(json, a.sentences());
      CoreJson.tokens(json, text, a.tokens(), null);
      EntityJson.write(json, a.entities());
      QuoteJson.quotes(json, a.quotes());
    };
  }

  private static final class Holder {
    static final Isnad ISNAD = Isnad.create();
  }

  private static final class ContextualHolder {
    static final Isnad ISNAD = Isnad.create(Recognizers.contextualExtractor());
  }
}
