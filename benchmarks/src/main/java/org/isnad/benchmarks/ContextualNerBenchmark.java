package org.isnad.benchmarks;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.concurrent.TimeUnit;
import org.isnad.ner.NamedEntityRecognizer;
import org.isnad.ner.contextual.ContextualRecognizer;
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
 * The contextual recognizer of {@code isnad-ner-contextual} beside the default recognizer and
 * CoreNLP's Arabic {@code tokenize,ssplit,pos} pipeline, all on the same text in the same run: the
 * first {@value #DOCUMENTS} documents of {@link BenchCorpus} (the whole corpus would take minutes
 * per operation with the encoder; {@link Suite} computes this class's tokens/s from those documents).
 * Models are loaded at trial setup. Not part of the default suite: run with
 * {@code Suite --include ContextualNerBenchmark} (see {@code benchmarks/README.md}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 20)
@Measurement(iterations = 3, time = 20)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@State(Scope.Benchmark)
public class ContextualNerBenchmark {
  /** Documents of the corpus measured. */
  public static final int DOCUMENTS = 8;

  /** The measured documents. */
  public String[] docs;
  /** The contextual recognizer. */
  public NamedEntityRecognizer contextual;
  /** The default recognizer. */
  public NamedEntityRecognizer plain;
  /** CoreNLP's Arabic pipeline. */
  public StanfordCoreNLP pipeline;

  /** Loads the corpus subset and all three models, and runs the contextual one once. */
  @Setup(Level.Trial)
  public void setUp() {
    docs = BenchCorpus.load().first(DOCUMENTS).documents().toArray(new String[0]);
    contextual = ContextualRecognizer.getDefault();
    plain = NamedEntityRecognizer.getDefault();
    pipeline = CoreNlpModels.pipeline();
    contextual.recognize(docs[0]);
  }

  /** The contextual recognizer: {@code recognize(text)} on every document. */
  @Benchmark
  public void isnadContextualRecognize(Blackhole bh) {
    for (String d : docs) {
      bh.consume(contextual.recognize(d));
    }
  }

  /** The default recognizer on the same documents. */
  @Benchmark
  public void isnadRecognize(Blackhole bh) {
    for (String d : docs) {
      bh.consume(plain.recognize(d));
    }
  }

  /** CoreNLP {@code tokenize,ssplit,pos} on the same documents. */
  @Benchmark
  public void coreNlpPipelinePos(Blackhole bh) {
    for (String d : docs) {
      Annotation a = new Annotation(d);
      pipeline.annotate(a);
      bh.consume(a);
    }
  }
}
