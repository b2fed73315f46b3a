package org.isnad.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.isnad.claims.Analysis;
import org.isnad.claims.Claim;
import org.isnad.core.Span;

/**
 * The JSON contract of Isnad: writes an {@link Analysis} and its parts as the JSON that {@code
 * isnad analyze} prints, and reads that JSON back into equal values. The command line, the Spark
 * module and any view or server use this class, so the shapes live in one place.
 *
 * <p>A document object (format {@value #FORMAT}; JSON Schema: {@code docs/isnad-analysis.schema.json}):
 *
 * <pre>
 * {"document":"a.txt",            (or "id":… in JSON Lines, with the input's other fields)
 *  "format":"isnad/1",
 *  "sentences":[{"start","end"}],
 *  "tokens":[{"text","start","end","type","normalized"[,"quote"][,"segments"]}],
 *  "entities":[{"id","type","canonical","key","title","mentions":[{"text","start","end"}]}],
 *  "annotations":[{"type","text","start","end"}],
 *  "quotes":[{"kind","cue":{"text","start","end","lemma"},"speaker":{"text","start","end"}|null,
 *             "speakerEntity":{"id","canonical","type","title"}|null,"content":{…},"medium":{…}|null,
 *             "confidence"}]}
 * </pre>
 *
 * <p>Every offset is a Java {@code String} index into the document's original text, end
 * exclusive. {@code isnad tokenize} writes sentences and tokens only, {@code entities} entities
 * and annotations, {@code quotes} quotes only; a reader finds a part absent as null in {@link
 * AnalysisRecord}. Claims across documents are one object {@code {"format":"isnad/1","claims":[{
 * "speaker","score","quotes":[{"document","start","end","text"}],"documents"}]}}. An error record
 * is {@code {"id"|"document", "error"}} (the command line adds {@code "line"}) without a format.
 *
 * <p>Versioning: {@code "format"} is {@code "isnad/MAJOR"}. Within a major version fields are only
 * added, never renamed, removed or retyped, so readers ignore fields they do not know; a reader
 * rejects another major version. An object without {@code "format"} (output before the field
 * existed) is read as {@code isnad/1}.
 *
 * <p>Rounding: quote confidences and claim scores are written with two decimals ({@link
 * #round2(double)}); {@link AnalysisRecord#of} rounds the same way, so {@code
 * readDocument(toJson(AnalysisRecord.of(name, analysis)))} equals {@code AnalysisRecord.of(name,
 * analysis)}. A token's {@code "normalized"} is derived ({@link org.isnad.core.Normalizer#SEARCH}
 * of its text) and not read back.
 *
 * <p>All methods are static and thread-safe. Writing methods write into a caller's {@link
 * JsonGenerator}; the {@code toJson} methods return one line of JSON.
 */
public final class IsnadJson {
  /** The value of the {@code "format"} field this version writes and reads. */
  public static final String FORMAT = "isnad/1";
  /** The name of the format field. */
  public static final String FORMAT_FIELD = "format";

  static final ObjectMapper MAPPER = new ObjectMapper();

  private IsnadJson() {}

  /** {@code value} rounded to two decimals, as the contract writes confidences and scores. */
  public static double round2(double value) {
    return Math.round(value * 100) / 100.0;
  }

  // ---------------------------------------------------------------- writing

  /** Writes {@code "format":"isnad/1"} into the open object of {@code json}. */
  public static void writeFormat(JsonGenerator json) throws IOException {
    json.writeStringField(FORMAT_FIELD, FORMAT);
  }

  /**
   * Writes the analysis fields of {@code isnad analyze} into the open object of {@code json}:
   * format, sentences, tokens, entities, annotations and quotes. The caller opens the object,
   * writes the document's name or id, and closes it.
   */
  public static void writeAnalysisFields(JsonGenerator json, Analysis analysis) throws IOException {
    writeFields(json, AnalysisRecord.of(null, analysis));
  }

  /**
   * Writes the fields of {@code record} (not its document name) into the open object: for an
   * error record {@code "error"}, else the format and each present part in the order sentences,
   * tokens, entities, annotations, quotes.
   */
  public static void writeFields(JsonGenerator json, AnalysisRecord record) throws IOException {
    ContractWriter.fields(json, record);
  }

  /** Writes {@code record} as a whole object: {@code {"document":…, fields…}} (no name when null). */
  public static void writeDocument(JsonGenerator json, AnalysisRecord record) throws IOException {
    json.writeStartObject();
    if (record.document() != null) {
      json.writeStringField("document", record.document());
    }
    writeFields(json, record);
    json.writeEndObject();
  }

  /** Writes {@code "sentences":[{"start","end"}…]}. */
  public static void writeSentences(JsonGenerator json, List<Span> sentences) throws IOException {
    ContractWriter.sentences(json, sentences);
  }

  /** Writes the claims object {@code {"format":"isnad/1","claims":[…]}}. */
  public static void writeClaims(JsonGenerator json, List<ClaimRecord> claims) throws IOException {
    ContractWriter.claims(json, claims);
  }

  /** The object {@code isnad analyze} prints for one document, on one line. */
  public static String toJson(String document, Analysis analysis) {
    return toJson(AnalysisRecord.of(document, analysis));
  }

  /** {@code record} as one line of JSON. */
  public static String toJson(AnalysisRecord record) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
      writeDocument(json, record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The claims object {@code isnad claims} prints, on one line. */
  public static String claimsToJson(List<Claim> claims) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
      writeClaims(json, ClaimRecord.of(claims));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * One claim as a line of its own, for corpora too large for one object ({@code isnad-spark
   * claims}): {@code {"format":"isnad/1","speaker","score","quotes","documents"}}, the fields of
   * one element of the claims object's array.
   */
  public static String claimToJson(ClaimRecord claim) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
      json.writeStartObject();
      writeFormat(json);
      ContractWriter.claimFields(json, claim);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  // ---------------------------------------------------------------- reading

  /** Reads one claim line ({@link #claimToJson}). @throws JsonContractException if it is not one */
  public static ClaimRecord readClaim(String json) {
    return ContractReader.claimLine(parse(json));
  }

  /**
   * Reads one document object (any command's output, or an error record).
   *
   * @throws JsonContractException if {@code json} is not such an object
   */
  public static AnalysisRecord readDocument(String json) {
    return ContractReader.document(parse(json));
  }

  /** Reads one document object already parsed. @throws JsonContractException as above */
  public static AnalysisRecord readDocument(JsonNode node) {
    return ContractReader.document(node);
  }

  /** Reads a claims object. @throws JsonContractException if it is not one */
  public static List<ClaimRecord> readClaims(String json) {
    return ContractReader.claims(parse(json));
  }

  /** Reads a claims object already parsed. @throws JsonContractException if it is not one */
  public static List<ClaimRecord> readClaims(JsonNode node) {
    return ContractReader.claims(node);
  }

  private static JsonNode parse(String json) {
    if (json == null) {
      throw new JsonContractException("null JSON text");
    }
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new JsonContractException("not valid JSON: " + e.getOriginalMessage(), e);
    }
  }
}
