package org.isnad.claims;

/** Grammatical gender of a cue verb or of a source, as far as the text tells. */
public enum Gender {
  /** Masculine: قال، مضيفا؛ a man; a masculine organisation noun (التحالف، الجيش). */
  MASCULINE,
  /** Feminine: قالت، تقول، مضيفة؛ a woman; an organisation or document noun in ة or ات. */
  FEMININE,
  /** Not known, or not marked (first person forms). */
  UNKNOWN;

  /** True when a subject of gender {@code other} may agree with this gender. */
  public boolean agreesWith(Gender other) {
    return this == UNKNOWN || other == UNKNOWN || this == other;
  }
}
