package org.isnad.claims;

/** What kind of thing a quote's source is. */
public enum SourceType {
  /** A named person, or a person known only by a role (المتحدث باسم التحالف). */
  PERSON,
  /** An organisation, institution, army, government or agency (التحالف الدولي). */
  ORGANIZATION,
  /** A document that speaks: a statement, report, leaflet (بيان، تقرير، المنشورات). */
  DOCUMENT,
  /** Anything else. */
  OTHER
}
