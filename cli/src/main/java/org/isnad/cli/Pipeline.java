package org.isnad.cli;

import org.isnad.claims.Isnad;

/** The analysis fields of {@code analyze}, shared by the file and JSON Lines paths. */
final class Pipeline {
  private static final DocumentAnalyzer FIELDS = (text, json) -> {
    org.isnad.claims.Analysis a = isnad().analyze(text);
    CoreJson.sentences(json, a.sentences());
    CoreJson.tokens(json, text, a.tokens(), null);
    EntityJson.write(json, a.entities());
    QuoteJson.quotes(json, a.quotes());
  };

  private Pipeline() {}

  /** The shared analyser, created on first use. */
  static Isnad isnad() {
    return Holder.ISNAD;
  }

  static DocumentAnalyzer fields() {
    return FIELDS;
  }

  private static final class Holder {
    static final Isnad ISNAD = Isnad.create();
  }
}
