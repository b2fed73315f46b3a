package org.isnad.json;

import java.util.ArrayList;
import java.util.List;
import org.isnad.claims.Analysis;
import org.isnad.claims.Quote;
import org.isnad.core.Segment;
import org.isnad.core.Span;
import org.isnad.core.Token;
import org.isnad.ner.Annotation;
import org.isnad.ner.DocumentEntities;

/**
 * One document's object in the JSON contract: what {@code isnad analyze} prints per document, and
 * what {@code tokenize}, {@code entities} and {@code quotes} print with fewer parts. Immutable.
 *
 * <p>Each part is null when the object does not carry it (the output of {@code isnad quotes} has
 * quotes only) and a list, possibly empty, when it does. Library values are used wherever the JSON
 * carries all of a value ({@link Span}, {@link Token}, {@link Segment}, {@link Annotation},
 * {@link Quote}); entities are {@link EntityRecord}s. Quote confidences are rounded to two
 * decimals, as written.
 *
 * @param document    the document's name ({@code "document"}) or, in JSON Lines, its id
 *                    ({@code "id"}; a non-string id as its JSON text), or null
 * @param sentences   sentence ranges, or null
 * @param tokens      tokens, or null
 * @param segments    the clitic segments of each token ({@code isnad tokenize --clitics}), one list
 *                    per token, or null
 * @param entities    entities in order of first mention, or null
 * @param annotations title, date and quantity annotations, or null
 * @param quotes      attributed quotes, confidences rounded to two decimals, or null
 * @param error       the error of an error record ({@code {"id","error"}}), else null
 */
public record AnalysisRecord(String document, List<Span> sentences, List<Token> tokens,
    List<List<Segment>> segments, List<EntityRecord> entities, List<Annotation> annotations,
    List<Quote> quotes, String error) {

  /** Copies the lists that are present. */
  public AnalysisRecord {
    sentences = copy(sentences);
    tokens = copy(tokens);
    if (segments != null) {
      List<List<Segment>> lists = new ArrayList<>(segments.size());
      for (List<Segment> s : segments) {
        lists.add(List.copyOf(s));
      }
      segments = List.copyOf(lists);
    }
    entities = copy(entities);
    annotations = copy(annotations);
    quotes = copy(quotes);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? null : List.copyOf(list);
  }

  /**
   * Everything of {@code analysis} as {@code isnad analyze} writes it: sentences, tokens,
   * entities, annotations and quotes (confidences rounded to two decimals).
   *
   * @param document the document's name or id, or null
   * @throws NullPointerException if {@code analysis} is null
   */
  public static AnalysisRecord of(String document, Analysis analysis) {
    return new AnalysisRecord(document, analysis.sentences(), analysis.tokens(), null,
        EntityRecord.of(analysis.entities().entities()), analysis.entities().annotations(),
        rounded(analysis.quotes()), null);
  }

  /** The entities and annotations of {@code entities}, as {@code isnad entities} writes them. */
  public static AnalysisRecord ofEntities(String document, DocumentEntities entities) {
    return new AnalysisRecord(document, null, null, null, EntityRecord.of(entities.entities()),
        entities.annotations(), null, null);
  }

  /** The quotes alone, as {@code isnad quotes} writes them. */
  public static AnalysisRecord ofQuotes(String document, List<Quote> quotes) {
    return new AnalysisRecord(document, null, null, null, null, null, rounded(quotes), null);
  }

  /** An error record: the document could not be analysed. */
  public static AnalysisRecord ofError(String document, String error) {
    return new AnalysisRecord(document, null, null, null, null, null, null,
        java.util.Objects.requireNonNull(error, "error"));
  }

  /** True for an error record. */
  public boolean isError() {
    return error != null;
  }

  /** Each quote with its confidence rounded to two decimals, as the contract writes it. */
  public static List<Quote> rounded(List<Quote> quotes) {
    List<Quote> out = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      out.add(new Quote(q.kind(), q.cue(), q.speaker(), q.speakerEntity(), q.content(), q.medium(),
          IsnadJson.round2(q.confidence())));
    }
    return List.copyOf(out);
  }
}
