package org.isnad.ner.tools;

import org.isnad.core.Token;
import org.isnad.core.TokenType;
import org.isnad.core.Tokenizer;
import org.isnad.ner.CoreNlpCliticSegmenter;

/**
 * Diagnostics: for each argument (a word or a sentence), prints CoreNLP's raw output and the
 * segments {@link CoreNlpCliticSegmenter} gives each Arabic word in it.
 */
public final class CoreNlpProbe {
  private CoreNlpProbe() {}

  /** Entry point: texts as arguments. */
  public static void main(String[] args) {
    CoreNlpCliticSegmenter s = new CoreNlpCliticSegmenter();
    for (String text : args) {
      System.out.println(text + "\t" + CoreNlpCliticSegmenter.rawSegmentation(text));
      for (Token t : new Tokenizer().tokenize(text)) {
        if (t.type() == TokenType.WORD) {
          System.out.println("  " + t.text() + "\t" + s.segment(text, t));
        }
      }
    }
  }
}
