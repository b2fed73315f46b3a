package org.isnad.claims;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import org.isnad.core.FastCliticSegmenter;
import org.isnad.core.Segment;
import org.isnad.core.Token;
import org.isnad.core.Tokenizer;
import org.isnad.ner.Conll;
import org.isnad.ner.ConllSentence;
import org.isnad.ner.EntityExtractor;
import org.isnad.ner.NamedEntityRecognizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One instance of each component shared by 8 threads, over the seed articles and 50 documents of
 * about 300 tokens reassembled from the ANERcorp training text, gives exactly the serial results;
 * and the default models load once even when the first calls race (in a fresh JVM).
 */
class SharedComponentsConcurrencyTest {
  private static final int THREADS = 8;
  private static final int ANER_DOCUMENTS = 50;
  private static final int TOKENS_PER_DOCUMENT = 300;
  private static final List<String> DOCUMENTS = new ArrayList<>();

  @BeforeAll
  static void documents() throws IOException {
    Path seeds = Path.of(System.getProperty("isnad.seeds", "../seeds"));
    try (Stream<Path> files = Files.list(seeds.resolve("articles"))) {
      for (Path p : files.sorted().toList()) {
        DOCUMENTS.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    Path conll = seeds.getParent().resolve("ner/data/anercorp/anercorp-train.conll");
    StringBuilder doc = new StringBuilder();
    int tokens = 0;
    for (ConllSentence s : Conll.read(conll)) {
      doc.append(doc.length() == 0 ? "" : " ").append(String.join(" ", s.tokens()));
      tokens += s.size();
      if (tokens >= TOKENS_PER_DOCUMENT) {
        DOCUMENTS.add(doc.toString());
        doc.setLength(0);
        tokens = 0;
        if (DOCUMENTS.size() == ANER_DOCUMENTS + 5) {
          break;
        }
      }
    }
    assertEquals(ANER_DOCUMENTS + 5, DOCUMENTS.size());
  }

  /** Runs {@code f} on every document serially, then from 8 threads at once, and compares. */
  private static <T> void sameInParallel(Function<String, T> f) throws Exception {
    List<T> serial = new ArrayList<>();
    for (String d : DOCUMENTS) {
      serial.add(f.apply(d));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<T>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t * 7;
        futures.add(pool.submit(() -> {
          start.await();
          List<T> out = new ArrayList<>(DOCUMENTS.size());
          for (int i = 0; i < DOCUMENTS.size(); i++) {
            out.add(null);
          }
          for (int k = 0; k < DOCUMENTS.size(); k++) {
            int i = (k + offset) % DOCUMENTS.size();
            out.set(i, f.apply(DOCUMENTS.get(i)));
          }
          return out;
        }));
      }
      start.countDown();
      for (Future<List<T>> future : futures) {
        assertEquals(serial, future.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void tokenizerAndSegmenter() throws Exception {
    Tokenizer tokenizer = new Tokenizer();
    FastCliticSegmenter segmenter = new FastCliticSegmenter();
    sameInParallel(tokenizer::tokenize);
    sameInParallel(text -> {
      List<List<Segment>> out = new ArrayList<>();
      for (Token t : tokenizer.tokenize(text)) {
        out.add(segmenter.segment(text, t.start(), t.end()));
      }
      return out;
    });
  }

  @Test
  void recognizerAndExtractor() throws Exception {
    sameInParallel(NamedEntityRecognizer.getDefault()::recognize);
    sameInParallel(EntityExtractor.getDefault()::extract);
  }

  @Test
  void quoteExtractorAndIsnad() throws Exception {
    sameInParallel(new QuoteExtractor()::extract);
    sameInParallel(QuoteExtractor.textOnly()::extract);
    sameInParallel(Isnad.create()::analyze);
  }

  @Test
  void defaultModelsLoadOnceWhenTheFirstCallsRace() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
        DefaultModelRace.class.getName())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    assertTrue(out.contains("threads=" + THREADS + " recognizers=1 extractors=1"), out);
  }
}
