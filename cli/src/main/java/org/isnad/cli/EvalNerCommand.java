package org.isnad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.isnad.ner.ConllEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code isnad eval-ner FILE}: scores a CoNLL file whose last column is the predicted tag and the
 * one before it the gold tag, with conlleval's exact-span semantics. Prints JSON (precision,
 * recall, F1 per type and micro-averaged, in percent) or, with {@code --text}, conlleval's report.
 */
@Command(name = "eval-ner", description = "Score predicted against gold BIO tags (last two columns), conlleval style.")
final class EvalNerCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "CoNLL with gold then predicted tags as the last two columns.")
  Path file;

  @Option(names = "--text", description = "Print conlleval's text report instead of JSON.")
  boolean text;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      System.err.println("isnad: " + file + ": " + (Files.isDirectory(file) ? "is a directory" : "no such file"));
      return DocumentCommand.INPUT_ERROR;
    }
    ConllEvaluator.Result result;
    try {
      result = new ConllEvaluator().scoreFile(file);
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      System.err.println("isnad: " + file + ": " + e.getMessage());
      return DocumentCommand.INPUT_ERROR;
    }
    if (text) {
      System.out.print(result.format());
      return 0;
    }
    StringBuilder sb = new StringBuilder("{\"tokens\":").append(result.tokens())
        .append(",\"accuracy\":").append(pct(result.accuracy()))
        .append(",\"micro\":").append(counts(result.micro())).append(",\"types\":{");
    boolean first = true;
    for (Map.Entry<String, ConllEvaluator.Counts> e : result.perType().entrySet()) {
      sb.append(first ? "" : ",").append('"').append(e.getKey()).append("\":").append(counts(e.getValue()));
      first = false;
    }
    System.out.println(sb.append("}}"));
    return 0;
  }

  private static String counts(ConllEvaluator.Counts c) {
    return String.format(Locale.ROOT,
        "{\"precision\":%s,\"recall\":%s,\"f1\":%s,\"gold\":%d,\"predicted\":%d,\"correct\":%d}",
        pct(c.precision()), pct(c.recall()), pct(c.f1()), c.gold(), c.predicted(), c.correct());
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.2f", 100 * v);
  }
}
