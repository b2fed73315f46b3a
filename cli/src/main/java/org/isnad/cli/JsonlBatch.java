package org.isnad.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.isnad.json.IsnadJson;

/**
 * Streams JSON Lines through a {@link DocumentAnalyzer}: the batch path of {@code isnad analyze
 * --jsonl}, callable from Java so that a distributed engine can run it per partition.
 *
 * <p>Each input line is a JSON object {@code {"id":…,"text":…}}; each output line is, in input
 * order, {@code {"id":…, <the line's other fields but "format", passed through>, <the analysis
 * fields>}}. A line
 * that is not valid UTF-8, not a JSON object, has no string {@code text}, or is longer than the
 * limit gives an error record {@code {"id":…,"line":N,"error":"…"}} ({@code "id"} only when it
 * could be read) and processing continues; a blank or whitespace-only line gives {@code
 * {"line":N,"error":"empty line"}}. So there is exactly one output line per input line (a final
 * line break ends the last line, it does not start another). Documents are analysed on {@code threads}
 * threads with at most {@code 4 × threads} documents in flight, so memory stays flat however
 * long the input is; no line is longer than the limit in memory.
 */
public final class JsonlBatch {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory JSON = MAPPER.getFactory();
  private static final int IN_FLIGHT_PER_THREAD = 4;

  private final DocumentAnalyzer analyzer;
  private final int threads;
  private final int maxLineBytes;

  /**
   * Counts reported after a run.
   *
   * @param documents  output lines written (one per input line)
   * @param errors     of them, error records
   * @param firstError the first error record's line number and message ({@code "line 17: …"}), or
   *                   null when there was none
   */
  public record Summary(long documents, long errors, String firstError) {
    /**
     * The one-line report of the failed lines ({@code "3 of 100,000 lines failed; first: line 17:
     * …"}), or null when no line failed.
     */
    public String failureReport() {
      return errors == 0 ? null : String.format(java.util.Locale.ROOT, "%,d of %,d %s failed; first: %s",
          errors, documents, documents == 1 ? "line" : "lines", firstError);
    }
  }

  /** Receives progress: called after every output line, from the writing thread. */
  @FunctionalInterface
  public interface Progress {
    /**
     * @param done      lines written so far
     * @param bytesRead input bytes consumed so far
     */
    void update(long done, long bytesRead);
  }

  /**
   * @param analyzer     writes the analysis fields of one document
   * @param threads      analysis threads, at least 1
   * @param maxLineBytes longest accepted input line, in bytes, at least 1
   * @throws IllegalArgumentException for a thread count or limit below 1
   */
  public JsonlBatch(DocumentAnalyzer analyzer, int threads, int maxLineBytes) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    if (threads < 1 || maxLineBytes < 1) {
      throw new IllegalArgumentException("threads and maxLineBytes must be at least 1");
    }
    this.threads = threads;
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * Reads every line of {@code in} and writes one line per input line to {@code out}.
   *
   * @throws IOException when reading or writing fails (not for a bad line)
   */
  public Summary run(InputStream in, OutputStream out, Progress progress) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "isnad-batch");
      t.setDaemon(true);
      return t;
    });
    ArrayDeque<Future<Result>> pending = new ArrayDeque<>();
    LineReader reader = new LineReader(in, maxLineBytes);
    long done = 0;
    long errors = 0;
    String firstError = null;
    try {
      for (LineReader.Line line; (line = reader.next()) != null; ) {
        final LineReader.Line current = line;
        pending.add(current.isBlank()
            ? CompletableFuture.completedFuture(error(null, current.number(), "empty line"))
            : pool.submit(() -> process(current)));
        while (pending.size() >= IN_FLIGHT_PER_THREAD * threads
            || (!pending.isEmpty() && pending.peek().isDone())) {
          Result result = write(pending.poll(), out);
          if (result.error() != null) {
            firstError = errors++ == 0 ? result.error() : firstError;
          }
          done++;
          if (progress != null) {
            progress.update(done, reader.bytesRead());
          }
        }
      }
      while (!pending.isEmpty()) {
        Result result = write(pending.poll(), out);
        if (result.error() != null) {
          firstError = errors++ == 0 ? result.error() : firstError;
        }
        done++;
        if (progress != null) {
          progress.update(done, reader.bytesRead());
        }
      }
      out.flush();
    } finally {
      pool.shutdownNow();
    }
    return new Summary(done, errors, firstError);
  }

  /** One output line; {@code error} is "line N: message" for an error record, else null. */
  private record Result(byte[] json, String error) {}

  private static Result write(Future<Result> future, OutputStream out) throws IOException {
    Result result;
    try {
      result = future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("analysis failed", e.getCause());
    }
    out.write(result.json());
    out.write('\n');
    return result;
  }

  private Result process(LineReader.Line line) throws IOException {
    if (line.tooLong()) {
      return error(null, line.number(), "line is over the limit of " + maxLineBytes + " bytes");
    }
    String source;
    try {
      source = Inputs.decode(line.bytes());
    } catch (InputException e) {
      return error(null, line.number(), e.getMessage());
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(source);
    } catch (JsonProcessingException e) {
      return error(null, line.number(), "not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return error(null, line.number(), "not a JSON object");
    }
    JsonNode id = node.get("id");
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      return error(id, line.number(), "no string field \"text\"");
    }
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(256 + text.asText().length() * 8);
    try (JsonGenerator json = JSON.createGenerator(buffer, JsonEncoding.UTF8)) {
      json.writeStartObject();
      json.writeFieldName("id");
      MAPPER.writeTree(json, id == null ? MAPPER.nullNode() : id);
      for (Iterator<Map.Entry<String, JsonNode>> it = ((ObjectNode) node).fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (!field.getKey().equals("id") && !field.getKey().equals("text")
            && !field.getKey().equals(IsnadJson.FORMAT_FIELD)) {
          json.writeFieldName(field.getKey());
          MAPPER.writeTree(json, field.getValue());
        }
      }
      try {
        analyzer.writeFields(text.asText(), json);
      } catch (RuntimeException e) {
        return error(id, line.number(), "internal error: " + e);
      }
      json.writeEndObject();
    }
    return new Result(buffer.toByteArray(), null);
  }

  private static Result error(JsonNode id, long lineNumber, String message) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(128);
    try (JsonGenerator json = JSON.createGenerator(buffer, JsonEncoding.UTF8)) {
      json.writeStartObject();
      if (id != null) {
        json.writeFieldName("id");
        MAPPER.writeTree(json, id);
      }
      json.writeNumberField("line", lineNumber);
      json.writeStringField("error", message);
      json.writeEndObject();
    }
    return new Result(buffer.toByteArray(), "line " + lineNumber + ": " + message);
  }

  /** Splits a byte stream into lines without ever holding more than the limit of one line. */
  static final class LineReader {
    private final InputStream in;
    private final int limit;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int len;
    private long bytesRead;
    private long lineNumber;

    record Line(long number, byte[] bytes, boolean tooLong) {
      boolean isBlank() {
        if (tooLong) {
          return false;
        }
        for (byte b : bytes) {
          if (b != ' ' && b != '\t' && b != '\r') {
            return false;
          }
        }
        return true;
      }
    }

    LineReader(InputStream in, int limit) {
      this.in = in;
      this.limit = limit;
    }

    long bytesRead() {
      return bytesRead;
    }

    Line next() throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
      boolean tooLong = false;
      boolean any = false;
      while (true) {
        if (pos == len) {
          len = in.read(buf);
          pos = 0;
          if (len <= 0) {
            len = 0;
            if (!any) {
              return null;
            }
            break;
          }
        }
        any = true;
        int start = pos;
        while (pos < len && buf[pos] != '\n') {
          pos++;
        }
        int chunk = pos - start;
        bytesRead += chunk;
        if (!tooLong) {
          if (line.size() + chunk > limit) {
            tooLong = true;
            line = new ByteArrayOutputStream(0);
          } else {
            line.write(buf, start, chunk);
          }
        }
        if (pos < len) {
          pos++;
          bytesRead++;
          break;
        }
      }
      lineNumber++;
      byte[] bytes = line.toByteArray();
      int end = bytes.length;
      if (end > 0 && bytes[end - 1] == '\r') {
        bytes = java.util.Arrays.copyOf(bytes, end - 1);
      }
      return new Line(lineNumber, bytes, tooLong);
    }
  }
}
