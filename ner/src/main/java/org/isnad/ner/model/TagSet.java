package org.isnad.ner.model;

import org.isnad.ner.EntityType;

/**
 * The nine BIO tags of the model, as small integers: {@code 0} is {@code O}; for the entity type
 * with ordinal {@code k}, {@code 1 + 2k} is {@code B-LABEL} and {@code 2 + 2k} is {@code I-LABEL}
 * (labels PERS, ORG, LOC, MISC). Also the BIO well-formedness rule used by decoding.
 */
public final class TagSet {
  /** Number of tags. */
  public static final int SIZE = 1 + 2 * EntityType.values().length;
  /** The index of {@code O}. */
  public static final int OUTSIDE = 0;

  private static final String[] LABELS = new String[SIZE];

  static {
    LABELS[OUTSIDE] = "O";
    for (EntityType t : EntityType.values()) {
      LABELS[1 + 2 * t.ordinal()] = "B-" + t.label();
      LABELS[2 + 2 * t.ordinal()] = "I-" + t.label();
    }
  }

  private TagSet() {}

  /** The label of a tag index: {@code O}, {@code B-PERS}, {@code I-LOC}, … */
  public static String label(int tag) {
    return LABELS[tag];
  }

  /**
   * The index of a BIO label; unknown or malformed labels are {@code O}.
   *
   * @throws NullPointerException if {@code label} is null
   */
  public static int index(String label) {
    for (int i = 0; i < SIZE; i++) {
      if (LABELS[i].equals(label)) {
        return i;
      }
    }
    return OUTSIDE;
  }

  /** Whether a tag index is a {@code B-} tag. */
  public static boolean isBegin(int tag) {
    return tag != OUTSIDE && (tag & 1) == 1;
  }

  /** Whether a tag index is an {@code I-} tag. */
  public static boolean isInside(int tag) {
    return tag != OUTSIDE && (tag & 1) == 0;
  }

  /** The entity type of a non-{@code O} tag. */
  public static EntityType type(int tag) {
    if (tag == OUTSIDE) {
      throw new IllegalArgumentException("O has no entity type");
    }
    return EntityType.values()[(tag - 1) / 2];
  }

  /** The {@code B-} tag of an entity type. */
  public static int begin(EntityType type) {
    return 1 + 2 * type.ordinal();
  }

  /**
   * Whether {@code tag} may follow {@code previous} in well-formed BIO ({@code previous < 0} means
   * sentence start): an {@code I-X} tag may only follow {@code B-X} or {@code I-X}.
   */
  public static boolean allowed(int previous, int tag) {
    if (!isInside(tag)) {
      return true;
    }
    return previous > 0 && (previous - 1) / 2 == (tag - 1) / 2;
  }
}
