package org.isnad.claims;

/**
 * A noun phrase the extractor took for a speaker (or a medium's outlet), with what its words say
 * about the source: token range, name range, type, gender, canonical text and title.
 */
final class Phrase {
  /** Token range {@code [start, end)}. */
  int start;
  int end;
  /** Original character range. */
  int charStart;
  int charEnd;
  /** Token range of the name inside, or -1. */
  int nameStart = -1;
  int nameEnd = -1;
  SourceType type = SourceType.OTHER;
  Gender gender = Gender.UNKNOWN;
  String canonical;
  String title;
  /** True when the phrase is a definite person role without a name (المتحدث باسم التحالف). */
  boolean roleOnly;
  /** True when the phrase holds a title or role word. */
  boolean hasTitle;
  /** Normalized name tokens, when there is a name. */
  java.util.List<String> nameTokens = java.util.List.of();

  boolean hasName() {
    return nameStart >= 0;
  }

  /** True when the phrase looks like a real source: a name, a title, an organisation or document. */
  boolean isSourceLike() {
    return hasName() || hasTitle || type == SourceType.ORGANIZATION || type == SourceType.DOCUMENT;
  }
}
