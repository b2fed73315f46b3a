package org.isnad.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.ByteArrayOutputStream;
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
  /**
   * Heap bytes that analysing one input byte held whole takes at most (measured peak, with margin:
   * {@code cli/scripts/memory-per-mb.sh}); the default {@code --max-bytes} for a document read
   * whole is the heap divided by it.
   */
  static final long HEAP_PER_INPUT_BYTE = 64;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "UTF-8 text files; - reads standard input.")
  List<String> files;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "-1",
      description = "Largest input accepted, in bytes. Default: no limit for a text file over 4 MB "
          + "(analysed in windows of whole paragraphs), and for a document read whole (standard "
          + "input, a web page, normalize and claims) what the heap holds: heap / " + HEAP_PER_INPUT_BYTE + ".")
  long maxBytes;

  /** The limit for a document read whole: {@code --max-bytes}, or what the heap holds. */
  long wholeMaxBytes() {
    return maxBytes > 0 ? maxBytes : Runtime.getRuntime().maxMemory() / HEAP_PER_INPUT_BYTE;
  }

  @Option(names = "--encoding", paramLabel = "NAME", converter = CharsetConverter.class, description = "The input's encoding, any "
      + "charset Java knows (windows-1256, ISO-8859-6, UTF-16LE, …). Default: UTF-8, and input that "
      + "is not is checked for windows-1256, ISO-8859-6 and UTF-16.")
  Charset encoding;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto", description = "text, html "
      + "(a web page: its article text is analysed, the output adds it as \"text\" and offsets count "
      + "in it) or auto: html for a .html/.htm file or one starting <!DOCTYPE html> or <html> "
      + "(default: ${DEFAULT-VALUE}).")
  HtmlInput.Format format;

  @Option(names = "--html", description = "Same as --format html.")
  boolean html;

  @Option(names = "--html-offsets", description = "For HTML input, add htmlStart/htmlEnd (the span "
      + "in the HTML source) beside every start/end.")
  boolean htmlOffsets;

  /** Files over this many bytes are analysed in windows (a field so that tests can lower it). */
  long windowThreshold = WindowedRun.THRESHOLD_BYTES;
  /** Characters per window. */
  int windowChars = WindowedRun.WINDOW_CHARS;

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

  /** The effective input format: {@code --html} is {@code --format html}. */
  HtmlInput.Format format() {
    return html ? HtmlInput.Format.html : format;
  }

  /** Reads one input; a web page's article text is extracted. */
  Inputs.Document read(String name) throws InputException {
    Inputs.Document document = Inputs.read(name, wholeMaxBytes(), stdin, encoding);
    if (document.notice() != null) {
      stderr.println("isnad: " + name + ": " + document.notice());
    }
    return HtmlInput.isHtml(format(), name, document.text()) ? document.asHtml() : document;
  }

  /** Writes {@code "document"} and, for a web page, {@code "text"}: what every offset counts in. */
  static void header(Inputs.Document document, JsonGenerator json) throws IOException {
    json.writeStringField("document", document.name());
    if (document.html() != null) {
      json.writeStringField("text", document.text());
    }
  }

  /** True for the commands that analyse a long file in windows ({@link WindowedRun}). */
  boolean windowed() {
    return false;
  }

  @Override
  public Integer call() throws IOException {
    boolean failed = false;
    for (String name : files) {
      boolean ok = windowed() && WindowedRun.applies(this, name)
          ? WindowedRun.run(this, name)
          : processWhole(name);
      failed |= !ok;
    }
    return failed ? INPUT_ERROR : 0;
  }

  /**
   * Reads, analyses and prints one document held whole in memory, or reports a one-line error.
   *
   * @return false when it could not be processed (nothing of it printed)
   */
  boolean processWhole(String name) {
    try {
      Inputs.Document document;
      try {
        document = read(name);
      } catch (InputException e) {
        stderr.println("isnad: " + name + ": " + e.getMessage());
        return false;
      }
      // the whole object is built before any of it is printed: no partial JSON for a failure
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      JsonGenerator json = generator(buffer);
      if (htmlOffsets && document.html() != null) {
        TokenBuffer tokens = HtmlInput.buffer();
        write(document, tokens);
        HtmlInput.write(json, HtmlInput.withSourceOffsets(tokens, document.html()));
      } else {
        write(document, json);
      }
      json.close();
      buffer.write('\n');
      buffer.writeTo(stdout);
      stdout.flush();
      return true;
    } catch (OutOfMemoryError e) {
      stderr.println("isnad: " + name + ": too large for the memory available (the heap is "
          + (Runtime.getRuntime().maxMemory() >> 20) + " MB; raise it with ISNAD_JAVA_OPTS=-Xmx…)");
      return false;
    } catch (IOException | RuntimeException e) {
      stderr.println("isnad: " + name + ": internal error: " + e);
      return false;
    }
  }
}
