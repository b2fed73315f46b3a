package org.isnad.core;

/** The role of one {@link Segment} of a word. */
public enum SegmentKind {
  /** A conjunction, preposition or future particle before the stem: و ف ب ل ك س. */
  PROCLITIC,
  /** The definite article ال, or the ل left of it after ل + ال (للحكومة). */
  ARTICLE,
  /** The stem: what is left of the word. */
  STEM,
  /** A pronoun suffix: ه ها هم هما هن كم كن نا ي ك. */
  ENCLITIC
}
