package org.isnad.spark;

/** Which entity recognizer the executors' {@code Isnad} uses. */
public enum Recognizer {
  /** The default statistical recognizer ({@code isnad-ner}): fast, small. */
  DEFAULT,
  /**
   * The contextual recognizer ({@code isnad-ner-contextual}, multilingual BERT evidence): more
   * accurate, much slower; needs TensorFlow for Java and the BERT model jar on the executors'
   * class path.
   */
  CONTEXTUAL
}
