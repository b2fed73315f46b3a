package org.isnad.spark;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.isnad.claims.Isnad;
import org.isnad.json.AnalysisRecord;
import org.junit.jupiter.api.Test;

/**
 * {@link IsnadSpark#analyze} at local[2]: over the seeds and 300 generated documents each row's
 * columns equal {@code Isnad.analyze} of its text; bad rows get an error and no job fails; one
 * output row per input row.
 */
class AnalyzeTest {
  private static final Isnad ISNAD = Isnad.create();
  static final StructType INPUT = DataTypes.createStructType(new org.apache.spark.sql.types.StructField[] {
      DataTypes.createStructField("id", DataTypes.StringType, true),
      DataTypes.createStructField("text", DataTypes.StringType, true)});

  static Dataset<Row> frame(Map<String, String> documents) {
    List<Row> rows = new ArrayList<>();
    documents.forEach((id, text) -> rows.add(RowFactory.create(id, text)));
    return TestSpark.session().createDataFrame(rows, INPUT);
  }

  /** The analysis columns of one output row as a record (an error record for an error row). */
  static AnalysisRecord record(Row r) {
    AnalysisRecord a = IsnadRows.analysis(r);
    if (a.isError()) {
      assertTrue(r.isNullAt(r.fieldIndex("quotes")), "an error row has no analysis");
    }
    return a;
  }

  /** What {@code Isnad.analyze} gives, in the columns' parts. */
  static AnalysisRecord expected(String text) {
    AnalysisRecord a = AnalysisRecord.of(null, ISNAD.analyze(text));
    return new AnalysisRecord(null, a.sentences(), null, null, a.entities(), a.annotations(), a.quotes(), null);
  }

  @Test
  void everyDocumentEqualsIsnadAnalyze() {
    Map<String, String> docs = new LinkedHashMap<>(Corpus.seeds());
    docs.putAll(Corpus.generated(300, 16));
    Dataset<Row> out = IsnadSpark.builder().build().analyze(frame(docs).repartition(4));
    List<Row> rows = out.collectAsList();
    assertEquals(docs.size(), rows.size(), "one output row per input row");
    int quotes = 0;
    for (Row r : rows) {
      String id = r.getString(0);
      AnalysisRecord got = record(r);
      assertFalse(got.isError(), id + ": " + got.error());
      assertEquals(expected(docs.get(id)), got, id);
      quotes += got.quotes().size();
    }
    assertTrue(quotes > 300, "the corpus has quotes: " + quotes);
    assertEquals(List.of("id", "text", "sentences", "entities", "annotations", "quotes", "error"),
        List.of(out.columns()));
  }

  @Test
  void badRowsGiveAnErrorNotAFailedJob() {
    Map<String, String> docs = new LinkedHashMap<>();
    docs.put("null", null);
    docs.put("empty", "");
    docs.put("huge", "قال الوزير إن ".repeat(800_000));       // 11.2 M characters, over 20 MB of UTF-8
    docs.put("controls", "قال\u0000 محمد\u0007: «نعم\u001B».\uFFFD\uFFFF");
    docs.put("surrogate", "وقال \uD800 الوزير: «لا»\uDC00.");
    docs.put("ok", "وقال الوزير محمد علي إن الحكومة ستفتح المعابر.");
    List<Row> rows = IsnadSpark.builder().build().analyze(frame(docs)).collectAsList();
    assertEquals(docs.size(), rows.size());
    Map<String, Row> byId = new LinkedHashMap<>();
    rows.forEach(r -> byId.put(r.getString(0), r));
    assertEquals("no text (null)", record(byId.get("null")).error());
    assertTrue(record(byId.get("huge")).error().startsWith("text of 11200000 characters is over the limit of 1048576"),
        record(byId.get("huge")).error());
    for (String id : List.of("empty", "controls", "surrogate", "ok")) {
      Row r = byId.get(id);
      // the text as Spark holds it (a lone surrogate does not survive UTF-8): analysed like any text
      assertEquals(expected(r.getString(1)), record(r), id);
    }
    assertEquals(1, record(byId.get("ok")).quotes().size());
  }

  @Test
  void jsonLinesInJsonLinesOut() {
    SparkSession spark = TestSpark.session();
    IsnadSpark isnad = IsnadSpark.builder().maxChars(100).build();
    String text = "وقال الوزير محمد علي: «نعم».";
    List<String> lines = List.of("{\"id\":\"a\",\"text\":\"" + text + "\",\"lang\":\"ar\"}",
        "[1]", "{\"id\":2,\"text\":\"" + "ب".repeat(101) + "\"}");
    List<String> out = isnad.analyzeJsonLines(spark.createDataset(lines, org.apache.spark.sql.Encoders.STRING()))
        .collectAsList();
    assertEquals(3, out.size());
    String analysis = org.isnad.json.IsnadJson.toJson(AnalysisRecord.of(null, ISNAD.analyze(text)));
    assertEquals("{\"id\":\"a\",\"lang\":\"ar\"," + analysis.substring(1), out.get(0));
    assertEquals("{\"id\":null,\"error\":\"not a JSON object\"}", out.get(1));
    assertEquals("{\"id\":2,\"error\":\"text of 101 characters is over the limit of 100\"}", out.get(2));
    byte[] invalid = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xFF, '"', '}'};
    assertEquals(List.of("{\"id\":null,\"error\":\"not valid UTF-8\"}"), isnad.analyzeJsonLineBytes(
        spark.createDataset(List.of(invalid), org.apache.spark.sql.Encoders.BINARY())).collectAsList());
  }

  @Test
  void misuseIsAClearError() {
    Dataset<Row> docs = frame(Map.of("a", "نص"));
    assertEquals("no column named body (columns: id, text)", assertThrows(IllegalArgumentException.class,
        () -> IsnadSpark.builder().textColumn("body").build().analyze(docs)).getMessage());
    assertEquals("column id is int, not string", assertThrows(IllegalArgumentException.class,
        () -> IsnadSpark.builder().textColumn("id").build().analyze(docs.selectExpr("1 as id"))).getMessage());
    assertThrows(IllegalArgumentException.class, () -> IsnadSpark.builder().maxChars(0));
    Dataset<Row> analysed = IsnadSpark.builder().build().analyze(docs);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> IsnadSpark.builder().build().analyze(analysed))
        .getMessage().startsWith("the input already has a column named"));
  }

  @Test
  void sqlFunctions() {
    SparkSession spark = TestSpark.session();
    IsnadSpark.builder().build().registerFunctions(spark);
    Map<String, String> docs = new LinkedHashMap<>(Corpus.generated(20, 7));
    docs.put("null", null);
    frame(docs).createOrReplaceTempView("docs");
    List<Row> rows = spark.sql("SELECT id, text, isnad_sentences(text) s, isnad_entities(text) e, "
        + "isnad_annotations(text) a, isnad_quotes(text) q, isnad_json(text) j FROM docs").collectAsList();
    assertEquals(docs.size(), rows.size());
    for (Row r : rows) {
      if (r.isNullAt(1)) {
        assertTrue(r.isNullAt(5));
        assertEquals("{\"error\":\"no text (null)\"}", r.getString(6));
        continue;
      }
      AnalysisRecord want = expected(r.getString(1));
      assertEquals(want.sentences(), IsnadRows.sentences(r.getList(2)));
      assertEquals(want.entities(), IsnadRows.entities(r.getList(3)));
      assertEquals(want.annotations(), IsnadRows.annotations(r.getList(4)));
      assertEquals(want.quotes(), IsnadRows.quotes(r.getList(5)));
      assertEquals(org.isnad.json.IsnadJson.toJson(AnalysisRecord.of(null, ISNAD.analyze(r.getString(1)))), r.getString(6));
    }
  }
}
