package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.isnad.claims.Isnad;
import org.isnad.ner.EntityExtractor;
import org.junit.jupiter.api.Test;

/**
 * {@code isnad serve} under load on loopback, bounded in count and time: 8 concurrent clients send
 * 400 {@code POST /analyze} requests over the seed articles, with a bad request (invalid UTF-8,
 * empty body, malformed JSON, oversized body) after every fourth good one (96 in all). Every good answer must equal what
 * {@code isnad analyze} prints for that article, every bad one its error; prints latency
 * percentiles and requests per second beside the same analyses run in process on as many threads
 * (a report, not an assertion; a short in-process warm-up comes first).
 */
class ServerLoadTest {
  static final int CLIENTS = 8;
  static final int GOOD = 400;
  static final int BAD_EVERY = 5;
  static final long MAX_BYTES = 64 * 1024;

  record Outcome(boolean good, long nanos, String problem) {}

  @Test
  void eightClientsFourHundredRequestsAllAnswersEqualIsnadAnalyze() throws Exception {
    List<Path> seeds = BrowserTest.seeds();
    List<byte[]> bodies = new ArrayList<>();
    List<JsonNode> expected = new ArrayList<>();
    for (Path seed : seeds) {
      bodies.add(Files.readAllBytes(seed));
      expected.add(ServerTest.cli("analyze", seed));
    }
    byte[] oversized = new byte[(int) MAX_BYTES + 1];
    java.util.Arrays.fill(oversized, (byte) ' ');
    record Bad(String type, byte[] body, int status) {}
    List<Bad> bad = List.of(new Bad("text/plain; charset=utf-8", new byte[] {(byte) 0xD8, 'x'}, 400),
        new Bad("text/plain; charset=utf-8", new byte[0], 400),
        new Bad("application/json", "{\"text\":".getBytes(StandardCharsets.UTF_8), 400),
        new Bad("text/plain; charset=utf-8", oversized, 413));
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    try (IsnadServer server = IsnadServer.start("127.0.0.1", 0, threads, MAX_BYTES, Isnad.create(),
        EntityExtractor.getDefault())) {
      URI analyze = URI.create("http://127.0.0.1:" + server.port() + "/analyze");
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      inProcessRate(bodies, threads, GOOD / 4); // JIT warm-up for both measurements
      double inProcess = inProcessRate(bodies, threads, GOOD);
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      List<Future<List<Outcome>>> results = new ArrayList<>();
      long start = System.nanoTime();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        results.add(clients.submit(() -> {
          List<Outcome> out = new ArrayList<>();
          int perClient = GOOD / CLIENTS;
          for (int i = 0, sent = 0; sent < perClient; i++) {
            if (i % BAD_EVERY == BAD_EVERY - 1) {
              Bad b = bad.get((client + i) % bad.size());
              HttpResponse<String> r = http.send(HttpRequest.newBuilder(analyze).header("Content-Type", b.type())
                  .POST(HttpRequest.BodyPublishers.ofByteArray(b.body())).build(), HttpResponse.BodyHandlers.ofString());
              boolean ok = r.statusCode() == b.status() && r.body().startsWith("{\"error\":");
              out.add(new Outcome(false, 0, ok ? null : "bad request answered " + r.statusCode() + " " + r.body()));
              continue;
            }
            int article = (client * perClient + sent) % bodies.size();
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(analyze)
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(article))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long t = System.nanoTime() - t0;
            String problem = r.statusCode() != 200 ? "status " + r.statusCode() + " " + r.body()
                : CliTest.MAPPER.readTree(r.body()).equals(expected.get(article)) ? null
                : "answer differs from isnad analyze for " + seeds.get(article).getFileName();
            out.add(new Outcome(true, t, problem));
            sent++;
          }
          return out;
        }));
      }
      clients.shutdown();
      assertTrue(clients.awaitTermination(5, TimeUnit.MINUTES), "load test bounded: 5 minutes");
      double seconds = (System.nanoTime() - start) / 1e9;
      List<Long> latencies = new ArrayList<>();
      int badSent = 0;
      List<String> problems = new ArrayList<>();
      for (Future<List<Outcome>> f : results) {
        for (Outcome o : f.get()) {
          if (o.good()) {
            latencies.add(o.nanos());
          } else {
            badSent++;
          }
          if (o.problem() != null) {
            problems.add(o.problem());
          }
        }
      }
      assertEquals(List.of(), problems.subList(0, Math.min(5, problems.size())), problems.size() + " problems");
      assertEquals(GOOD, latencies.size());
      Collections.sort(latencies);
      System.out.printf(Locale.ROOT, "serve load: %d clients, %d good + %d bad requests, %d server threads,"
          + " %.2f s, %.1f good requests/s; latency ms p50 %.1f p90 %.1f p99 %.1f max %.1f%n",
          CLIENTS, GOOD, badSent, threads, seconds, GOOD / seconds, ms(latencies, 0.50), ms(latencies, 0.90),
          ms(latencies, 0.99), latencies.get(latencies.size() - 1) / 1e6);
      System.out.printf(Locale.ROOT, "serve load: baseline in the same run, the same %d analyses + JSON in process"
          + " on %d threads: %.1f documents/s; server = %.2fx of it%n", GOOD, threads, inProcess, GOOD / seconds / inProcess);
    }
  }

  /** Documents per second of the analysis and JSON alone (no HTTP), same documents, same threads. */
  private static double inProcessRate(List<byte[]> bodies, int threads, int count) throws Exception {
    DocumentAnalyzer analyzer = Pipeline.fields();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Integer>> done = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      String text = new String(bodies.get(i % bodies.size()), StandardCharsets.UTF_8);
      done.add(pool.submit(() -> {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (var json = DocumentCommand.generator(out)) {
          json.writeStartObject();
          analyzer.writeFields(text, json);
          json.writeEndObject();
        }
        return out.size();
      }));
    }
    for (Future<Integer> f : done) {
      assertTrue(f.get() > 0);
    }
    pool.shutdown();
    return count / ((System.nanoTime() - start) / 1e9);
  }

  private static double ms(List<Long> sorted, double q) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
  }
}
