package org.isnad.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the whole benchmark suite, Isnad beside its baselines in one run, at 1 and at 2 threads,
 * and prints Markdown tables: throughput (ops/s with its 99.9% error, tokens/s and MB/s from the
 * corpus's known token and byte counts), Isnad/baseline ratios, model loading times, and
 * document-length scaling in ns per char. Writes the JMH JSON of every run and the Markdown to
 * {@code --out} (default {@code <repo>/benchmarks/target/suite}).
 *
 * <p>Warmup and measurement come from each benchmark class's annotations (forks 1); {@code
 * --smoke} overrides them with one 1-second warmup and one 1-second measurement iteration, for
 * checking that everything runs, not for figures.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.isnad.benchmarks.Suite [--smoke]
 * [--threads 1,2] [--include REGEX] [--out DIR]}
 */
public final class Suite {

  /**
   * Benchmarks run at one thread only: document-length scaling (a per-document latency figure),
   * model loading (a one-time cost), and the CoreNLP and Lucene baselines that no 2-thread target
   * compares with (they keep the suite under 20 minutes; at 2 threads they measured 1.5× to 2.1×
   * their 1-thread throughput). Lucene's {@code ArabicNormalizer} and {@code StandardTokenizer} run
   * at both thread counts.
   */
  static final String ONE_THREAD_ONLY = "ScalingBenchmark|ModelLoadBenchmark"
      + "|CoreNlpBenchmark\\.coreNlp|TokenizeBenchmark\\.(coreNlpArabicTokenizer|luceneArabicAnalyzer)"
      + "|SentenceBenchmark\\.coreNlpTokenizeSsplit|QuoteBenchmark\\.coreNlpQuoteAnnotator"
      + "|ContextualNerBenchmark";

  /**
   * Default include pattern: every benchmark of this package but {@link ContextualNerBenchmark}
   * (it measures only the first 8 documents, beside its own CoreNLP baseline; include it by name).
   */
  public static final String ALL = "org\\.isnad\\.benchmarks\\.(?!ContextualNerBenchmark).*";

  /**
   * Isnad benchmark and the baseline it is compared with ({@code Class.method} names). A pair is
   * reported when both ran.
   */
  static final String[][] PAIRS = {
    {"NormalizeBenchmark.isnadNormalize", "NormalizeBenchmark.luceneArabicNormalizer"},
    {"NormalizeBenchmark.isnadApply", "NormalizeBenchmark.luceneArabicNormalizer"},
    {"TokenizeBenchmark.isnadTokenize", "TokenizeBenchmark.luceneStandardTokenizer"},
    {"TokenizeBenchmark.isnadTokenizeConsumer", "TokenizeBenchmark.luceneStandardTokenizer"},
    {"TokenizeBenchmark.isnadTokenize", "TokenizeBenchmark.coreNlpArabicTokenizer"},
    {"TokenizeBenchmark.isnadTokenize", "TokenizeBenchmark.luceneArabicAnalyzer"},
    {"SentenceBenchmark.isnadSentences", "SentenceBenchmark.coreNlpTokenizeSsplit"},
    {"SegmentBenchmark.isnadFastSegment", "CoreNlpBenchmark.coreNlpSegmenter"},
    {"CoreNlpBenchmark.isnadCoreNlpSegment", "CoreNlpBenchmark.coreNlpSegmenter"},
    {"NerBenchmark.isnadRecognize", "CoreNlpBenchmark.coreNlpPipelinePos"},
    {"NerBenchmark.isnadEntities", "CoreNlpBenchmark.coreNlpPipelinePos"},
    {"QuoteBenchmark.isnadQuotes", "QuoteBenchmark.coreNlpQuoteAnnotator"},
    {"QuoteBenchmark.isnadQuotesTextOnly", "QuoteBenchmark.coreNlpQuoteAnnotator"},
    {"AnalyzeBenchmark.isnadAnalyze", "CoreNlpBenchmark.coreNlpPipelinePos"},
    {"ContextualNerBenchmark.isnadContextualRecognize", "ContextualNerBenchmark.coreNlpPipelinePos"},
    {"ContextualNerBenchmark.isnadRecognize", "ContextualNerBenchmark.coreNlpPipelinePos"},
  };

  private Suite() {}

  /**
   * Runs the suite.
   *
   * @param args {@code --smoke}, {@code --threads 1,2}, {@code --include REGEX}, {@code --out DIR}
   */
  public static void main(String[] args) throws RunnerException, IOException {
    boolean smoke = false;
    String include = ALL;
    int[] threads = {1, 2};
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--smoke" -> smoke = true;
        case "--include" -> include = next(args, ++i);
        case "--out" -> out = Path.of(next(args, ++i));
        case "--threads" -> {
          String[] parts = next(args, ++i).split(",");
          threads = new int[parts.length];
          for (int k = 0; k < parts.length; k++) {
            threads[k] = Integer.parseInt(parts[k].trim());
          }
        }
        default -> throw new IllegalArgumentException("unknown argument: " + args[i]
            + "\nusage: Suite [--smoke] [--threads 1,2] [--include REGEX] [--out DIR]");
      }
    }
    Path root = BenchCorpus.repoRoot();
    BenchCorpus corpus = BenchCorpus.load(root);
    if (out == null) {
      out = root.resolve("benchmarks/target/suite");
    }
    Files.createDirectories(out);
    System.out.println(corpus.summary());

    long started = System.nanoTime();
    String loadBefore = loadAverage();
    List<RunResult> all = new ArrayList<>();
    for (int t : threads) {
      ChainedOptionsBuilder opts = new OptionsBuilder()
          .include(include)
          .forks(1)
          .threads(t)
          .shouldFailOnError(false)
          .jvmArgsAppend("-Xmx3g", "-Disnad.root=" + root);
      if (t > 1) {
        opts.exclude(ONE_THREAD_ONLY);
      }
      if (smoke) {
        opts.warmupIterations(1).measurementIterations(1)
            .warmupTime(TimeValue.seconds(1)).measurementTime(TimeValue.seconds(1));
      }
      try {
        all.addAll(new Runner(opts.build()).run());
      } catch (NoBenchmarksException e) {
        // every included benchmark runs at one thread only
      }
    }
    all.sort(Comparator.comparing((RunResult r) -> r.getParams().getBenchmark())
        .thenComparing(r -> r.getParams().getThreads()));

    try (PrintStream json = new PrintStream(
        Files.newOutputStream(out.resolve("results.json")), true, StandardCharsets.UTF_8)) {
      ResultFormatFactory.getInstance(ResultFormatType.JSON, json).writeOut(all);
    }
    String md = report(all, corpus, smoke) + String.format(Locale.ROOT,
        "%nJava %s (%s), %d processors; suite wall time %.1f min; load average (1, 5, 15 min)"
            + " before %s, after %s.%n",
        System.getProperty("java.version"), System.getProperty("java.vm.name"),
        Runtime.getRuntime().availableProcessors(), (System.nanoTime() - started) / 6e10,
        loadBefore, loadAverage());
    Files.writeString(out.resolve("results.md"), md, StandardCharsets.UTF_8);
    System.out.println();
    System.out.println(md);
    System.out.println("JSON: " + out.resolve("results.json"));
    System.out.println("Markdown: " + out.resolve("results.md"));
  }

  /**
   * The system load averages from {@code /proc/loadavg} (a busy machine makes the 2-thread figures
   * meaningless), or "n/a" where there is no such file.
   */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return f[0] + ", " + f[1] + ", " + f[2];
    } catch (IOException | RuntimeException e) {
      return "n/a";
    }
  }

  private static String next(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException("missing value after " + args[i - 1]);
    }
    return args[i];
  }

  /** The Markdown report of {@code results}. */
  static String report(List<RunResult> results, BenchCorpus corpus, boolean smoke) {
    StringBuilder sb = new StringBuilder();
    sb.append("## Isnad benchmark suite").append('\n').append('\n');
    if (smoke) {
      sb.append("**Smoke run (1 s warmup, 1 s measurement): figures are noisy.**\n\n");
    }
    sb.append(corpus.summary()).append(".\n");
    BenchCorpus head = corpus.first(ContextualNerBenchmark.DOCUMENTS);
    sb.append("tokens/s and MB/s = ops/s x corpus tokens / UTF-8 bytes (ContextualNerBenchmark: of its"
        + " first " + ContextualNerBenchmark.DOCUMENTS + " documents, " + head.tokens() + " tokens);"
        + " with 2 threads ops/s is the total over both threads.\n\n");

    Map<String, Result<?>> throughput = new HashMap<>();
    sb.append("| Benchmark | Threads | ops/s | ± error | tokens/s | MB/s |\n");
    sb.append("|---|---:|---:|---:|---:|---:|\n");
    for (RunResult r : results) {
      if (r.getParams().getMode() != Mode.Throughput) {
        continue;
      }
      Result<?> p = r.getPrimaryResult();
      double ops = p.getScore();
      String name = shortName(r);
      throughput.put(name + "@" + r.getParams().getThreads(), p);
      BenchCorpus measured = name.startsWith("ContextualNerBenchmark.") ? head : corpus;
      sb.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %.1f |%n", name,
          r.getParams().getThreads(), num(ops), num(p.getScoreError()),
          num(ops * measured.tokens()), ops * measured.utf8Bytes() / 1e6));
    }

    sb.append("\n### Isnad / baseline (throughput ratio, same run)\n\n");
    sb.append("| Isnad | Baseline | Threads | Ratio |\n|---|---|---:|---:|\n");
    for (String[] pair : PAIRS) {
      for (int t = 1; t <= 64; t++) {
        Result<?> a = throughput.get(pair[0] + "@" + t);
        Result<?> b = throughput.get(pair[1] + "@" + t);
        if (a != null && b != null && b.getScore() > 0) {
          sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %.2f |%n", pair[0], pair[1], t,
              a.getScore() / b.getScore()));
        }
      }
    }

    StringBuilder scalingThreads = new StringBuilder();
    for (RunResult r : results) {
      int t = r.getParams().getThreads();
      Result<?> one = throughput.get(shortName(r) + "@1");
      if (r.getParams().getMode() == Mode.Throughput && t > 1 && one != null && one.getScore() > 0) {
        scalingThreads.append(String.format(Locale.ROOT, "| %s | %d | %.2f |%n", shortName(r), t,
            r.getPrimaryResult().getScore() / one.getScore()));
      }
    }
    if (scalingThreads.length() > 0) {
      sb.append("\n### Threads (throughput at N threads ÷ throughput at 1 thread, same run)\n\n");
      sb.append("| Benchmark | Threads | Ratio |\n|---|---:|---:|\n").append(scalingThreads);
    }

    StringBuilder loads = new StringBuilder();
    StringBuilder scaling = new StringBuilder();
    Map<Integer, Integer> documents = new LinkedHashMap<>();
    Map<String, Double> smallest = new HashMap<>();
    String text = null;
    for (RunResult r : results) {
      Result<?> p = r.getPrimaryResult();
      int t = r.getParams().getThreads();
      if (r.getParams().getMode() == Mode.SingleShotTime) {
        loads.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s |%n", shortName(r), t,
            num(p.getScore()), num(p.getScoreError()), p.getScoreUnit()));
      } else if (r.getParams().getMode() == Mode.AverageTime
          && r.getParams().getParam("bytes") != null) {
        if (text == null) {
          text = corpus.repeated(ScalingBenchmark.TEXT_BYTES);
        }
        String whole = text;
        int bytes = Integer.parseInt(r.getParams().getParam("bytes"));
        int docs = documents.computeIfAbsent(bytes, b -> BenchCorpus.pieces(whole, b).size());
        double nsPerChar = toNanos(p.getScore(), p.getScoreUnit()) / text.length();
        double first = smallest.computeIfAbsent(shortName(r) + "@" + t, k -> nsPerChar);
        scaling.append(String.format(Locale.ROOT, "| %s | %s | %,d | %d | %s | %.2f | %.2f |%n",
            shortName(r), sizeLabel(bytes), docs, t, num(p.getScore()), nsPerChar,
            nsPerChar / first));
      }
    }
    if (loads.length() > 0) {
      sb.append("\n### Model loading (single shot)\n\n");
      sb.append("| Benchmark | Threads | Time | ± error | Unit |\n|---|---:|---:|---:|---|\n");
      sb.append(loads);
    }
    if (scaling.length() > 0) {
      sb.append("\n### Document-length scaling\n\n");
      sb.append(String.format(Locale.ROOT, "The same %,d-char text (the corpus repeated to %s)"
          + " cut into documents of at most the given size; one op processes every document."
          + " x smallest = ns/char over ns/char at the smallest size.%n%n", text.length(),
          sizeLabel(ScalingBenchmark.TEXT_BYTES)));
      sb.append("| Benchmark | Document size | Documents | Threads | ns/op | ns/char"
          + " | x smallest |\n");
      sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
      sb.append(scaling);
    }
    return sb.toString();
  }

  /** {@code Class.method} of a result. */
  static String shortName(RunResult r) {
    String b = r.getParams().getBenchmark();
    int method = b.lastIndexOf('.');
    int cls = b.lastIndexOf('.', method - 1);
    return b.substring(cls + 1);
  }

  private static double toNanos(double score, String unit) {
    return switch (unit) {
      case "ns/op" -> score;
      case "us/op" -> score * 1e3;
      case "ms/op" -> score * 1e6;
      case "s/op" -> score * 1e9;
      default -> throw new IllegalArgumentException("unexpected unit " + unit);
    };
  }

  private static String sizeLabel(int bytes) {
    return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : (bytes >> 10) + " KB";
  }

  /** A number with 3 significant digits and thousands separators, or "n/a" for NaN. */
  static String num(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "n/a";
    }
    double a = Math.abs(v);
    if (a >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    if (a >= 100) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    if (a >= 1) {
      return String.format(Locale.ROOT, "%.2f", v);
    }
    return String.format(Locale.ROOT, "%.3g", v);
  }
}
