package org.isnad.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.isnad.json.AnalysisRecord;
import org.isnad.json.IsnadJson;

/**
 * Isnad on Apache Spark: analyses a {@code Dataset<Row>} with a text column and returns it with
 * the analysis as typed columns ({@link Schemas}), registers SQL functions, and groups the quotes
 * of a whole corpus into claims as a distributed step.
 *
 * <pre>{@code
 * IsnadSpark isnad = IsnadSpark.builder().textColumn("text").build();
 * Dataset<Row> analysed = isnad.analyze(articles);       // + sentences, entities, annotations, quotes, error
 * Dataset<Row> claims = isnad.claims(analysed, "id");    // speaker, score, quotes, documents
 * isnad.registerFunctions(spark);                        // SELECT isnad_quotes(text) FROM articles
 * }</pre>
 *
 * <p>Every input row gives exactly one output row. A bad row — a null text, a text longer than
 * {@link Builder#maxChars} characters, or a failure inside the analysis — gets a message in {@code
 * error} and nulls in the analysis columns; the job never fails because of a row. Characters that
 * are not valid text (NUL, control characters, U+FFFD where Spark replaced invalid UTF-8) are
 * analysed like any other; offsets point into the string as Spark holds it.
 *
 * <p>Each executor JVM creates one {@code Isnad} per recognizer, lazily on its first row, and
 * shares it between its task threads; the functions Spark serializes carry only the settings of
 * this object, which is immutable and serializable.
 */
public final class IsnadSpark implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The default {@link Builder#maxChars}: 1,048,576 characters (news articles are far shorter). */
  public static final int DEFAULT_MAX_CHARS = 1 << 20;

  private final String textColumn;
  private final Recognizer recognizer;
  private final int maxChars;

  private IsnadSpark(Builder b) {
    this.textColumn = b.textColumn;
    this.recognizer = b.recognizer;
    this.maxChars = b.maxChars;
  }

  /** A builder with the defaults: text column {@code text}, the default recognizer, {@link #DEFAULT_MAX_CHARS}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Settings of an {@link IsnadSpark}. */
  public static final class Builder {
    private String textColumn = "text";
    private Recognizer recognizer = Recognizer.DEFAULT;
    private int maxChars = DEFAULT_MAX_CHARS;

    private Builder() {}

    /** The string column holding each document's text (default {@code text}). */
    public Builder textColumn(String name) {
      this.textColumn = Objects.requireNonNull(name, "name");
      return this;
    }

    /** The entity recognizer (default {@link Recognizer#DEFAULT}). */
    public Builder recognizer(Recognizer recognizer) {
      this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
      return this;
    }

    /**
     * Longest text analysed, in characters; a longer text gives an error row.
     *
     * @throws IllegalArgumentException if {@code max} is below 1
     */
    public Builder maxChars(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxChars must be at least 1: " + max);
      }
      this.maxChars = max;
      return this;
    }

    /** The configured {@link IsnadSpark}. */
    public IsnadSpark build() {
      return new IsnadSpark(this);
    }
  }

  RowAnalyzer rowAnalyzer() {
    return new RowAnalyzer(recognizer, maxChars);
  }

  /**
   * {@code input} with the analysis columns added after its own: {@code sentences}, {@code
   * entities}, {@code annotations}, {@code quotes} (types in {@link Schemas}; null in an error row)
   * and {@code error} (null unless the row could not be analysed). Lazy, like any transformation.
   *
   * @throws IllegalArgumentException if the text column is missing or not a string, or an
   *     analysis column name is already taken
   */
  public Dataset<Row> analyze(Dataset<Row> input) {
    StructType in = input.schema();
    int textIndex = textIndex(in);
    List<StructField> fields = new ArrayList<>(Arrays.asList(in.fields()));
    for (StructField f : Schemas.ANALYSIS_COLUMNS) {
      if (Arrays.asList(in.fieldNames()).contains(f.name())) {
        throw new IllegalArgumentException("the input already has a column named " + f.name());
      }
      fields.add(f);
    }
    StructType out = DataTypes.createStructType(fields);
    return input.mapPartitions(new AnalyzeRows(rowAnalyzer(), textIndex), Encoders.row(out));
  }

  private int textIndex(StructType schema) {
    if (!Arrays.asList(schema.fieldNames()).contains(textColumn)) {
      throw new IllegalArgumentException("no column named " + textColumn + " (columns: "
          + String.join(", ", schema.fieldNames()) + ")");
    }
    int i = schema.fieldIndex(textColumn);
    if (!schema.fields()[i].dataType().equals(DataTypes.StringType)) {
      throw new IllegalArgumentException("column " + textColumn + " is "
          + schema.fields()[i].dataType().simpleString() + ", not string");
    }
    return i;
  }

  /** Appends the analysis columns to each row; one output row per input row. */
  private static final class AnalyzeRows implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final RowAnalyzer analyzer;
    private final int textIndex;

    AnalyzeRows(RowAnalyzer analyzer, int textIndex) {
      this.analyzer = analyzer;
      this.textIndex = textIndex;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row row = rows.next();
          String text = row.isNullAt(textIndex) ? null : row.getString(textIndex);
          AnalysisRecord r = analyzer.analyze(null, text);
          Object[] values = new Object[row.length() + Schemas.ANALYSIS_COLUMNS.size()];
          for (int i = 0; i < row.length(); i++) {
            values[i] = row.get(i);
          }
          int k = row.length();
          if (!r.isError()) {
            values[k] = IsnadRows.sentenceRows(r.sentences());
            values[k + 1] = IsnadRows.entityRows(r.entities());
            values[k + 2] = IsnadRows.annotationRows(r.annotations());
            values[k + 3] = IsnadRows.quoteRows(r.quotes());
          }
          values[k + 4] = r.error();
          return RowFactory.create(values);
        }
      };
    }
  }

  /**
   * JSON Lines in, JSON Lines out: each input line {@code {"id":…,"text":…}} gives one output line
   * in the shape of {@code isnad analyze --jsonl} ({@code {"id":…, <other input fields>,
   * "format":"isnad/1", "sentences", "tokens", "entities", "annotations", "quotes"}}), or {@code
   * {"id":…,"error":"…"}} for a line that is not a JSON object, has no string text, or a text over
   * the limit. Order within a partition is kept.
   */
  public Dataset<String> analyzeJsonLines(Dataset<String> lines) {
    JsonLineAnalyzer analyzer = new JsonLineAnalyzer(rowAnalyzer());
    return lines.map((MapFunction<String, String>) analyzer::analyze, Encoders.STRING());
  }

  /**
   * The same as {@link #analyzeJsonLines}, for lines given as raw bytes: a line that is not valid
   * UTF-8 gives {@code {"id":null,"error":"not valid UTF-8"}} instead of replacement characters.
   */
  public Dataset<String> analyzeJsonLineBytes(Dataset<byte[]> lines) {
    JsonLineAnalyzer analyzer = new JsonLineAnalyzer(rowAnalyzer());
    return lines.map((MapFunction<byte[], String>) analyzer::analyze, Encoders.STRING());
  }

  /**
   * Registers SQL functions on {@code spark}, each taking a text and returning the typed value
   * ({@link Schemas}), or null for a null text or a text over the limit:
   * {@code isnad_sentences(text)}, {@code isnad_entities(text)}, {@code isnad_annotations(text)},
   * {@code isnad_quotes(text)}, and {@code isnad_json(text)}: the contract's JSON object (format,
   * sentences, tokens, entities, annotations, quotes; or {@code {"error":…}}) as a string.
   */
  public void registerFunctions(SparkSession spark) {
    RowAnalyzer analyzer = rowAnalyzer();
    spark.udf().register("isnad_sentences", (UDF1<String, Object>) text -> {
      AnalysisRecord r = analyzer.analyze(null, text);
      return r.isError() ? null : IsnadRows.sentenceRows(r.sentences());
    }, Schemas.SENTENCES);
    spark.udf().register("isnad_entities", (UDF1<String, Object>) text -> {
      AnalysisRecord r = analyzer.analyze(null, text);
      return r.isError() ? null : IsnadRows.entityRows(r.entities());
    }, Schemas.ENTITIES);
    spark.udf().register("isnad_annotations", (UDF1<String, Object>) text -> {
      AnalysisRecord r = analyzer.analyze(null, text);
      return r.isError() ? null : IsnadRows.annotationRows(r.annotations());
    }, Schemas.ANNOTATIONS);
    spark.udf().register("isnad_quotes", (UDF1<String, Object>) text -> {
      AnalysisRecord r = analyzer.analyze(null, text);
      return r.isError() ? null : IsnadRows.quoteRows(r.quotes());
    }, Schemas.QUOTES);
    spark.udf().register("isnad_json", (UDF1<String, String>) text ->
        IsnadJson.toJson(analyzer.analyze(null, text)), DataTypes.StringType);
  }

  /**
   * The claims of a whole corpus: the quotes of {@code analysed} (the output of {@link #analyze})
   * grouped into claims — the same statement by the same source — as a distributed step, with
   * the same result as {@link org.isnad.claims.ClaimClusterer} over the corpus in row order. See
   * {@link DistributedClaims}. Rows are {@link Schemas#CLAIM}, ordered by their first quote.
   *
   * @param idColumn the column naming each document (its string form is the claim's document id)
   * @throws IllegalArgumentException if {@code analysed} has no such column or no {@code quotes}
   */
  public Dataset<Row> claims(Dataset<Row> analysed, String idColumn) {
    return DistributedClaims.claims(analysed, idColumn);
  }
}
