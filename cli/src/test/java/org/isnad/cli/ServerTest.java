package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.isnad.claims.Isnad;
import org.isnad.ner.EntityExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerTest {
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static IsnadServer server;

  @TempDir Path tmp;

  @BeforeAll
  static void start() throws IOException {
    server = IsnadServer.start("127.0.0.1", 0, 2, 100_000, Isnad.create(), EntityExtractor.getDefault());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static HttpResponse<String> post(String path, String type, byte[] body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (type != null) {
      b.header("Content-Type", type);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** The CLI's object for one file, with its document name replaced as the server writes it. */
  static JsonNode cli(String command, Path file) throws IOException {
    CliTest.Run r = CliTest.run(command, file.toString());
    assertEquals(0, r.code(), r.err());
    ObjectNode node = (ObjectNode) r.out().get(0);
    node.put("document", "-");
    return node;
  }

  @Test
  void everyEndpointAnswersWhatItsCommandPrints() throws Exception {
    Path seed = BrowserTest.seeds().get(1);
    byte[] text = Files.readAllBytes(seed);
    for (String command : List.of("analyze", "quotes", "entities")) {
      HttpResponse<String> r = post("/" + command, "text/plain; charset=utf-8", text);
      assertEquals(200, r.statusCode(), r.body());
      assertEquals("application/json; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
      assertEquals(cli(command, seed), CliTest.MAPPER.readTree(r.body()), command);
      assertEquals(1, r.body().strip().lines().count(), "one line");
    }
    ObjectNode request = CliTest.MAPPER.createObjectNode().put("id", "doc-7").put("text", Files.readString(seed));
    HttpResponse<String> r = post("/analyze", "application/json", CliTest.MAPPER.writeValueAsBytes(request));
    ObjectNode expected = (ObjectNode) cli("analyze", seed);
    expected.remove("document");
    ObjectNode answer = (ObjectNode) CliTest.MAPPER.readTree(r.body());
    assertEquals("doc-7", answer.remove("id").asText());
    assertEquals(expected, answer);
  }

  @Test
  void healthPageAndHtml() throws Exception {
    assertEquals("{\"status\":\"ok\"}", get("/health").body().strip());
    HttpResponse<String> page = get("/");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<html lang=\"ar\" dir=\"rtl\">"));
    assertFalse(page.body().contains("http://") || page.body().contains("https://"), "no network");
    HttpResponse<String> view = post("/html", "text/plain; charset=utf-8",
        "وقال ديلون: “نشهد تراكم دفاعات داعش”.".getBytes(StandardCharsets.UTF_8));
    assertEquals("text/html; charset=utf-8", view.headers().firstValue("Content-Type").orElse(""));
    assertTrue(view.body().contains("data-kind=\"quote\""), view.body());
  }

  @Test
  void badRequestsGetOneLineJsonErrorsAndTheServerKeepsServing() throws Exception {
    record Bad(String path, String type, byte[] body, int status, String error) {}
    byte[] big = new byte[100_001];
    java.util.Arrays.fill(big, (byte) 'a');
    List<Bad> bad = List.of(
        new Bad("/analyze", "text/plain; charset=utf-8", new byte[] {'a', (byte) 0xC3, '(', 'b'}, 400, "invalid UTF-8 at byte offset 1"),
        new Bad("/analyze", "text/plain", new byte[0], 400, "empty body"),
        new Bad("/quotes", "application/json", "{\"id\":1,\"text\":".getBytes(StandardCharsets.UTF_8), 400, "not valid JSON"),
        new Bad("/quotes", "application/json", "[1,2]".getBytes(StandardCharsets.UTF_8), 400, "not a JSON object"),
        new Bad("/entities", "application/json", "{\"id\":1,\"text\":5}".getBytes(StandardCharsets.UTF_8), 400, "no string field"),
        new Bad("/analyze", "text/plain", big, 413, "over the limit of 100000"),
        new Bad("/analyze", "text/plain; charset=iso-8859-1", "x".getBytes(StandardCharsets.UTF_8), 415, "unsupported charset"),
        new Bad("/analyze", "image/png", "x".getBytes(StandardCharsets.UTF_8), 415, "unsupported content type"),
        new Bad("/nowhere", "text/plain", "x".getBytes(StandardCharsets.UTF_8), 404, "no such endpoint"));
    for (Bad b : bad) {
      HttpResponse<String> r = post(b.path(), b.type(), b.body());
      assertEquals(b.status(), r.statusCode(), r.body());
      assertEquals(1, r.body().strip().lines().count(), r.body());
      assertTrue(CliTest.MAPPER.readTree(r.body()).get("error").asText().contains(b.error()), r.body());
      assertEquals(200, get("/health").statusCode(), "still serving after " + b.error());
    }
    assertEquals(405, get("/analyze").statusCode());
    HttpResponse<String> nul = post("/quotes", "text/plain", "قال\u0000 ديلون: “نص”".getBytes(StandardCharsets.UTF_8));
    assertEquals(200, nul.statusCode(), "control characters are text, not an error");
    HttpResponse<String> emptyText = post("/quotes", "application/json", "{\"id\":null,\"text\":\"\"}".getBytes(StandardCharsets.UTF_8));
    assertEquals("{\"id\":null,\"format\":\"isnad/1\",\"quotes\":[]}", emptyText.body().strip());
  }

  @Test
  void sigtermStopsTheServerCleanly() throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--port", "0"));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.resolve("log").toFile()).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!Files.readString(tmp.resolve("log")).contains("serving on")) {
        assertTrue(p.isAlive() && System.nanoTime() < deadline, Files.readString(tmp.resolve("log")));
        Thread.sleep(50);
      }
      p.destroy(); // SIGTERM
      assertTrue(p.waitFor(30, TimeUnit.SECONDS), "stopped within 30 s");
      assertTrue(Files.readString(tmp.resolve("log")).contains("isnad: stopped"), Files.readString(tmp.resolve("log")));
      assertEquals(143, p.exitValue(), "exit status of a process ended by SIGTERM");
    } finally {
      p.destroyForcibly();
    }
  }
}
