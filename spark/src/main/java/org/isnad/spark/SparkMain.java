package org.isnad.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.isnad.json.IsnadJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code isnad-spark} command ({@code ./isnad-spark}, or {@code spark-submit --class
 * org.isnad.spark.SparkMain isnad-spark.jar}): {@code analyze} and {@code claims} over JSON Lines
 * {@code {"id":…,"text":…}}. Exit codes: 0 success; 1 when an input row could not be analysed (its
 * error record is written, the others are processed) or the job could not run; 2 for a usage error.
 */
@Command(name = "isnad-spark", mixinStandardHelpOptions = true, version = "isnad-spark 0.1.0",
    description = "Isnad on Apache Spark: analyze JSON Lines, or group a corpus's quotes into claims.",
    subcommands = {SparkMain.Analyze.class, SparkMain.Claims.class})
public final class SparkMain {
  private SparkMain() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code. */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new SparkMain());
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      String message = root.getMessage() == null ? root.toString() : root.getMessage();
      cmd.getErr().println("isnad-spark: " + message.lines().findFirst().orElse(""));
      return 1;
    });
    cl.setErr(new PrintWriter(System.err, true));
    return cl.execute(args);
  }

  /** Options shared by both commands. */
  abstract static class Job implements Callable<Integer> {
    @Option(names = "--master", paramLabel = "URL",
        description = "Spark master (default: spark-submit's, else local[*]), e.g. local[2].")
    String master;

    @Option(names = "--input", required = true, paramLabel = "PATH",
        description = "JSON Lines {\"id\":…,\"text\":…}: a file, a directory or a glob.")
    String input;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output directory (must not exist).")
    String output;

    @Option(names = "--contextual", description = "Use the contextual entity recognizer (needs its jars on the class path).")
    boolean contextual;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + IsnadSpark.DEFAULT_MAX_CHARS,
        description = "Longest text analysed; longer ones give an error row (default: ${DEFAULT-VALUE}).")
    int maxChars;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
        description = "Minimum input partitions (default: 4 per core of the default parallelism).")
    int partitions;

    /** True when this command created its session (and so stops it); false inside a running application. */
    boolean ownSession;

    SparkSession session() {
      ownSession = SparkSession.getDefaultSession().isEmpty();
      SparkSession.Builder b = SparkSession.builder().appName("isnad-spark " + getClass().getSimpleName().toLowerCase());
      if (master != null) {
        b.master(master);
      } else if (!new org.apache.spark.SparkConf().contains("spark.master")) {
        b.master("local[*]");
      }
      b.config("spark.ui.showConsoleProgress", "false");
      if (master != null && master.startsWith("local")) {
        b.config("spark.sql.shuffle.partitions", "8");   // not 200 tasks per shuffle on one machine
      }
      SparkSession spark = b.getOrCreate();
      spark.sparkContext().setLogLevel("ERROR");
      return spark;
    }

    IsnadSpark isnad() {
      return IsnadSpark.builder().maxChars(maxChars)
          .recognizer(contextual ? Recognizer.CONTEXTUAL : Recognizer.DEFAULT).build();
    }

    /** The input's non-blank lines as raw bytes, in file order. */
    Dataset<byte[]> lines(SparkSession spark) {
      JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      try {
        Path path = new Path(input);
        FileStatus[] found = path.getFileSystem(sc.hadoopConfiguration()).globStatus(path);
        if (found == null || found.length == 0) {
          throw new IllegalArgumentException("no input at " + input);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      int min = partitions > 0 ? partitions : 4 * sc.defaultParallelism();
      JavaRDD<byte[]> bytes = sc.hadoopFile(input, TextInputFormat.class, LongWritable.class, Text.class, min)
          .map(pair -> pair._2().copyBytes())
          .filter(SparkMain::notBlank);
      return spark.createDataset(bytes.rdd(), Encoders.BINARY());
    }

    /** {@code (id, text, inputError)} rows of the input lines; the id as its string (JSON text if not a string). */
    Dataset<Row> documents(SparkSession spark) {
      StructType schema = DataTypes.createStructType(new org.apache.spark.sql.types.StructField[] {
          DataTypes.createStructField("id", DataTypes.StringType, true),
          DataTypes.createStructField("text", DataTypes.StringType, true),
          DataTypes.createStructField("inputError", DataTypes.StringType, true)});
      return lines(spark).map((MapFunction<byte[], Row>) SparkMain::document, Encoders.row(schema));
    }
  }

  static boolean notBlank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return true;
      }
    }
    return false;
  }

  /** {@code (id, text, inputError)} of one input line. */
  private static Row document(byte[] line) {
    String source = JsonLineAnalyzer.decode(line);
    if (source == null) {
      return RowFactory.create(null, null, "not valid UTF-8");
    }
    String[] why = new String[1];
    JsonNode node = JsonLineAnalyzer.parse(source, why);
    if (node == null) {
      return RowFactory.create(null, null, why[0]);
    }
    JsonNode id = node.get("id");
    JsonNode text = node.get("text");
    String idText = id == null || id.isNull() ? null : id.isTextual() ? id.textValue() : id.toString();
    if (text == null || !text.isTextual()) {
      return RowFactory.create(idText, null, "no string field \"text\"");
    }
    return RowFactory.create(idText, text.textValue(), null);
  }

  /** {@code isnad-spark analyze}. */
  @Command(name = "analyze", description = "Analyse every document: JSON Lines (default) or Parquet part files.")
  static final class Analyze extends Job {
    @Option(names = "--format", paramLabel = "json|parquet", defaultValue = "json",
        description = "json: one line per input line in the shape of isnad analyze --jsonl; "
            + "parquet: id, sentences, entities, annotations, quotes, error.")
    String format;

    @Override
    public Integer call() {
      if (!format.equals("json") && !format.equals("parquet")) {
        System.err.println("isnad-spark: --format must be json or parquet");
        return 2;
      }
      SparkSession spark = session();
      long start = System.nanoTime();
      LongAccumulator rows = spark.sparkContext().longAccumulator("rows");
      LongAccumulator errors = spark.sparkContext().longAccumulator("errors");
      IsnadSpark isnad = isnad();
      if (format.equals("json")) {
        JsonLineAnalyzer analyzer = new JsonLineAnalyzer(isnad.rowAnalyzer());
        lines(spark)
            .map((MapFunction<byte[], String>) line -> {
              JsonLineAnalyzer.Result result = analyzer.analyzeLine(line);
              rows.add(1);
              if (result.error()) {
                errors.add(1);
              }
              return result.json();
            }, Encoders.STRING())
            .write().text(output);
      } else {
        Dataset<Row> analysed = isnad.analyze(documents(spark))
            .withColumn("error", coalesce(col("inputError"), col("error")))
            .drop("text", "inputError");
        analysed.map((MapFunction<Row, Row>) r -> {
          rows.add(1);
          if (!r.isNullAt(r.fieldIndex("error"))) {
            errors.add(1);
          }
          return r;
        }, Encoders.row(analysed.schema())).write().parquet(output);
      }
      System.err.printf("isnad-spark: %d documents, %d errors, %.1f s%n", rows.value(), errors.value(),
          (System.nanoTime() - start) / 1e9);
      if (ownSession) {
        spark.stop();
      }
      return errors.value() > 0 ? 1 : 0;
    }
  }

  /** {@code isnad-spark claims}. */
  @Command(name = "claims", description = "Group the quotes of all documents into claims: JSON Lines, one claim per line.")
  static final class Claims extends Job {
    @Override
    public Integer call() {
      SparkSession spark = session();
      long start = System.nanoTime();
      IsnadSpark isnad = isnad();
      Dataset<Row> analysed = isnad.analyze(documents(spark));
      Dataset<Row> claims = isnad.claims(analysed, "id");
      claims.map((MapFunction<Row, String>) r -> IsnadJson.claimToJson(IsnadRows.claim(r)), Encoders.STRING())
          .write().text(output);
      System.err.printf("isnad-spark: claims written in %.1f s%n", (System.nanoTime() - start) / 1e9);
      if (ownSession) {
        spark.stop();
      }
      return 0;
    }
  }
}
