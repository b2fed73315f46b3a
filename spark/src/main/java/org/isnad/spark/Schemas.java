package org.isnad.spark;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark SQL types of the analysis columns. Field names, order and nullability follow the JSON
 * contract ({@code docs/isnad-analysis.schema.json}, {@link org.isnad.json.IsnadJson}), so {@code
 * to_json} of a column gives the contract's shape:
 *
 * <pre>
 * sentences   array&lt;struct&lt;start:int, end:int&gt;&gt;
 * entities    array&lt;struct&lt;id:string, type:string, canonical:string, key:string, title:string?,
 *                          mentions:array&lt;struct&lt;text:string, start:int, end:int&gt;&gt;&gt;&gt;
 * annotations array&lt;struct&lt;type:string, text:string, start:int, end:int&gt;&gt;
 * quotes      array&lt;struct&lt;kind:string, cue:struct&lt;text, start, end, lemma&gt;,
 *                        speaker:struct&lt;text, start, end&gt;?,
 *                        speakerEntity:struct&lt;id, canonical, type, title?&gt;?,
 *                        content:struct&lt;text, start, end&gt;, medium:struct&lt;text, start, end&gt;?,
 *                        confidence:double&gt;&gt;
 * claims      struct&lt;speaker:string?, score:double,
 *                    quotes:array&lt;struct&lt;document, start, end, text&gt;&gt;, documents:array&lt;string&gt;&gt;
 * </pre>
 *
 * <p>({@code ?} marks a nullable field; offsets are Java {@code String} indices into the row's
 * text, end exclusive; enum values are the names the JSON uses: {@code PERSON}, {@code DIRECT} …)
 */
public final class Schemas {
  private Schemas() {}

  /** {@code struct<start:int, end:int>}: a sentence. */
  public static final StructType SENTENCE = struct(
      field("start", IntegerType, false), field("end", IntegerType, false));

  /** {@code struct<text:string, start:int, end:int>}: a piece of the text. */
  public static final StructType TEXT_SPAN = struct(
      field("text", StringType, false), field("start", IntegerType, false), field("end", IntegerType, false));

  /** An entity: id, type, canonical, key, title, mentions. */
  public static final StructType ENTITY = struct(
      field("id", StringType, false), field("type", StringType, false),
      field("canonical", StringType, false), field("key", StringType, false),
      field("title", StringType, true), field("mentions", createArrayType(TEXT_SPAN, false), false));

  /** A title, date or quantity annotation: type, text, start, end. */
  public static final StructType ANNOTATION = struct(
      field("type", StringType, false), field("text", StringType, false),
      field("start", IntegerType, false), field("end", IntegerType, false));

  /** A quote's cue: text, start, end, lemma. */
  public static final StructType CUE = struct(
      field("text", StringType, false), field("start", IntegerType, false),
      field("end", IntegerType, false), field("lemma", StringType, false));

  /** A quote's resolved source: id, canonical, type, title. */
  public static final StructType SPEAKER_ENTITY = struct(
      field("id", StringType, false), field("canonical", StringType, false),
      field("type", StringType, false), field("title", StringType, true));

  /** An attributed quote: kind, cue, speaker, speakerEntity, content, medium, confidence. */
  public static final StructType QUOTE = struct(
      field("kind", StringType, false), field("cue", CUE, false),
      field("speaker", TEXT_SPAN, true), field("speakerEntity", SPEAKER_ENTITY, true),
      field("content", TEXT_SPAN, false), field("medium", TEXT_SPAN, true),
      field("confidence", DoubleType, false));

  /** One quote of a claim: document, start, end, text. */
  public static final StructType CLAIM_QUOTE = struct(
      field("document", StringType, false), field("start", IntegerType, false),
      field("end", IntegerType, false), field("text", StringType, false));

  /** A claim: speaker, score, quotes, documents (the rows of {@link IsnadSpark#claims}). */
  public static final StructType CLAIM = struct(
      field("speaker", StringType, true), field("score", DoubleType, false),
      field("quotes", createArrayType(CLAIM_QUOTE, false), false),
      field("documents", createArrayType(StringType, false), false));

  /** The type of the {@code sentences} column. */
  public static final ArrayType SENTENCES = createArrayType(SENTENCE, false);
  /** The type of the {@code entities} column. */
  public static final ArrayType ENTITIES = createArrayType(ENTITY, false);
  /** The type of the {@code annotations} column. */
  public static final ArrayType ANNOTATIONS = createArrayType(ANNOTATION, false);
  /** The type of the {@code quotes} column. */
  public static final ArrayType QUOTES = createArrayType(QUOTE, false);

  /** The columns {@link IsnadSpark#analyze} adds, in order (all nullable: null in an error row). */
  public static final List<StructField> ANALYSIS_COLUMNS = List.of(
      field("sentences", SENTENCES, true), field("entities", ENTITIES, true),
      field("annotations", ANNOTATIONS, true), field("quotes", QUOTES, true),
      field("error", StringType, true));

  private static StructField field(String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
    return createStructField(name, type, nullable);
  }

  private static StructType struct(StructField... fields) {
    return createStructType(fields);
  }
}
