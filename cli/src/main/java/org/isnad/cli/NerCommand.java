package org.isnad.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.ner.NamedEntityRecognizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code isnad ner --conll FILE}: reads CoNLL (the token in the first column, a blank line between
 * sentences, other columns ignored) and prints every line unchanged with the predicted BIO tag
 * appended as the last column (joined with a tab when the line uses tabs, else a space). Blank
 * lines stay blank; the token sequence is never changed. Each sentence is tagged on its own.
 */
@Command(name = "ner", description = "Tag a CoNLL file: each line with the predicted BIO tag appended.")
final class NerCommand implements Callable<Integer> {
  @Option(names = "--conll", required = true, description = "Input is CoNLL (required; the only format).")
  boolean conll;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "268435456",
      description = "Largest input accepted, in bytes (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Parameters(paramLabel = "FILE", description = "A CoNLL file; - reads standard input.")
  String file;

  @Override
  public Integer call() {
    String text;
    try {
      text = Inputs.read(file, maxBytes, System.in).text();
    } catch (InputException e) {
      System.err.println("isnad: " + file + ": " + e.getMessage());
      return DocumentCommand.INPUT_ERROR;
    }
    NamedEntityRecognizer recognizer = NamedEntityRecognizer.getDefault();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    List<String> lines = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    for (String line : text.split("\r?\n", -1)) {
      String token = firstColumn(line);
      if (token == null) {
        flush(recognizer, lines, tokens, out);
        out.println(line);
      } else {
        lines.add(line);
        tokens.add(token);
      }
    }
    flush(recognizer, lines, tokens, out);
    out.flush();
    return 0;
  }

  private static void flush(NamedEntityRecognizer recognizer, List<String> lines, List<String> tokens,
      PrintWriter out) {
    if (lines.isEmpty()) {
      return;
    }
    List<String> tags = recognizer.tag(tokens);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      out.print(line);
      out.print(line.indexOf('\t') >= 0 ? '\t' : ' ');
      out.println(tags.get(i));
    }
    lines.clear();
    tokens.clear();
  }

  /** The first whitespace-separated column, or null for a blank line. */
  private static String firstColumn(String line) {
    int i = 0;
    int n = line.length();
    while (i < n && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    if (i == n) {
      return null;
    }
    int s = i;
    while (i < n && !Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    return line.substring(s, i);
  }
}
