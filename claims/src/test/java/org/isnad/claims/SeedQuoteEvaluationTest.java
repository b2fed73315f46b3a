package org.isnad.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.isnad.core.Normalizer;
import org.isnad.core.SentenceSplitter;
import org.isnad.core.Token;
import org.isnad.core.Tokenizer;
import org.isnad.ner.EntityExtractor;
import org.isnad.ner.NamedEntityRecognizer;
import org.junit.jupiter.api.Test;

/**
 * Scores the extractor against the reference quotes of the seed articles
 * ({@code seeds/annotations/NAME.quotes.json}) with the matching rule of
 * {@code docs/attributed-quotes.md}: a predicted quote matches a reference quote when their content
 * spans overlap by at least half of the reference span; its speaker is right when the resolved
 * entity names the same source. Prints precision, recall and speaker accuracy per article and
 * overall, and asserts floors just below the measured figures.
 */
class SeedQuoteEvaluationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Isnad ISNAD = Isnad.create();

  record Ref(int start, int end, String source, String text, String kind) {}

  enum Entities { NONE, RECOGNIZER_MENTIONS, ENTITY_EXTRACTOR, ANALYSIS }

  @Test
  void precisionRecallAndSpeakerAccuracyOnSeeds() throws IOException {
    evaluate(Entities.NONE);
  }

  /** The same measure when the statistical recognizer's mentions are handed to the extractor. */
  @Test
  void withRecognizerMentions() throws IOException {
    evaluate(Entities.RECOGNIZER_MENTIONS);
  }

  /** The same measure with the linked entities of {@link EntityExtractor#getDefault()}. */
  @Test
  void withEntityExtractor() throws IOException {
    evaluate(Entities.ENTITY_EXTRACTOR);
  }

  /**
   * The same measure through {@link Isnad#analyze(String)}, whose speakers are bound to the
   * analysis' entities (one id scheme).
   */
  @Test
  void throughAnalyze() throws IOException {
    evaluate(Entities.ANALYSIS);
  }

  private void evaluate(Entities mode) throws IOException {
    boolean withRecognizer = mode != Entities.NONE;
    System.out.println("== entities: " + mode);
    Path seeds = Path.of(System.getProperty("isnad.seeds", "../seeds"));
    Path articles = seeds.resolve("articles");
    Path annotations = seeds.resolve("annotations");
    QuoteExtractor extractor = new QuoteExtractor();
    int tp = 0;
    int predicted = 0;
    int reference = 0;
    int speakerRight = 0;
    int kindRight = 0;
    List<Path> files;
    try (Stream<Path> s = Files.list(articles)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path article : files) {
      String name = article.getFileName().toString().replace(".txt", "");
      Path gold = annotations.resolve(name + ".quotes.json");
      if (!Files.exists(gold)) {
        continue;
      }
      String text = Files.readString(article, StandardCharsets.UTF_8);
      List<Ref> refs = new ArrayList<>();
      for (JsonNode q : JSON.readTree(gold.toFile()).get("quotes")) {
        JsonNode c = q.get("content");
        refs.add(new Ref(c.get("start").asInt(), c.get("end").asInt(), q.get("source").asText(), c.get("text").asText(),
            q.get("kind").asText()));
      }
      List<Quote> quotes;
      if (mode == Entities.RECOGNIZER_MENTIONS) {
        List<Token> tokens = new Tokenizer().tokenize(text);
        List<EntityView> views = EntityViews.fromMentions(NamedEntityRecognizer.getDefault().recognize(text));
        quotes = extractor.extract(text, tokens, new SentenceSplitter().sentences(text, tokens), views);
      } else if (mode == Entities.ANALYSIS) {
        quotes = ISNAD.analyze(text).quotes();
      } else if (mode == Entities.ENTITY_EXTRACTOR) {
        quotes = extractor.extract(text, NerEntityViews.of(EntityExtractor.getDefault().extract(text)));
      } else {
        quotes = QuoteExtractor.textOnly().extract(text);
      }
      int docTp = 0;
      int docSpeaker = 0;
      boolean[] used = new boolean[quotes.size()];
      for (Ref r : refs) {
        int best = -1;
        for (int i = 0; i < quotes.size(); i++) {
          Quote q = quotes.get(i);
          int overlap = Math.max(0, Math.min(q.content().end(), r.end) - Math.max(q.content().start(), r.start));
          if (!used[i] && 2 * overlap >= r.end - r.start && overlap > 0) {
            best = i;
            break;
          }
        }
        if (best < 0) {
          System.out.println("  MISSED " + name + " [" + r.source + "] " + r.text);
          continue;
        }
        used[best] = true;
        docTp++;
        if (quotes.get(best).kind().name().equals(r.kind)) {
          kindRight++;
        } else if (!withRecognizer) {
          System.out.println("  KIND " + name + " want " + r.kind + " got " + quotes.get(best));
        }
        if (speakerMatches(quotes.get(best), r.source)) {
          docSpeaker++;
        } else {
          System.out.println("  SPEAKER " + name + " want " + r.source + " got " + quotes.get(best));
        }
      }
      for (int i = 0; i < quotes.size(); i++) {
        if (!used[i]) {
          System.out.println("  SPURIOUS " + name + " " + quotes.get(i));
        }
      }
      System.out.printf("%s: precision %.3f recall %.3f speaker %.3f (%d predicted, %d reference, %d matched)%n",
          name, ratio(docTp, quotes.size()), ratio(docTp, refs.size()), ratio(docSpeaker, docTp),
          quotes.size(), refs.size(), docTp);
      tp += docTp;
      predicted += quotes.size();
      reference += refs.size();
      speakerRight += docSpeaker;
    }
    double p = ratio(tp, predicted);
    double r = ratio(tp, reference);
    double s = ratio(speakerRight, tp);
    System.out.printf("kind agreement on matched quotes: %.3f%n", ratio(kindRight, tp));
    System.out.printf("OVERALL: precision %.3f recall %.3f speaker %.3f (%d predicted, %d reference, %d matched)%n",
        p, r, s, predicted, reference, tp);
    if (reference > 0) {
      assertTrue(p >= PRECISION_FLOOR, "precision " + p);
      assertTrue(r >= RECALL_FLOOR, "recall " + r);
      assertTrue(s >= SPEAKER_FLOOR, "speaker accuracy " + s);
    }
  }

  private static final double PRECISION_FLOOR = 0.97;
  private static final double RECALL_FLOOR = 0.97;
  private static final double SPEAKER_FLOOR = 0.97;

  static boolean speakerMatches(Quote q, String source) {
    if (q.speakerEntity() == null) {
      return false;
    }
    String want = Normalizer.SEARCH.apply(source);
    String canonical = Normalizer.SEARCH.apply(q.speakerEntity().canonical());
    String mention = q.speaker() == null ? "" : Normalizer.SEARCH.apply(q.speaker().text());
    return !want.isEmpty() && (canonical.equals(want) || canonical.contains(want) || mention.contains(want));
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 1.0 : (double) a / b;
  }
}
