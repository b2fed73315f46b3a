package org.isnad.views;

/**
 * What a marked span of an article page is; the {@code data-kind} value of its element. The order
 * is the nesting rank: when two spans cover the same text, the earlier kind is the outer element;
 * when two spans cross (each holds one end of the other), the later kind is cut into parts.
 */
public enum MarkKind {
  /** A quote's content: {@code data-kind="quote"}. */
  QUOTE("quote"),
  /** A quote's speaker mention as written: {@code data-kind="speaker"}. */
  SPEAKER("speaker"),
  /** A quote's reporting word or phrase: {@code data-kind="cue"}. */
  CUE("cue"),
  /** The medium a quote names (لوكالة رويترز، في بيان): {@code data-kind="medium"}. */
  MEDIUM("medium"),
  /** One mention of an entity: {@code data-kind="entity"}. */
  ENTITY("entity");

  private final String attribute;

  MarkKind(String attribute) {
    this.attribute = attribute;
  }

  /** The {@code data-kind} value of a whole span. */
  public String attribute() {
    return attribute;
  }

  /**
   * The {@code data-kind} value of a part of a span that crosses a span of higher rank
   * ({@code entity-part} …); see {@link ArticlePage}.
   */
  public String partAttribute() {
    return attribute + "-part";
  }
}
