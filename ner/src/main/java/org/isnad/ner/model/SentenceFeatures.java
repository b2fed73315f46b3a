package org.isnad.ner.model;

/**
 * The hashed feature buckets of one sentence in flat arrays: the buckets of token {@code i} are
 * {@code buckets[offsets[i]]} to {@code buckets[offsets[i + 1] - 1]}. Not copied; treat as read-only.
 */
public final class SentenceFeatures {
  final int size;
  final int[] offsets;
  final int[] buckets;

  SentenceFeatures(int size, int[] offsets, int[] buckets) {
    this.size = size;
    this.offsets = offsets;
    this.buckets = buckets;
  }

  /** The number of tokens. */
  public int size() {
    return size;
  }
}
