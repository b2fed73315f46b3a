package org.isnad.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.isnad.core.Normalizer;
import org.isnad.core.Span;
import org.isnad.ner.DocumentEntities;
import org.isnad.ner.link.Entity;
import org.isnad.ner.link.EntityMention;

/**
 * Scores predicted attributed quotes against reference quotes annotated as in {@code
 * docs/attributed-quotes.md} (format: {@code seeds/quotes-dev/README.md}).
 *
 * <p>Matching rule: a predicted quote matches a reference quote when their content spans overlap
 * by at least half of the reference span; each quote matches at most once (each reference, in
 * text order, takes the free predicted quote with the largest overlap). A matched quote's speaker
 * is right when its resolved entity names the reference speaker entity: the {@link
 * Normalizer#SEARCH} form of the entity's canonical name, or of one of its mentions in the
 * document's entities, equals the reference entity's name or one contains the other word for
 * word, or one of its mentions overlaps the reference entity span. The entity is found among the
 * document's entities by {@link SpeakerEntity#id()}; a quote without an entity has a wrong
 * speaker.
 *
 * <p>Figures ({@link Row}): precision, recall, speaker accuracy (right speakers among matched
 * quotes), overall, by kind, and split by whether the reference writes a speaker mention at the
 * cue or the verb carries it. Recall and speaker accuracy of a row count the references of that
 * row; its precision counts the predicted quotes of that row (by their own kind, and by whether
 * they report a speaker mention). Immutable results; the class has no state.
 */
public final class QuoteEvaluation {

  /** Name of the row over all quotes. */
  public static final String OVERALL = "overall";
  /** Name of the row of quotes whose speaker is written at the cue. */
  public static final String MENTION = "speaker mention";
  /** Name of the row of quotes whose speaker is carried by the verb or a pronoun. */
  public static final String VERB = "carried by the verb";

  private QuoteEvaluation() {}

  /**
   * One reference quote. Offsets are String indices into the document text, end exclusive.
   *
   * @param kind           direct, indirect or mixed
   * @param cue            the cue's range
   * @param speakerMention the speaker as written at the cue, or null when the verb carries it
   * @param speakerEntity  the first occurrence of the fullest name of the source, or null
   * @param content        the content's range
   */
  public record Reference(QuoteKind kind, Span cue, Span speakerMention, Span speakerEntity, Span content) {
    /** @throws NullPointerException if {@code kind}, {@code cue} or {@code content} is null */
    public Reference {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(cue, "cue");
      Objects.requireNonNull(content, "content");
    }
  }

  /**
   * One scored document.
   *
   * @param id         the document's identifier (for findings)
   * @param text       its text
   * @param references its reference quotes
   * @param predicted  the predicted quotes
   * @param entities   its entities, where speaker entity ids point, or null to use canonical names only
   */
  public record Document(String id, String text, List<Reference> references, List<Quote> predicted,
      DocumentEntities entities) {
    /** @throws NullPointerException if a component but {@code entities} is null */
    public Document {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
      references = List.copyOf(references);
      predicted = List.copyOf(predicted);
    }

    /** The document of an analysis. */
    public static Document of(String id, Analysis analysis, List<Reference> references) {
      return new Document(id, analysis.text(), references, analysis.quotes(), analysis.entities());
    }
  }

  /** What went wrong with one quote. */
  public enum FindingType {
    /** A reference quote no predicted quote matches. */
    MISSED,
    /** A predicted quote that matches no reference quote. */
    EXTRA,
    /** A matched quote whose speaker entity is not the reference one. */
    WRONG_SPEAKER
  }

  /**
   * One error.
   *
   * @param type       what went wrong
   * @param documentId the document
   * @param reference  the reference quote, null for {@link FindingType#EXTRA}
   * @param predicted  the predicted quote, null for {@link FindingType#MISSED}
   */
  public record Finding(FindingType type, String documentId, Reference reference, Quote predicted) {
    private static final int CONTEXT = 40;

    /**
     * One line about this finding in {@code text}, its document's text: type, document, the
     * reference speaker entity ({@code (verb)} when the verb carries it), the predicted entity and
     * cue, and the content in brackets with some context on both sides (line breaks shown as ⏎).
     */
    public String describe(String text) {
      StringBuilder sb = new StringBuilder(type.name()).append(' ').append(documentId).append(' ');
      if (reference != null) {
        Span e = reference.speakerEntity();
        sb.append(reference.kind()).append(" want=").append(e == null || e.end() > text.length() ? "-" : e.of(text))
            .append(reference.speakerMention() == null ? " (verb)" : "");
      }
      if (predicted != null) {
        SpeakerEntity e = predicted.speakerEntity();
        sb.append(reference == null ? predicted.kind().name() : "").append(" got=")
            .append(e == null ? "-" : e.canonical() + " (" + e.id() + ")").append(" cue=").append(predicted.cue().text());
      }
      Span content = reference != null ? reference.content() : predicted.content().span();
      int from = Math.min(text.length(), Math.max(0, content.start() - CONTEXT));
      int end = Math.min(text.length(), content.end());
      int to = Math.min(text.length(), end + CONTEXT);
      return sb.append(" | …").append(oneLine(text.substring(from, Math.max(from, Math.min(end, content.start())))))
          .append('[').append(oneLine(text.substring(Math.min(content.start(), end), end))).append(']')
          .append(oneLine(text.substring(end, to))).append('…').toString();
    }

    private static String oneLine(String s) {
      return s.replace('\n', '⏎');
    }
  }

  /**
   * Counts of one row of figures.
   *
   * @param name           the row's name
   * @param references     reference quotes in the row
   * @param predicted      predicted quotes in the row
   * @param matchedPredicted predicted quotes of the row that match a reference
   * @param matched        reference quotes of the row that a predicted quote matches
   * @param speakerRight   matched reference quotes of the row whose speaker is right
   */
  public record Row(String name, int references, int predicted, int matchedPredicted, int matched, int speakerRight) {
    /** Matched predicted quotes over predicted quotes (1 when nothing was predicted). */
    public double precision() {
      return ratio(matchedPredicted, predicted);
    }

    /** Matched reference quotes over reference quotes (1 when there is no reference). */
    public double recall() {
      return ratio(matched, references);
    }

    /** Right speakers over matched reference quotes (1 when nothing matched). */
    public double speakerAccuracy() {
      return ratio(speakerRight, matched);
    }

    /** Reference quotes found with the right speaker, over reference quotes. */
    public double foundWithSpeaker() {
      return ratio(speakerRight, references);
    }
  }

  /**
   * The figures and the errors of one evaluation.
   *
   * @param rows     rows by name: {@link #OVERALL}, then each kind, then {@link #MENTION} and {@link #VERB}
   * @param findings every miss, extra and wrong speaker in document order
   */
  public record Result(Map<String, Row> rows, List<Finding> findings) {
    /** Copies the components. */
    public Result {
      rows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows));
      findings = List.copyOf(findings);
    }

    /** The row over all quotes. */
    public Row overall() {
      return rows.get(OVERALL);
    }

    /** A table of the figures, one row a line. */
    public String format() {
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
          "%-20s %9s %9s %7s %9s %7s %7s %8s%n", "", "reference", "predicted", "matched", "precision", "recall",
          "speaker", "found+sp"));
      for (Row r : rows.values()) {
        sb.append(String.format(Locale.ROOT, "%-20s %9d %9d %7d %9.3f %7.3f %7.3f %8.3f%n", r.name(), r.references(),
            r.predicted(), r.matched(), r.precision(), r.recall(), r.speakerAccuracy(), r.foundWithSpeaker()));
      }
      return sb.toString();
    }
  }

  /**
   * Scores documents.
   *
   * @throws NullPointerException if {@code documents} or one of them is null
   */
  public static Result score(List<Document> documents) {
    Objects.requireNonNull(documents, "documents");
    List<String> names = new ArrayList<>();
    names.add(OVERALL);
    for (QuoteKind k : QuoteKind.values()) {
      names.add(k.name());
    }
    names.add(MENTION);
    names.add(VERB);
    int[][] counts = new int[names.size()][5];
    List<Finding> findings = new ArrayList<>();
    for (Document d : documents) {
      scoreDocument(d, counts, names, findings);
    }
    Map<String, Row> rows = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      int[] c = counts[i];
      rows.put(names.get(i), new Row(names.get(i), c[0], c[1], c[2], c[3], c[4]));
    }
    return new Result(rows, findings);
  }

  private static final int REF = 0;
  private static final int PRED = 1;
  private static final int MATCHED_PRED = 2;
  private static final int MATCHED = 3;
  private static final int SPEAKER = 4;

  private static void scoreDocument(Document d, int[][] counts, List<String> names, List<Finding> findings) {
    List<Reference> refs = new ArrayList<>(d.references());
    refs.sort((a, b) -> Integer.compare(a.content().start(), b.content().start()));
    List<Quote> quotes = d.predicted();
    int[] matchOf = new int[quotes.size()];
    Arrays.fill(matchOf, -1);
    for (int r = 0; r < refs.size(); r++) {
      Span content = refs.get(r).content();
      int best = -1;
      int bestOverlap = 0;
      for (int i = 0; i < quotes.size(); i++) {
        int overlap = overlap(quotes.get(i).content().span(), content);
        if (matchOf[i] < 0 && overlap > bestOverlap && 2 * overlap >= content.length()) {
          best = i;
          bestOverlap = overlap;
        }
      }
      Reference ref = refs.get(r);
      int[] rowsOfRef = {0, names.indexOf(ref.kind().name()), names.indexOf(ref.speakerMention() == null ? VERB : MENTION)};
      for (int row : rowsOfRef) {
        counts[row][REF]++;
      }
      if (best < 0) {
        findings.add(new Finding(FindingType.MISSED, d.id(), ref, null));
        continue;
      }
      matchOf[best] = r;
      boolean right = speakerRight(d, ref, quotes.get(best));
      for (int row : rowsOfRef) {
        counts[row][MATCHED]++;
        counts[row][SPEAKER] += right ? 1 : 0;
      }
      if (!right) {
        findings.add(new Finding(FindingType.WRONG_SPEAKER, d.id(), ref, quotes.get(best)));
      }
    }
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      int[] rowsOfQuote = {0, names.indexOf(q.kind().name()), names.indexOf(q.speaker() == null ? VERB : MENTION)};
      for (int row : rowsOfQuote) {
        counts[row][PRED]++;
        counts[row][MATCHED_PRED] += matchOf[i] >= 0 ? 1 : 0;
      }
      if (matchOf[i] < 0) {
        findings.add(new Finding(FindingType.EXTRA, d.id(), null, q));
      }
    }
  }

  /**
   * True when {@code quote}'s speaker entity names the reference speaker entity of {@code ref}
   * in {@code text} (see the class comment).
   *
   * @param entities the document's entities, or null
   */
  public static boolean speakerRight(String text, DocumentEntities entities, Reference ref, Quote quote) {
    return speakerRight(new Document("", text, List.of(), List.of(), entities), ref, quote);
  }

  private static boolean speakerRight(Document d, Reference ref, Quote quote) {
    SpeakerEntity e = quote.speakerEntity();
    Span gold = ref.speakerEntity();
    if (e == null || gold == null || gold.end() > d.text().length()) {
      return false;
    }
    String want = words(gold.of(d.text()));
    if (want.isBlank()) {
      return false;
    }
    if (names(want, words(e.canonical()))) {
      return true;
    }
    Entity entity = d.entities() == null ? null : entityById(d.entities(), e.id());
    if (entity == null) {
      return false;
    }
    if (names(want, words(entity.canonicalName()))) {
      return true;
    }
    for (EntityMention m : entity.mentions()) {
      if (new Span(m.nameStart(), m.nameEnd()).overlaps(gold) || names(want, words(m.name()))) {
        return true;
      }
    }
    return false;
  }

  private static Entity entityById(DocumentEntities entities, String id) {
    for (Entity x : entities.entities()) {
      if (x.id().equals(id)) {
        return x;
      }
    }
    return null;
  }

  /** Equal, or one a whole-word part of the other (both already normalized and space-padded). */
  private static boolean names(String want, String got) {
    return !got.isBlank() && (want.contains(got) || got.contains(want));
  }

  /**
   * SEARCH form without the definite article of each word (الإعلام = إعلام), words separated by
   * one space, padded with a space on both sides.
   */
  private static String words(String s) {
    String n = Normalizer.SEARCH.apply(s).trim();
    StringBuilder sb = new StringBuilder(n.length() + 2).append(' ');
    int i = 0;
    while (i < n.length()) {
      if (!Character.isLetterOrDigit(n.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < n.length() && Character.isLetterOrDigit(n.charAt(end))) {
        end++;
      }
      int from = end - i > ARTICLE.length() + 1 && n.startsWith(ARTICLE, i) ? i + ARTICLE.length() : i;
      sb.append(n, from, end).append(' ');
      i = end;
    }
    return sb.toString();
  }

  /** The definite article, in SEARCH form. */
  private static final String ARTICLE = "\u0627\u0644";

  private static int overlap(Span a, Span b) {
    return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 1.0 : (double) a / b;
  }
}
