package org.isnad.benchmarks;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.isnad.claims.QuoteExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Quote extraction over the whole corpus per operation, from raw text: Isnad's {@link
 * QuoteExtractor#extract(String)} (tokenize, sentences, entities, cues, speakers, contents) and its
 * text-only variant beside CoreNLP's
 * {@code quote} annotator after {@code tokenize,ssplit}. CoreNLP's quote attribution is
 * English-only, so the baseline runs with {@code quote.attributeQuotes=false} and its default
 * (PTB) tokenizer, the Arabic tokenize annotator being the CRF segmenter: it only pairs quotation
 * marks, a much smaller job than Isnad's, so the ratio is a lower bound on Isnad's relative cost.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 4)
@Measurement(iterations = 4, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class QuoteBenchmark {

  private static final QuoteExtractor ISNAD = new QuoteExtractor();
  private static final QuoteExtractor ISNAD_TEXT_ONLY = QuoteExtractor.textOnly();

  /** Loads the entity model the default extractor uses. */
  @State(Scope.Benchmark)
  public static class Models {
    /** Runs one extraction so that the entity model and lexicons are loaded. */
    @Setup(Level.Trial)
    public void load() {
      ISNAD.extract("\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064A\u0631 \u0625\u0646 \u0627\u0644\u0648\u0636\u0639 \u0635\u0639\u0628.");
    }
  }

  /** The CoreNLP {@code tokenize,ssplit,quote} pipeline, built once per trial and shared. */
  @State(Scope.Benchmark)
  public static class QuotePipeline {
    /** The pipeline. */
    public StanfordCoreNLP pipeline;

    /** Builds the pipeline. */
    @Setup(Level.Trial)
    public void load() {
      Properties p = new Properties();
      p.setProperty("annotators", "tokenize,ssplit,quote");
      p.setProperty("tokenize.language", "en");
      p.setProperty("ssplit.boundaryTokenRegex", SentenceBenchmark.ARABIC_BOUNDARY_REGEX);
      p.setProperty("quote.attributeQuotes", "false");
      StanfordCoreNLP.clearAnnotatorPool();
      pipeline = new StanfordCoreNLP(p);
    }
  }

  /**
   * Isnad: attributed quotes of every document with {@code new QuoteExtractor().extract(text)},
   * which also runs the default entity extractor for speaker names.
   */
  @Benchmark
  public void isnadQuotes(CorpusState c, Models m, Blackhole bh) {
    for (String d : c.docs) {
      bh.consume(ISNAD.extract(d));
    }
  }

  /** Isnad: {@code QuoteExtractor.textOnly().extract(text)}, the text alone, no entity model. */
  @Benchmark
  public void isnadQuotesTextOnly(CorpusState c, Blackhole bh) {
    for (String d : c.docs) {
      bh.consume(ISNAD_TEXT_ONLY.extract(d));
    }
  }

  /**
   * CoreNLP: {@code tokenize,ssplit,quote} (quotation-mark pairing, no attribution). Its code is
   * small and compiled within seconds, so it runs the short warmup of the fast benchmarks.
   */
  @Benchmark
  @Warmup(iterations = 2, time = 1)
  @Measurement(iterations = 3, time = 1)
  public void coreNlpQuoteAnnotator(CorpusState c, QuotePipeline p, Blackhole bh) {
    for (String d : c.docs) {
      Annotation a = new Annotation(d);
      p.pipeline.annotate(a);
      bh.consume(a);
    }
  }
}
