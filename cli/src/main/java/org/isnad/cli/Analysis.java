package org.isnad.cli;

import java.util.List;
import org.isnad.core.SentenceSplitter;
import org.isnad.core.Token;
import org.isnad.core.Tokenizer;

/** The analysis fields of {@code analyze}, shared by the file and JSON Lines paths. */
final class Analysis {
  private static final Tokenizer TOKENIZER = new Tokenizer();
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();
  private static final DocumentAnalyzer FIELDS = (text, json) -> {
    List<Token> tokens = TOKENIZER.tokenize(text);
    CoreJson.sentences(json, SPLITTER.sentences(text, tokens));
    CoreJson.tokens(json, text, tokens, null);
  };

  private Analysis() {}

  static DocumentAnalyzer fields() {
    return FIELDS;
  }
}
