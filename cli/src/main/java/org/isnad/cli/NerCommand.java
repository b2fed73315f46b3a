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
 * lines stay blank; the token sequence is never changed. Each sentence is tagged on its own
 * ({@link NamedEntityRecognizer#tagSentences}, {@value #CONTEXT_SENTENCES} sentences per call), with
 * the default recognizer or, with {@code --contextual} (alias {@code --accurate}), the contextual one.
 */
@Command(name = "ner", description = "Tag a CoNLL file: each line with the predicted BIO tag appended.")
final class NerCommand implements Callable<Integer> {
  /** Sentences handed to the recognizer at once. */
  static final int CONTEXT_SENTENCES = 100;

  @Option(names = {"--contextual", "--accurate"}, description = "Use the contextual entity recognizer "
      + "(multilingual BERT fine-tuned, on ONNX Runtime: more accurate, slower).")
  boolean contextual;

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
    NamedEntityRecognizer recognizer;
    try {
      recognizer = Recognizers.recognizer(contextual);
    } catch (Recognizers.Unavailable e) {
      System.err.println("isnad: " + e.getMessage());
      return DocumentCommand.INPUT_ERROR;
    }
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    // lines of the pending sentences, each sentence's lines followed by null for its blank lines
    List<String> pending = new ArrayList<>();
    List<List<String>> sentences = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    String[] input = text.split("\r?\n", -1);
    // a final line break ends the last line; it does not start an empty one
    int count = input.length > 0 && input[input.length - 1].isEmpty() ? input.length - 1 : input.length;
    for (int l = 0; l < count; l++) {
      String line = input[l];
      String token = firstColumn(line);
      if (token == null) {
        if (!tokens.isEmpty()) {
          sentences.add(tokens);
          tokens = new ArrayList<>();
          if (sentences.size() == CONTEXT_SENTENCES) {
            flush(recognizer, pending, sentences, out);
          }
        }
        pending.add(line);
      } else {
        pending.add(line);
        tokens.add(token);
      }
    }
    if (!tokens.isEmpty()) {
      sentences.add(tokens);
    }
    flush(recognizer, pending, sentences, out);
    out.flush();
    return 0;
  }

  /** Tags the pending sentences and prints the pending lines, tags appended to token lines. */
  private static void flush(NamedEntityRecognizer recognizer, List<String> pending,
      List<List<String>> sentences, PrintWriter out) {
    List<List<String>> tags = recognizer.tagSentences(sentences);
    int s = 0;
    int i = 0;
    for (String line : pending) {
      if (firstColumn(line) == null) {
        out.println(line);
        continue;
      }
      if (i == tags.get(s).size()) {
        s++;
        i = 0;
      }
      out.print(line);
      out.print(line.indexOf('\t') >= 0 ? '\t' : ' ');
      out.println(tags.get(s).get(i++));
    }
    pending.clear();
    sentences.clear();
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
