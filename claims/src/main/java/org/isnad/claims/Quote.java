package org.isnad.claims;

import java.util.Objects;

/**
 * One attributed quote: who said what, by which cue, through which medium. All offsets point into
 * the original text given to the extractor. Immutable and thread-safe.
 */
public final class Quote {
  private final QuoteKind kind;
  private final Cue cue;
  private final TextSpan speaker;
  private final SpeakerEntity speakerEntity;
  private final TextSpan content;
  private final TextSpan medium;
  private final double confidence;

  /**
   * @param kind          direct, indirect or mixed
   * @param cue           the reporting word or phrase
   * @param speaker       the speaker mention as written, or null when the verb carries the subject
   * @param speakerEntity the resolved source, or null when none could be resolved
   * @param content       the reported content
   * @param medium        the medium (لوكالة رويترز، في بيان), or null
   * @param confidence    in {@code [0, 1]}
   * @throws NullPointerException if {@code kind}, {@code cue} or {@code content} is null
   * @throws IllegalArgumentException if {@code confidence} is outside {@code [0, 1]}
   */
  public Quote(QuoteKind kind, Cue cue, TextSpan speaker, SpeakerEntity speakerEntity,
      TextSpan content, TextSpan medium, double confidence) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.cue = Objects.requireNonNull(cue, "cue");
    this.content = Objects.requireNonNull(content, "content");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
    }
    this.speaker = speaker;
    this.speakerEntity = speakerEntity;
    this.medium = medium;
    this.confidence = confidence;
  }

  /** Direct, indirect or mixed. */
  public QuoteKind kind() {
    return kind;
  }

  /** The reporting word or phrase. */
  public Cue cue() {
    return cue;
  }

  /** The speaker as written, or null when the verb carries the subject (وأضاف، لكنه قال، مضيفا). */
  public TextSpan speaker() {
    return speaker;
  }

  /** The resolved source, or null when none could be resolved. */
  public SpeakerEntity speakerEntity() {
    return speakerEntity;
  }

  /** The reported content: inside the marks for a direct quote, the reported clause otherwise. */
  public TextSpan content() {
    return content;
  }

  /** The medium the text names (لوكالة رويترز، في بيان، عبر الهاتف), or null. */
  public TextSpan medium() {
    return medium;
  }

  /** How sure the extractor is, in {@code [0, 1]}. */
  public double confidence() {
    return confidence;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Quote q && q.kind == kind && q.cue.equals(cue)
        && Objects.equals(q.speaker, speaker) && Objects.equals(q.speakerEntity, speakerEntity)
        && q.content.equals(content) && Objects.equals(q.medium, medium)
        && Double.compare(q.confidence, confidence) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, cue, speaker, content, medium);
  }

  @Override
  public String toString() {
    return kind + " cue=" + cue.text() + " speaker=" + (speaker == null ? "-" : speaker.text())
        + " -> " + (speakerEntity == null ? "?" : speakerEntity.canonical())
        + (medium == null ? "" : " medium=" + medium.text()) + " content=[" + content.text() + "]";
  }
}
