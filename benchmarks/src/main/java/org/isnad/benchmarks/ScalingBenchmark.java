package org.isnad.benchmarks;

import java.util.concurrent.TimeUnit;
import org.isnad.core.NormalizedText;
import org.isnad.core.Normalizer;
import org.isnad.core.Tokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Document-length scaling: one document of {@link #bytes} UTF-8 bytes (1 KB to 1 MB) made by
 * repeating the corpus ({@link BenchCorpus#repeated(int)}), processed once per operation. The
 * suite divides the time per operation by the document's length to report ns per char; linear
 * stages keep that figure flat across sizes. Stages: normalize with map plus tokenize, and the
 * whole analysis end to end.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@State(Scope.Benchmark)
public class ScalingBenchmark {

  private static final Tokenizer TOKENIZER = new Tokenizer();

  /** Document size in UTF-8 bytes. */
  @Param({"1024", "10240", "102400", "1048576"})
  public int bytes;

  /** The document. */
  public String text;

  /** Builds the document from the corpus. */
  @Setup(Level.Trial)
  public void setUp() {
    text = BenchCorpus.load().repeated(bytes);
    new AnalyzeBenchmark().setUp();
  }

  /** Isnad: normalize with offset map, then tokenize the normalized text into tokens. */
  @Benchmark
  public void isnadNormalizeTokenize(Blackhole bh) {
    NormalizedText n = Normalizer.SEARCH.normalize(text);
    bh.consume(TOKENIZER.tokenize(n.text()));
  }

  /** Isnad: end to end, {@code Isnad.analyze(text)}. */
  @Benchmark
  public void isnadAnalyze(Blackhole bh) {
    bh.consume(AnalyzeBenchmark.ISNAD.analyze(text));
  }
}
