package org.isnad.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.isnad.claims.Isnad;
import org.isnad.ner.NamedEntityRecognizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Model loading time, one load per operation ({@link Mode#SingleShotTime}): the CoreNLP Arabic
 * segmenter, the CoreNLP Arabic {@code tokenize,ssplit,pos} pipeline (segmenter and tagger), and
 * Isnad's bundled entity model. The first (warmup) load also pays class loading and any shared
 * lexicons; the measured loads read models the OS has cached. The {@code ...ColdStart} benchmarks
 * measure exactly one first use in a fresh JVM (no warmup): class loading, shared lexicons and
 * model together.
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

  /** Loads Isnad's bundled entity model ({@link NamedEntityRecognizer#MODEL_RESOURCE}). */
  @Benchmark
  public Object isnadNerLoad() throws IOException {
    try (InputStream in =
        NamedEntityRecognizer.class.getResourceAsStream(NamedEntityRecognizer.MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(NamedEntityRecognizer.MODEL_RESOURCE + " missing");
      }
      return NamedEntityRecognizer.load(in);
    }
  }

  /** First use of Isnad's default recognizer in a fresh JVM (class loading, lexicons, model). */
  @Benchmark
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public Object isnadNerColdStart() {
    return NamedEntityRecognizer.getDefault();
  }

  /** First build of the CoreNLP Arabic pipeline in a fresh JVM (class loading and models). */
  @Benchmark
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public Object coreNlpPipelineColdStart() {
    return CoreNlpModels.pipeline();
  }

  /**
   * Time to the first result in a fresh JVM: {@code Isnad.create()} and the analysis of one short
   * sentence (class loading, every model and table, first interpretation of the code).
   */
  @Benchmark
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public Object isnadAnalyzeColdStart() {
    return Isnad.create().analyze(AnalyzeBenchmark.PROBE);
  }
}
