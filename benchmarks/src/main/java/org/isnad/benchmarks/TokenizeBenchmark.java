package org.isnad.benchmarks;

import edu.stanford.nlp.international.arabic.process.ArabicTokenizer;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.TokenizerFactory;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.isnad.core.QuoteRole;
import org.isnad.core.Token;
import org.isnad.core.TokenConsumer;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Tokenization of the whole corpus per operation, every tokenizer delivering each token's text (or
 * term), offsets and type: Isnad's {@link Tokenizer} as a {@code List<Token>} and through its
 * allocation-free {@link TokenConsumer}; Lucene's {@link StandardTokenizer} (one per thread, reused
 * through {@code setReader/reset/end/close}) and the full {@link ArabicAnalyzer} chain; CoreNLP's
 * rule-based {@link ArabicTokenizer} (no clitic segmentation).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class TokenizeBenchmark {

  private static final Tokenizer ISNAD = new Tokenizer();

  /** Per-thread consumers and Lucene objects, reused across operations. */
  @State(Scope.Thread)
  public static class PerThread {
    /** Folds every token into {@link #hash}, so nothing is dead code. */
    public final Sink sink = new Sink();
    /** One Lucene standard tokenizer, reused per document. */
    public StandardTokenizer standard;
    CharTermAttribute term;
    OffsetAttribute offset;
    TypeAttribute type;
    /** The Lucene Arabic analyzer (its token streams are reused per thread internally). */
    public ArabicAnalyzer arabic;
    /** CoreNLP's Arabic tokenizer factory. */
    public TokenizerFactory<CoreLabel> coreNlp;

    /** Builds the per-thread tokenizers. */
    @Setup(Level.Trial)
    public void setUp() {
      standard = new StandardTokenizer();
      term = standard.addAttribute(CharTermAttribute.class);
      offset = standard.addAttribute(OffsetAttribute.class);
      type = standard.addAttribute(TypeAttribute.class);
      arabic = new ArabicAnalyzer();
      coreNlp = ArabicTokenizer.factory();
    }

    /** Closes the analyzer. */
    @TearDown(Level.Trial)
    public void tearDown() {
      arabic.close();
    }
  }

  /** An allocation-free token consumer that folds offsets and types into a hash. */
  public static final class Sink implements TokenConsumer {
    long hash;

    @Override
    public void accept(int start, int end, TokenType type, QuoteRole role) {
      hash = hash * 31 + start + (end << 7) + type.ordinal() + role.ordinal();
    }
  }

  /** Isnad: {@code tokenize(String)} into a list of {@link Token}s (text, offsets, type). */
  @Benchmark
  public void isnadTokenize(CorpusState c, Blackhole bh) {
    for (String d : c.docs) {
      List<Token> tokens = ISNAD.tokenize(d);
      bh.consume(tokens);
    }
  }

  /** Isnad: the allocation-free consumer path (offsets and types, no objects). */
  @Benchmark
  public void isnadTokenizeConsumer(CorpusState c, PerThread t, Blackhole bh) {
    Sink sink = t.sink;
    for (String d : c.docs) {
      ISNAD.tokenize(d, sink);
    }
    bh.consume(sink.hash);
  }

  /** Lucene: {@link StandardTokenizer} with term, offset and type attributes. */
  @Benchmark
  public void luceneStandardTokenizer(CorpusState c, PerThread t, Blackhole bh) throws IOException {
    StandardTokenizer tok = t.standard;
    long h = 0;
    for (String d : c.docs) {
      tok.setReader(new StringReader(d));
      tok.reset();
      while (tok.incrementToken()) {
        h = h * 31 + t.term.length() + t.term.buffer()[0] + t.offset.startOffset()
            + (t.offset.endOffset() << 7) + t.type.type().length();
      }
      tok.end();
      tok.close();
    }
    bh.consume(h);
  }

  /** Lucene: the full {@link ArabicAnalyzer} chain (tokenize, lowercase, stop, normalize, stem). */
  @Benchmark
  public void luceneArabicAnalyzer(CorpusState c, PerThread t, Blackhole bh) throws IOException {
    long h = 0;
    for (String d : c.docs) {
      try (TokenStream ts = t.arabic.tokenStream("body", d)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
        TypeAttribute type = ts.addAttribute(TypeAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          h = h * 31 + term.length() + term.buffer()[0] + offset.startOffset()
              + (offset.endOffset() << 7) + type.type().length();
        }
        ts.end();
      }
    }
    bh.consume(h);
  }

  /** CoreNLP: the rule-based {@link ArabicTokenizer} producing {@link CoreLabel}s with offsets. */
  @Benchmark
  public void coreNlpArabicTokenizer(CorpusState c, PerThread t, Blackhole bh) {
    for (String d : c.docs) {
      bh.consume(t.coreNlp.getTokenizer(new StringReader(d)).tokenize());
    }
  }
}
