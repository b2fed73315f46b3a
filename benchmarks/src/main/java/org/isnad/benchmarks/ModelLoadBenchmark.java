package org.isnad.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Model loading time, one load per operation ({@link Mode#SingleShotTime}): the CoreNLP Arabic
 * segmenter, and the CoreNLP Arabic {@code tokenize,ssplit,pos} pipeline (segmenter and tagger).
 * The first (warmup) load also pays class loading; the measured loads read models the OS has
 * cached.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class ModelLoadBenchmark {

  /** Loads the CoreNLP Arabic segmenter model. */
  @Benchmark
  public Object coreNlpSegmenterLoad() {
    return CoreNlpModels.segmenter();
  }

  /** Builds the CoreNLP Arabic pipeline (tokenize with segmenter, ssplit, pos tagger). */
  @Benchmark
  public Object coreNlpPipelineLoad() {
    return CoreNlpModels.pipeline();
  }
}
