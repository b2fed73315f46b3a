package org.isnad.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.isnad.json.AnalysisRecord;
import org.isnad.json.IsnadJson;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.isnad.claims.Isnad;
import org.isnad.json.AnalysisRecord;
import org.isnad.json.IsnadJson;
import org.isnad.ner.EntityExtractor;
import org.isnad.views.ArticlePage;

/**
 * The HTTP server of {@code isnad serve}, on the JDK's own {@code com.sun.net.httpserver}: it is
 * part of every JDK 17 (no dependency to ship or keep up to date), small, and enough for a local
 * analysis service whose cost is the analysis, not the HTTP layer.
 *
 * <p>Endpoints (bodies: see {@link RequestBody}); the JSON is written by {@link IsnadJson}, the
 * public contract, through the same calls as the commands:
 * <ul>
 *   <li>{@code POST /analyze}: the JSON object {@code isnad analyze} prints for the text;
 *       {@code "document":"-"} for a text body (as {@code isnad analyze -}), {@code "id":…} for a
 *       JSON body (as {@code isnad analyze --jsonl}).
 *   <li>{@code POST /quotes}, {@code POST /entities}: the objects of {@code isnad quotes} and
 *       {@code isnad entities}.
 *   <li>{@code POST /html}: the article page of {@code isnad html} ({@code text/html}).
 *   <li>{@code GET /}: a page where a user pastes an article and sees that view.
 *   <li>{@code GET /health}: {@code {"status":"ok"}}.
 * </ul>
 *
 * <p>One {@link Isnad} serves every request. Requests run on a fixed pool of worker threads with a
 * bounded queue; when the queue is full the accepting thread runs the request itself, which slows
 * accepting down instead of queueing without bound. A body over the byte limit is answered 413;
 * invalid UTF-8, an empty body or malformed JSON 400; an unknown path 404; a wrong method 405;
 * every error is a one-line JSON object {@code {"error":"…"}}, and the server keeps serving.
 * Thread-safe.
 */
final class IsnadServer implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String JSON_TYPE = "application/json; charset=utf-8";
  private static final String HTML_TYPE = "text/html; charset=utf-8";
  private static final int QUEUE_PER_THREAD = 16;
  private static final int BACKLOG = 128;
  private static final byte[] PASTE_PAGE = resource("serve-page.html");

  private final HttpServer server;
  private final ThreadPoolExecutor workers;
  private final Isnad isnad;
  private final EntityExtractor extractor;
  private final DocumentAnalyzer analyzer;
  private final long maxBytes;

  private IsnadServer(HttpServer server, ThreadPoolExecutor workers, Isnad isnad,
      EntityExtractor extractor, long maxBytes) {
    this.server = server;
    this.workers = workers;
    this.isnad = isnad;
    this.extractor = extractor;
    this.analyzer = Pipeline.fields(isnad);
    this.maxBytes = maxBytes;
  }

  /**
   * Starts a server on {@code host:port} (port 0: any free port).
   *
   * @throws IOException if the address cannot be bound
   * @throws IllegalArgumentException if {@code threads} or {@code maxBytes} is below 1
   */
  static IsnadServer start(String host, int port, int threads, long maxBytes, Isnad isnad,
      EntityExtractor extractor) throws IOException {
    Objects.requireNonNull(isnad, "isnad");
    if (threads < 1 || maxBytes < 1) {
      throw new IllegalArgumentException("threads and max bytes must be at least 1");
    }
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(threads * QUEUE_PER_THREAD), r -> {
          Thread t = new Thread(r, "isnad-http-" + count.incrementAndGet());
          t.setDaemon(true);
          return t;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
    HttpServer http = HttpServer.create(new InetSocketAddress(host, port), BACKLOG);
    IsnadServer server = new IsnadServer(http, workers, isnad, extractor, maxBytes);
    http.setExecutor(workers);
    http.createContext("/", server::handle);
    http.start();
    return server;
  }

  /** The bound port. */
  int port() {
    return server.getAddress().getPort();
  }

  /** Stops accepting, lets running requests finish (up to two seconds), stops the workers. */
  @Override
  public void close() {
    server.stop(1);
    workers.shutdown();
    try {
      workers.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      switch (path) {
        case "/" -> {
          if (allowed(exchange, method, "GET")) {
            send(exchange, 200, HTML_TYPE, PASTE_PAGE);
          }
        }
        case "/health" -> {
          if (allowed(exchange, method, "GET")) {
            send(exchange, 200, JSON_TYPE, "{\"status\":\"ok\"}\n".getBytes(StandardCharsets.UTF_8));
          }
        }
        case "/analyze", "/quotes", "/entities", "/html" -> {
          if (allowed(exchange, method, "POST")) {
            document(exchange, path);
          }
        }
        default -> error(exchange, 404, "no such endpoint: " + path);
      }
    } catch (RuntimeException e) {
      // the exchange may be half written; the connection is closed by try-with-resources
      System.err.println("isnad serve: internal error: " + e);
    }
  }

  private void document(HttpExchange exchange, String path) throws IOException {
    RequestBody body;
    try {
      body = RequestBody.read(exchange, maxBytes);
    } catch (RequestBody.Rejected e) {
      error(exchange, e.status, e.getMessage());
      return;
    }
    byte[] answer;
    try {
      answer = path.equals("/html") ? html(body) : json(body, path);
    } catch (RuntimeException e) {
      error(exchange, 500, "internal error: " + e);
      return;
    }
    send(exchange, 200, path.equals("/html") ? HTML_TYPE : JSON_TYPE, answer);
  }

  private byte[] html(RequestBody body) {
    String name = body.id() == null ? "مقال" : body.id().asText();
    return ArticlePage.render(name, isnad.analyze(body.text())).getBytes(StandardCharsets.UTF_8);
  }

  private byte[] json(RequestBody body, String path) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.text().length() * 8 + 256);
    try (JsonGenerator json = DocumentCommand.generator(bytes)) {
      json.writeStartObject();
      if (body.json()) {
        json.writeFieldName("id");
        MAPPER.writeTree(json, body.id() == null ? MAPPER.nullNode() : body.id());
      } else {
        json.writeStringField("document", "-");
      }
      switch (path) {
        case "/analyze" -> analyzer.writeFields(body.text(), json);
        case "/quotes" -> IsnadJson.writeFields(json, AnalysisRecord.ofQuotes(null, isnad.analyze(body.text()).quotes()));
        default -> IsnadJson.writeFields(json, AnalysisRecord.ofEntities(null, extractor.extract(body.text())));
      }
      json.writeEndObject();
    }
    bytes.write('\n');
    return bytes.toByteArray();
  }

  private static boolean allowed(HttpExchange exchange, String method, String expected) throws IOException {
    if (method.equals(expected)) {
      return true;
    }
    exchange.getResponseHeaders().set("Allow", expected);
    error(exchange, 405, "use " + expected);
    return false;
  }

  private static void error(HttpExchange exchange, int status, String message) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator json = DocumentCommand.generator(bytes)) {
      json.writeStartObject();
      json.writeStringField("error", message.replace('\n', ' '));
      json.writeEndObject();
    }
    bytes.write('\n');
    send(exchange, status, JSON_TYPE, bytes.toByteArray());
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = IsnadServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/isnad/cli/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
