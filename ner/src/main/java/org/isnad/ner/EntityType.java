package org.isnad.ner;

/** The four entity types of the statistical model, ANERcorp's PERS, ORG, LOC and MISC. */
public enum EntityType {
  PERSON("PERS"),
  ORGANIZATION("ORG"),
  LOCATION("LOC"),
  MISC("MISC");

  private final String label;

  EntityType(String label) {
    this.label = label;
  }

  /** The tag suffix used in BIO files: PERS, ORG, LOC or MISC. */
  public String label() {
    return label;
  }

  /**
   * The type for a BIO tag suffix; accepts ANERcorp's labels and the enum names.
   *
   * @throws IllegalArgumentException for an unknown label
   */
  public static EntityType fromLabel(String label) {
    for (EntityType t : values()) {
      if (t.label.equals(label) || t.name().equals(label)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown entity label: " + label);
  }
}
