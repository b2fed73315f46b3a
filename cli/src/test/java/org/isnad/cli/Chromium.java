package org.isnad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium driven over the DevTools protocol (a WebSocket from the JDK's HTTP client; no
 * driver, no extra library): load a page, run JavaScript in it, take a screenshot. Debian's
 * {@code chromium} package provides the browser; {@code ISNAD_CHROMIUM} names another binary.
 */
final class Chromium implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Duration STARTUP = Duration.ofSeconds(60);
  private static final long CALL_SECONDS = 60;
  static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
      "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
      "--window-size=1400,1000", "--remote-debugging-port=0", "--remote-allow-origins=*");

  private final Process process;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

  private Chromium(Process process, WebSocket socket) {
    this.process = process;
    this.socket = socket;
  }

  /** The browser binary: {@code $ISNAD_CHROMIUM}, else chromium or Chrome on the PATH. */
  static Optional<Path> executable() {
    String named = System.getenv("ISNAD_CHROMIUM");
    if (named != null && !named.isBlank()) {
      return Optional.of(Path.of(named)).filter(Files::isExecutable);
    }
    String path = System.getenv().getOrDefault("PATH", "");
    for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
      for (String dir : path.split(File.pathSeparator)) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The browser, or the test skipped with a message saying so; it fails instead when the
   * environment variable {@code ISNAD_REQUIRE_CHROMIUM} is set (as CI does).
   */
  static Path requireExecutable() {
    Optional<Path> found = executable();
    if (found.isEmpty()) {
      String message = "BROWSER TESTS SKIPPED: no chromium on the PATH (Debian: apt-get install chromium;"
          + " or set ISNAD_CHROMIUM to a Chromium/Chrome binary)";
      System.err.println(message);
      if (System.getenv("ISNAD_REQUIRE_CHROMIUM") != null) {
        throw new AssertionError(message + " and ISNAD_REQUIRE_CHROMIUM is set");
      }
      Assumptions.abort(message);
    }
    return found.get();
  }

  /** Starts a browser with a fresh profile under {@code workDir}. */
  static Chromium launch(Path binary, Path workDir) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(workDir, "chromium-profile");
    List<String> command = new java.util.ArrayList<>();
    command.add(binary.toString());
    command.addAll(FLAGS);
    command.add("--user-data-dir=" + profile);
    command.add("about:blank");
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(workDir.resolve("chromium.log").toFile()).start();
    Path portFile = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new IOException("chromium did not start; see " + workDir.resolve("chromium.log"));
      }
      Thread.sleep(50);
    }
    int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
    HttpClient http = HttpClient.newHttpClient();
    String pageSocket = null;
    while (pageSocket == null) {
      HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
          HttpResponse.BodyHandlers.ofString());
      for (JsonNode target : MAPPER.readTree(list.body())) {
        if ("page".equals(target.path("type").asText())) {
          pageSocket = target.path("webSocketDebuggerUrl").asText();
        }
      }
      if (pageSocket == null) {
        if (System.nanoTime() > deadline) {
          process.destroyForcibly();
          throw new IOException("chromium has no page target");
        }
        Thread.sleep(50);
      }
    }
    Chromium[] self = new Chromium[1];
    WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new WebSocket.Listener() {
      private final StringBuilder frame = new StringBuilder();

      @Override
      public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        frame.append(data);
        if (last) {
          String message = frame.toString();
          frame.setLength(0);
          self[0].receive(message);
        }
        ws.request(1);
        return null;
      }
    }).join();
    self[0] = new Chromium(process, socket);
    return self[0];
  }

  private void receive(String message) {
    try {
      JsonNode node = MAPPER.readTree(message);
      if (node.has("id")) {
        CompletableFuture<JsonNode> f = pending.remove(node.get("id").asInt());
        if (f != null) {
          if (node.has("error")) {
            f.completeExceptionally(new IOException("DevTools error: " + node.get("error")));
          } else {
            f.complete(node.get("result"));
          }
        }
      }
    } catch (IOException e) {
      pending.values().forEach(f -> f.completeExceptionally(e));
    }
  }

  /** Sends one DevTools command and waits for its result. */
  JsonNode call(String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> result = new CompletableFuture<>();
    pending.put(id, result);
    ObjectNode message = MAPPER.createObjectNode().put("id", id).put("method", method);
    message.set("params", params == null ? MAPPER.createObjectNode() : params);
    socket.sendText(MAPPER.writeValueAsString(message), true).join();
    return result.get(CALL_SECONDS, TimeUnit.SECONDS);
  }

  /** Loads {@code url} and waits until the document has loaded. */
  void load(String url) throws Exception {
    call("Page.navigate", MAPPER.createObjectNode().put("url", url));
    waitFor("decodeURI(location.href) === decodeURI(" + MAPPER.writeValueAsString(url) + ")"
        + " && document.readyState === 'complete'");
  }

  /** Polls {@code condition} (a JavaScript expression) until it is true; fails after a minute. */
  void waitFor(String condition) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CALL_SECONDS);
    while (!evaluate("!!(" + condition + ")").asBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + condition);
      }
      Thread.sleep(50);
    }
  }

  /** The value of a JavaScript expression (returned by value; use JSON.stringify for objects). */
  JsonNode evaluate(String expression) throws Exception {
    JsonNode r = call("Runtime.evaluate", MAPPER.createObjectNode().put("expression", expression)
        .put("returnByValue", true).put("awaitPromise", true));
    if (r.has("exceptionDetails")) {
      throw new AssertionError("JavaScript failed: " + r.get("exceptionDetails"));
    }
    return r.path("result").path("value");
  }

  /** A PNG of the whole page (up to 8,000 CSS pixels high) written to {@code file}. */
  void screenshot(Path file) throws Exception {
    evaluate("window.scrollTo(0, 0); document.fonts.ready.then(function () { return true; })");
    JsonNode metrics = call("Page.getLayoutMetrics", null);
    JsonNode size = metrics.path("cssContentSize");
    ObjectNode params = MAPPER.createObjectNode().put("format", "png");
    double height = size.path("height").asDouble(0);
    if (height > metrics.path("cssLayoutViewport").path("clientHeight").asDouble(0)) {
      // a page taller than the window: capture all of it (a short one is captured as shown,
      // which also avoids a shifted capture of short right-to-left pages with a clip)
      ObjectNode clip = MAPPER.createObjectNode().put("x", size.path("x").asDouble(0)).put("y", size.path("y").asDouble(0))
          .put("width", size.path("width").asDouble(1400)).put("height", Math.min(8000, height)).put("scale", 1);
      params.put("captureBeyondViewport", true).set("clip", clip);
    }
    JsonNode shot = call("Page.captureScreenshot", params);
    Files.createDirectories(file.getParent());
    Files.write(file, Base64.getDecoder().decode(shot.get("data").asText()));
  }

  @Override
  public void close() throws InterruptedException {
    socket.abort();
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
