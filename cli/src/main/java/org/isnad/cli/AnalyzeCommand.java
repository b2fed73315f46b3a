package org.isnad.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code isnad analyze}: per document, one JSON object with {@code document}, {@code sentences},
 * {@code tokens}, {@code entities}, {@code annotations} and {@code quotes}. With {@code --jsonl},
 * reads JSON Lines ({@code {"id":…,"text":…}}) and writes one line per input line; see {@link
 * JsonlBatch}.
 */
@Command(name = "analyze", description = "Everything: sentences, tokens, entities, annotations, quotes.")
final class AnalyzeCommand extends DocumentCommand {
  private static final int DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;

  @Option(names = "--jsonl", description = "Inputs are JSON Lines {\"id\":…,\"text\":…}; one output line per input line.")
  boolean jsonl;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
      description = "Analysis threads for --jsonl (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--progress", description = "Print progress on standard error (default when it is a terminal).")
  boolean progress;

  @Option(names = {"--contextual", "--accurate"}, description = "Use the contextual entity recognizer "
      + "(multilingual BERT fine-tuned, on ONNX Runtime: more accurate, slower).")
  boolean contextual;

  private DocumentAnalyzer analyzer;

  @Override
  void write(Inputs.Document document, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("document", document.name());
    analyzer.writeFields(document.text(), json);
    json.writeEndObject();
  }

  @Override
  public Integer call() throws IOException {
    try {
      analyzer = contextual ? Pipeline.fields(Pipeline.contextual()) : Pipeline.fields();
    } catch (Recognizers.Unavailable e) {
      stderr.println("isnad: " + e.getMessage());
      return INPUT_ERROR;
    }
    if (!jsonl) {
      return super.call();
    }
    if (threads < 1) {
      stderr.println("isnad: --threads must be at least 1");
      return 2;
    }
    DocumentAnalyzer plain = analyzer;
    DocumentAnalyzer fields = html
        ? (text, json) -> plain.writeFields(HtmlText.decode(text), json)
        : plain;
    JsonlBatch batch = new JsonlBatch(fields, threads,
        (int) Math.min(maxBytes, DEFAULT_MAX_LINE_BYTES));
    boolean failed = false;
    for (String name : files) {
      long size = -1;
      InputStream in;
      try {
        if ("-".equals(name)) {
          in = stdin;
        } else {
          Path path = Path.of(name);
          if (Files.isDirectory(path)) {
            throw new InputException("is a directory");
          }
          size = Files.size(path);
          in = Files.newInputStream(path);
        }
      } catch (InputException e) {
        stderr.println("isnad: " + name + ": " + e.getMessage());
        failed = true;
        continue;
      } catch (NoSuchFileException e) {
        stderr.println("isnad: " + name + ": no such file");
        failed = true;
        continue;
      }
      ProgressPrinter printer = progress || ProgressPrinter.stderrIsTerminal()
          ? new ProgressPrinter(stderr, size) : null;
      OutputStream out = new BufferedOutputStream(stdout, 1 << 16);
      try (InputStream input = new BufferedInputStream(in, 1 << 16)) {
        JsonlBatch.Summary summary = batch.run(input, out, printer);
        if (printer != null) {
          printer.finish(summary.documents(), size);
        }
        failed |= summary.errors() > 0;
      }
    }
    return failed ? INPUT_ERROR : 0;
  }
}
