package org.isnad.benchmarks;

import edu.stanford.nlp.international.arabic.process.ArabicTokenizer;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.TokenizerFactory;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import java.io.StringReader;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.isnad.core.SentenceSplitter;
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
 * Tokenization plus sentence splitting of the whole corpus per operation: Isnad's {@link
 * SentenceSplitter#sentences(String)} (tokenize, then split) beside CoreNLP's rule-based {@link
 * ArabicTokenizer} followed by its {@link WordToSentenceProcessor} with the boundary regex of
 * {@code StanfordCoreNLP-arabic.properties} (the pipeline's {@code tokenize,ssplit} without the
 * segmenter's CRF).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class SentenceBenchmark {

  /** {@code ssplit.boundaryTokenRegex} of {@code StanfordCoreNLP-arabic.properties}. */
  public static final String ARABIC_BOUNDARY_REGEX = "[.]|[!?]+|[!\u061F]+";

  private static final SentenceSplitter ISNAD = new SentenceSplitter();

  /** CoreNLP objects, one set per thread. */
  @State(Scope.Thread)
  public static class PerThread {
    /** CoreNLP's Arabic tokenizer factory. */
    public TokenizerFactory<CoreLabel> tokenizer;
    /** CoreNLP's sentence splitter. */
    public WordToSentenceProcessor<CoreLabel> splitter;

    /** Builds the CoreNLP tokenizer and splitter. */
    @Setup(Level.Trial)
    public void setUp() {
      tokenizer = ArabicTokenizer.factory();
      splitter = new WordToSentenceProcessor<>(ARABIC_BOUNDARY_REGEX,
          WordToSentenceProcessor.NewlineIsSentenceBreak.NEVER, false);
    }
  }

  /** Isnad: tokens, then sentence spans (paragraphs, quotations and abbreviations respected). */
  @Benchmark
  public void isnadSentences(CorpusState c, Blackhole bh) {
    for (String d : c.docs) {
      bh.consume(ISNAD.sentences(d));
    }
  }

  /** CoreNLP: Arabic tokenizer, then {@link WordToSentenceProcessor}. */
  @Benchmark
  public void coreNlpTokenizeSsplit(CorpusState c, PerThread t, Blackhole bh) {
    for (String d : c.docs) {
      List<CoreLabel> tokens = t.tokenizer.getTokenizer(new StringReader(d)).tokenize();
      bh.consume(t.splitter.process(tokens));
    }
  }
}
