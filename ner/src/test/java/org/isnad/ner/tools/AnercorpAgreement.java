package org.isnad.ner.tools;

import java.io.IOException;
import java.nio.file.Path;
import org.isnad.core.FastCliticSegmenter;
import org.isnad.ner.CoreNlpCliticSegmenter;

/**
 * Opt-in measurement, not a unit test: agreement between {@link FastCliticSegmenter} and {@link
 * CoreNlpCliticSegmenter} on the tokens of a CoNLL file, e.g. the ANERcorp training portion. The
 * first columns are joined with spaces into sentences (as {@link
 * CliticLexiconGenerator#sentences} does), so that CoreNLP sees each word in context, and every
 * Arabic word the core tokenizer finds is compared. Agreement is
 * defined in {@code org.isnad.ner.SegmenterAgreement}. The file is not part of the repository.
 *
 * <p>Usage: {@code java -cp ... org.isnad.ner.tools.AnercorpAgreement anercorp-train.conll}
 */
public final class AnercorpAgreement {
  private AnercorpAgreement() {}

  /** Entry point: the CoNLL file. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: AnercorpAgreement <file.conll>");
      System.exit(2);
    }
    org.isnad.ner.SegmenterAgreementAccess agreement = new org.isnad.ner.SegmenterAgreementAccess(
        new FastCliticSegmenter(), new CoreNlpCliticSegmenter());
    for (String sentence : CliticLexiconGenerator.sentences(Path.of(args[0]))) {
      agreement.add(sentence);
    }
    System.out.printf("%s: fast vs CoreNLP agreement %d/%d = %.2f%%%n", args[0],
        agreement.agreed(), agreement.tokens(), 100 * agreement.rate());
    agreement.topDisagreements(60).forEach(l -> System.out.println("  " + l));
  }
}
