package org.isnad.benchmarks;

import java.util.concurrent.TimeUnit;
import org.isnad.claims.Isnad;
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
 * End-to-end analysis of the whole corpus per operation through the one entry point, {@link
 * Isnad#analyze(String)}: tokens, sentences, entities (model, rules, linking) and attributed
 * quotes. Models load at trial setup. The baseline for the suite's ratio is {@link
 * CoreNlpBenchmark#coreNlpPipelinePos} (CoreNLP's Arabic {@code tokenize,ssplit,pos}), which does
 * less.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 4)
@Measurement(iterations = 4, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@State(Scope.Benchmark)
public class AnalyzeBenchmark {

  /** A short sentence whose analysis loads every model. */
  static final String PROBE =
      "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064A\u0631 \u0625\u0646 \u0627\u0644\u0648\u0636\u0639 \u0635\u0639\u0628.";

  /** The analyser, shared by all threads (it is thread-safe). */
  static final Isnad ISNAD = Isnad.create();

  /** Loads the models by analysing {@link #PROBE}. */
  @Setup(Level.Trial)
  public void setUp() {
    ISNAD.analyze(PROBE);
  }

  /** Isnad: {@code Isnad.create().analyze(text)} on every document. */
  @Benchmark
  public void isnadAnalyze(CorpusState c, Blackhole bh) {
    for (String d : c.docs) {
      bh.consume(ISNAD.analyze(d));
    }
  }
}
