package org.isnad.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One shared extractor used from several threads gives the same quotes as one thread. */
class ConcurrencyTest {

  @Test
  void sharedExtractorIsThreadSafe() throws Exception {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of(System.getProperty("isnad.seeds", "../seeds"), "articles"))) {
      for (Path p : s.sorted().toList()) {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    QuoteExtractor shared = new QuoteExtractor();
    List<List<Quote>> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(shared.extract(t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Quote>>> futures = new ArrayList<>();
      for (int round = 0; round < 8; round++) {
        for (String t : texts) {
          futures.add(pool.submit(() -> shared.extract(t)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(expected.get(i % texts.size()), futures.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
