package org.isnad.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.isnad.claims.Cue;
import org.isnad.claims.Quote;
import org.isnad.claims.QuoteKind;
import org.isnad.claims.SourceType;
import org.isnad.claims.SpeakerEntity;
import org.isnad.claims.TextSpan;
import org.isnad.core.Span;
import org.isnad.json.AnalysisRecord;
import org.isnad.json.ClaimRecord;
import org.isnad.json.EntityRecord;
import org.isnad.ner.Annotation;
import org.isnad.ner.AnnotationType;
import org.isnad.ner.EntityType;
import scala.collection.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Converts between the contract's values ({@link org.isnad.json}) and Spark rows of the types in
 * {@link Schemas}, both ways: {@code toRows} for writing columns, {@code from…} for reading them
 * back (e.g. {@code IsnadRows.quotes(row.getList(row.fieldIndex("quotes")))}). Arrays are written as
 * Scala sequences, which every Spark row path accepts. Stateless and thread-safe.
 */
public final class IsnadRows {
  private IsnadRows() {}

  // ---------------------------------------------------------------- values → rows

  /** The {@code sentences} column value. */
  public static Seq<Row> sentenceRows(List<Span> sentences) {
    return seq(sentences, s -> RowFactory.create(s.start(), s.end()));
  }

  /** The {@code entities} column value. */
  public static Seq<Row> entityRows(List<EntityRecord> entities) {
    return seq(entities, e -> RowFactory.create(e.id(), e.type().name(), e.canonical(), e.key(),
        e.title(), seq(e.mentions(), IsnadRows::span)));
  }

  /** The {@code annotations} column value. */
  public static Seq<Row> annotationRows(List<Annotation> annotations) {
    return seq(annotations, a -> RowFactory.create(a.type().name(), a.text(), a.start(), a.end()));
  }

  /** The {@code quotes} column value (confidences as given; the contract rounds them first). */
  public static Seq<Row> quoteRows(List<Quote> quotes) {
    return seq(quotes, q -> RowFactory.create(q.kind().name(),
        RowFactory.create(q.cue().text(), q.cue().start(), q.cue().end(), q.cue().lemma()),
        span(q.speaker()), speakerEntity(q.speakerEntity()), span(q.content()), span(q.medium()),
        q.confidence()));
  }

  /** One claim row ({@link Schemas#CLAIM}). */
  public static Row claimRow(ClaimRecord c) {
    return RowFactory.create(c.speaker(), c.score(),
        seq(c.quotes(), q -> RowFactory.create(q.document(), q.start(), q.end(), q.text())),
        seq(c.documents(), d -> d));
  }

  private static Row span(TextSpan s) {
    return s == null ? null : RowFactory.create(s.text(), s.start(), s.end());
  }

  private static Row speakerEntity(SpeakerEntity e) {
    return e == null ? null : RowFactory.create(e.id(), e.canonical(), e.type().name(), e.title());
  }

  private static <T, R> Seq<R> seq(List<T> values, Function<T, R> f) {
    List<R> out = new ArrayList<>(values.size());
    for (T v : values) {
      out.add(f.apply(v));
    }
    return CollectionConverters.asScala(out).toSeq();
  }

  // ---------------------------------------------------------------- rows → values

  /**
   * The analysis columns of one row of {@link IsnadSpark#analyze} as a record: an error record
   * when {@code error} is set, else sentences, entities, annotations and quotes (tokens are not a
   * column). The record's document is null.
   *
   * @throws IllegalArgumentException if the row lacks one of the analysis columns
   */
  public static AnalysisRecord analysis(Row row) {
    int error = row.fieldIndex("error");
    if (!row.isNullAt(error)) {
      return AnalysisRecord.ofError(null, row.getString(error));
    }
    return new AnalysisRecord(null, sentences(list(row, "sentences")), null, null,
        entities(list(row, "entities")), annotations(list(row, "annotations")),
        quotes(list(row, "quotes")), null);
  }

  private static List<Row> list(Row row, String column) {
    int i = row.fieldIndex(column);
    return row.isNullAt(i) ? null : row.getList(i);
  }

  /** The sentences of a {@code sentences} column value, or null for null. */
  public static List<Span> sentences(List<Row> rows) {
    return map(rows, r -> new Span(r.getInt(0), r.getInt(1)));
  }

  /** The entities of an {@code entities} column value, or null for null. */
  public static List<EntityRecord> entities(List<Row> rows) {
    return map(rows, r -> new EntityRecord(r.getString(0), EntityType.valueOf(r.getString(1)),
        r.getString(2), r.getString(3), r.getString(4), map(r.<Row>getList(5), IsnadRows::textSpan)));
  }

  /** The annotations of an {@code annotations} column value, or null for null. */
  public static List<Annotation> annotations(List<Row> rows) {
    return map(rows, r -> new Annotation(AnnotationType.valueOf(r.getString(0)), r.getInt(2),
        r.getInt(3), r.getString(1)));
  }

  /** The quotes of a {@code quotes} column value, or null for null. */
  public static List<Quote> quotes(List<Row> rows) {
    return map(rows, IsnadRows::quote);
  }

  /** One quote of a {@code quotes} column. */
  public static Quote quote(Row r) {
    Row cue = r.getStruct(1);
    Row e = r.getStruct(3);
    SpeakerEntity entity = e == null ? null
        : new SpeakerEntity(e.getString(0), e.getString(1), SourceType.valueOf(e.getString(2)), e.getString(3));
    return new Quote(QuoteKind.valueOf(r.getString(0)),
        new Cue(cue.getString(0), cue.getInt(1), cue.getInt(2), cue.getString(3)),
        textSpan(r.getStruct(2)), entity, textSpan(r.getStruct(4)), textSpan(r.getStruct(5)),
        r.getDouble(6));
  }

  /** One claim of a {@link Schemas#CLAIM} row. */
  public static ClaimRecord claim(Row r) {
    return new ClaimRecord(r.getString(0), r.getDouble(1),
        map(r.<Row>getList(2), q -> new ClaimRecord.QuoteRef(q.getString(0), q.getInt(1), q.getInt(2), q.getString(3))),
        r.<String>getList(3));
  }

  private static TextSpan textSpan(Row r) {
    return r == null ? null : new TextSpan(r.getString(0), r.getInt(1), r.getInt(2));
  }

  private static <R> List<R> map(List<Row> rows, Function<Row, R> f) {
    if (rows == null) {
      return null;
    }
    List<R> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      out.add(f.apply(r));
    }
    return List.copyOf(out);
  }
}
