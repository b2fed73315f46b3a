package org.isnad.benchmarks;

import edu.stanford.nlp.international.arabic.process.ArabicSegmenter;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import org.isnad.core.Token;
import org.isnad.core.TokenType;
import org.isnad.core.Tokenizer;
import org.isnad.ner.CoreNlpCliticSegmenter;
import java.util.concurrent.TimeUnit;
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
 * The slow CoreNLP baselines over the whole corpus per operation, models loaded once per trial:
 * the Arabic clitic segmenter (CRF) and the Arabic pipeline {@code tokenize,ssplit,pos}; beside them
 * Isnad's {@link CoreNlpCliticSegmenter}, which runs the same CRF word by word and maps its
 * segments back to original offsets. An
 * operation takes seconds, so iterations are few (each iteration runs at least one operation).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 1, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class CoreNlpBenchmark {

  /** The shared segmenter model, loaded once per trial. */
  @State(Scope.Benchmark)
  public static class SegmenterModel {
    /** The loaded segmenter. */
    public ArabicSegmenter segmenter;

    /** Loads the segmenter model. */
    @Setup(Level.Trial)
    public void load() {
      segmenter = CoreNlpModels.segmenter();
    }
  }

  /** A per-thread segmenter sharing the trial's model ({@code newInstance}). */
  @State(Scope.Thread)
  public static class PerThreadSegmenter {
    /** This thread's segmenter. */
    public ArabicSegmenter segmenter;

    /** Derives this thread's segmenter from the shared model. */
    @Setup(Level.Trial)
    public void setUp(SegmenterModel model) {
      segmenter = (ArabicSegmenter) model.segmenter.newInstance();
    }
  }

  /** The shared pipeline, built once per trial (CoreNLP pipelines are thread-safe). */
  @State(Scope.Benchmark)
  public static class Pipeline {
    /** The loaded pipeline. */
    public StanfordCoreNLP pipeline;

    /** Loads the pipeline's models. */
    @Setup(Level.Trial)
    public void load() {
      pipeline = CoreNlpModels.pipeline();
    }
  }

  /** Isnad's CoreNLP-backed segmenter, its model loaded once per trial. */
  @State(Scope.Benchmark)
  public static class IsnadCoreNlpSegmenter {
    /** The segmenter. */
    public CoreNlpCliticSegmenter segmenter;

    /** Creates the segmenter and loads its model by segmenting one word. */
    @Setup(Level.Trial)
    public void load() {
      segmenter = new CoreNlpCliticSegmenter();
      segmenter.segment("\u0648\u0627\u0644\u0643\u062A\u0627\u0628");
    }
  }

  private static final Tokenizer TOKENIZER = new Tokenizer();

  /**
   * Isnad: tokenize, then segment every {@link TokenType#WORD} token with {@link
   * CoreNlpCliticSegmenter} (segments at original offsets). One corpus pass takes over a minute
   * (each word is segmented in a window of context words), so only one iteration is measured.
   */
  @Benchmark
  @Warmup(iterations = 0)
  public void isnadCoreNlpSegment(CorpusState c, IsnadCoreNlpSegmenter s, Blackhole bh) {
    for (String d : c.docs) {
      List<Token> tokens = TOKENIZER.tokenize(d);
      for (Token t : tokens) {
        if (t.type() == TokenType.WORD) {
          bh.consume(s.segmenter.segment(d, t.start(), t.end()));
        }
      }
    }
  }

  /** CoreNLP Arabic segmenter: segmented tokens with offsets for every document. */
  @Benchmark
  public void coreNlpSegmenter(CorpusState c, PerThreadSegmenter s, Blackhole bh) {
    for (String d : c.docs) {
      bh.consume(s.segmenter.segmentStringToTokenList(d));
    }
  }

  /** CoreNLP Arabic pipeline {@code tokenize,ssplit,pos} on every document. */
  @Benchmark
  public void coreNlpPipelinePos(CorpusState c, Pipeline p, Blackhole bh) {
    for (String d : c.docs) {
      Annotation a = new Annotation(d);
      p.pipeline.annotate(a);
      bh.consume(a);
    }
  }
}
