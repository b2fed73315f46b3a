package org.isnad.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A subcommand that reads documents (files, or {@code -} for standard input) and prints one JSON
 * object per document, one per line. A bad document gets a one-line error on standard error and
 * a non-zero exit code; the good documents of the same call are still processed and printed.
 */
abstract class DocumentCommand implements Callable<Integer> {
  static final JsonFactory JSON = new JsonFactory();
  /** Exit code when at least one input could not be processed. */
  static final int INPUT_ERROR = 1;
  private static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "UTF-8 text files; - reads standard input.")
  List<String> files;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + DEFAULT_MAX_BYTES,
      description = "Largest input accepted, in bytes (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(names = "--encoding", paramLabel = "NAME", converter = CharsetConverter.class, description = "The input's encoding, any "
      + "charset Java knows (windows-1256, ISO-8859-6, UTF-16LE, …). Default: UTF-8, and input that "
      + "is not is checked for windows-1256, ISO-8859-6 and UTF-16.")
  Charset encoding;

  @Option(names = "--html", description = "Decode HTML character references (&quot; &#1575; …) first; "
      + "offsets then count in the decoded text.")
  boolean html;

  InputStream stdin = System.in;
  OutputStream stdout = System.out;
  PrintStream stderr = System.err;

  /** A UTF-8 generator on {@code out} that leaves {@code out} open when closed. */
  static JsonGenerator generator(OutputStream out) throws IOException {
    JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return json;
  }

  /** Writes the JSON object for one document. */
  abstract void write(Inputs.Document document, JsonGenerator json) throws IOException;

  /** Reads one input, HTML-decoded when asked. */
  Inputs.Document read(String name) throws InputException {
    Inputs.Document document = Inputs.read(name, maxBytes, stdin, encoding);
    if (document.notice() != null) {
      stderr.println("isnad: " + name + ": " + document.notice());
    }
    return html ? new Inputs.Document(name, HtmlText.decode(document.text())) : document;
  }

  @Override
  public Integer call() throws IOException {
    boolean failed = false;
    for (String name : files) {
      Inputs.Document document;
      try {
        document = read(name);
      } catch (InputException e) {
        stderr.println("isnad: " + name + ": " + e.getMessage());
        failed = true;
        continue;
      }
      try {
        JsonGenerator json = generator(stdout);
        write(document, json);
        json.close();
        stdout.write('\n');
        stdout.flush();
      } catch (RuntimeException e) {
        stderr.println("isnad: " + name + ": internal error: " + e);
        failed = true;
      }
    }
    return failed ? INPUT_ERROR : 0;
  }
}
