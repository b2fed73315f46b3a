package org.isnad.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.isnad.core.FastCliticSegmenter;
import org.isnad.core.Token;
import org.isnad.core.TokenType;
import org.isnad.core.Tokenizer;
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
 * Clitic segmentation of the whole corpus per operation, from raw text: Isnad tokenizes each
 * document and segments every Arabic word with {@link FastCliticSegmenter} (lexicon loaded at trial
 * setup). Its baseline is {@link CoreNlpBenchmark#coreNlpSegmenter}, CoreNLP's CRF segmenter on
 * the same raw documents, in the same suite run.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@State(Scope.Benchmark)
public class SegmentBenchmark {

  private static final Tokenizer TOKENIZER = new Tokenizer();

  /** The fast segmenter, its lexicon loaded at setup. */
  public FastCliticSegmenter fast;

  /** Loads the segmenter's lexicon. */
  @Setup(Level.Trial)
  public void setUp() {
    FastCliticSegmenter.preload();
    fast = new FastCliticSegmenter();
  }

  /** Isnad: tokenize, then segment every {@link TokenType#WORD} token. */
  @Benchmark
  public void isnadFastSegment(CorpusState c, Blackhole bh) {
    for (String d : c.docs) {
      List<Token> tokens = TOKENIZER.tokenize(d);
      for (Token t : tokens) {
        if (t.type() == TokenType.WORD) {
          bh.consume(fast.segment(d, t.start(), t.end()));
        }
      }
    }
  }
}
