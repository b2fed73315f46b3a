package org.isnad.benchmarks;

import java.util.concurrent.TimeUnit;
import org.isnad.ner.EntityExtractor;
import org.isnad.ner.NamedEntityRecognizer;
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
 * Entity recognition of the whole corpus per operation, from raw text: the statistical recognizer
 * alone (tokenize, split sentences, tag, chunk into mentions) and the full entity extractor, both
 * with the bundled model loaded at trial setup. CoreNLP ships no Arabic
 * NER model; the nearest statistical tagging baseline is {@link
 * CoreNlpBenchmark#coreNlpPipelinePos} (segmenter + POS tagger), measured in the same suite run.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 4)
@Measurement(iterations = 4, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@State(Scope.Benchmark)
public class NerBenchmark {

  /** The recognizer with the bundled model. */
  public NamedEntityRecognizer ner;

  /** The default entity extractor (model, gazetteer, rules, linking). */
  public EntityExtractor extractor;

  /** Loads the bundled model and the extractor's tables. */
  @Setup(Level.Trial)
  public void setUp() {
    ner = NamedEntityRecognizer.getDefault();
    extractor = EntityExtractor.getDefault();
    extractor.extract(AnalyzeBenchmark.PROBE);
  }

  /** Isnad: {@code recognize(text)} on every document. */
  @Benchmark
  public void isnadRecognize(CorpusState c, Blackhole bh) {
    for (String d : c.docs) {
      bh.consume(ner.recognize(d));
    }
  }

  /**
   * Isnad: {@code EntityExtractor.getDefault().extract(text)} on every document: mentions from the
   * model and the alias table, rule annotations (titles, dates, quantities), canonical entities.
   */
  @Benchmark
  public void isnadEntities(CorpusState c, Blackhole bh) {
    for (String d : c.docs) {
      bh.consume(extractor.extract(d));
    }
  }
}
