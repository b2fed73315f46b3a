package org.isnad.benchmarks;

import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.isnad.core.Normalizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Normalization of the whole corpus per operation: Isnad's {@link Normalizer#SEARCH} with its
 * offset map ({@code normalize}) and without ({@code apply}), beside Lucene's {@link
 * ArabicNormalizer}, which folds a {@code char[]} in place and is given a fresh copy of each
 * document every time (Isnad builds its output too).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class NormalizeBenchmark {

  private static final ArabicNormalizer LUCENE = new ArabicNormalizer();

  /** Isnad: normalized text with its exact map back to the original. */
  @Benchmark
  public void isnadNormalize(CorpusState c, Blackhole bh) {
    for (String d : c.docs) {
      bh.consume(Normalizer.SEARCH.normalize(d));
    }
  }

  /** Isnad: normalized string only, no offset map. */
  @Benchmark
  public void isnadApply(CorpusState c, Blackhole bh) {
    for (String d : c.docs) {
      bh.consume(Normalizer.SEARCH.apply(d));
    }
  }

  /** Lucene: {@code ArabicNormalizer.normalize(char[], int)} on a copy of each document. */
  @Benchmark
  public void luceneArabicNormalizer(CorpusState c, Blackhole bh) {
    for (String d : c.docs) {
      char[] buf = d.toCharArray();
      bh.consume(LUCENE.normalize(buf, buf.length));
      bh.consume(buf);
    }
  }
}
