package org.isnad.benchmarks;

import java.util.List;
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
 * Document-length scaling: the same text, about 1 MB of UTF-8 made by repeating the corpus ({@link
 * BenchCorpus#repeated(int) repeated(1 MB)}), cut into documents of at most {@link #bytes} UTF-8
 * bytes each (1 KB to 1 MB, {@link BenchCorpus#pieces(String, int)}); one operation processes every
 * document. Since the text is the same at every size, only the document length changes between the
 * sizes: the suite divides the time per operation by the text's length to report ns per char, and a
 * linear stage keeps that figure flat from 1 KB documents (about a thousand of them) to one 1 MB
 * document. (Taking the first 1 KB of the corpus as the 1 KB document instead would compare a
 * different, cheaper text with the whole.) Stages: normalize with map plus tokenize, and the whole
 * analysis end to end.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 4, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@State(Scope.Benchmark)
public class ScalingBenchmark {

  /** Size of the whole text, in UTF-8 bytes. */
  public static final int TEXT_BYTES = 1 << 20;

  private static final Tokenizer TOKENIZER = new Tokenizer();

  /** Largest document size in UTF-8 bytes. */
  @Param({"1024", "10240", "102400", "1048576"})
  public int bytes;

  /** The text cut into documents of at most {@link #bytes} bytes. */
  public List<String> documents;

  /** Builds the documents from the corpus and loads the models. */
  @Setup(Level.Trial)
  public void setUp() {
    documents = BenchCorpus.pieces(BenchCorpus.load().repeated(TEXT_BYTES), bytes);
    new AnalyzeBenchmark().setUp();
  }

  /** Isnad: normalize with offset map, then tokenize the normalized text, every document. */
  @Benchmark
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 3, time = 1)
  public void isnadNormalizeTokenize(Blackhole bh) {
    for (String d : documents) {
      NormalizedText n = Normalizer.SEARCH.normalize(d);
      bh.consume(TOKENIZER.tokenize(n.text()));
    }
  }

  /** Isnad: end to end, {@code Isnad.analyze(document)} for every document. */
  @Benchmark
  public void isnadAnalyze(Blackhole bh) {
    for (String d : documents) {
      bh.consume(AnalyzeBenchmark.ISNAD.analyze(d));
    }
  }
}
