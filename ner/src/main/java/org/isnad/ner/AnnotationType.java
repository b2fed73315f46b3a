package org.isnad.ner;

/** Rule-based annotation types that sit beside the model's entity types. */
public enum AnnotationType {
  /** A title or role: العقيد، رئيس الوزراء العراقي، المتحدث الرسمي باسم التحالف. */
  TITLE,
  /** A date or time expression: اليوم الخميس، الأربعاء 13 من شباط، 28.10.2017. */
  DATE,
  /** A quantity: 70 كيلومترا، نحو 1500، أكثر من 20 ألفا، 1%. */
  QUANTITY
}
