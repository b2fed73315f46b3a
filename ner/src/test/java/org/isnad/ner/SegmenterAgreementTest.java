package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.isnad.core.FastCliticSegmenter;
import org.junit.jupiter.api.Test;

/**
 * Measures how often {@link FastCliticSegmenter} agrees with {@link CoreNlpCliticSegmenter} on the
 * Arabic words of the seed articles (agreement as defined in {@link SegmenterAgreement}: same
 * split points, the article split ignored), prints the rate and the commonest disagreements, and
 * guards against regressions with a floor a little under the measured rate.
 */
class SegmenterAgreementTest {

  /** Measured 98.88% (1946/1968 words) on 2026-11-21; the floor sits a bit below. */
  private static final double FLOOR = 0.97;

  @Test
  void fastSegmenterAgreesWithCoreNlpOnTheSeedArticles() throws Exception {
    Path dir = Path.of(System.getProperty("isnad.seeds"), "articles");
    SegmenterAgreement agreement =
        new SegmenterAgreement(new FastCliticSegmenter(), new CoreNlpCliticSegmenter());
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        agreement.add(Files.readString(f));
      }
    }
    System.out.printf("Seed articles: fast vs CoreNLP agreement %d/%d = %.2f%%%n",
        agreement.agreed(), agreement.tokens(), 100 * agreement.rate());
    List<String> top = agreement.topDisagreements(30);
    top.forEach(line -> System.out.println("  " + line));
    assertTrue(agreement.tokens() > 1000, "Arabic words in the seed articles");
    assertTrue(agreement.rate() >= FLOOR,
        "agreement " + agreement.rate() + " fell below " + FLOOR + "; disagreements: " + top);
  }
}
