package org.isnad.ner.model;

/**
 * The hashed feature buckets of one sentence in flat arrays: the buckets of token {@code i} are
 * {@code buckets[offsets[i]]} to {@code buckets[offsets[i + 1] - 1]}. Not copied; treat as read-only.
 */
public final class SentenceFeatures {
  final int size;
  final int[] offsets;
  final int[] buckets;
  /** Edge (tag-pair) feature buckets of token {@code i}: {@code edgeBuckets[edgeOffsets[i] .. edgeOffsets[i+1]-1]}. */
  final int[] edgeOffsets;
  final int[] edgeBuckets;

  SentenceFeatures(int size, int[] offsets, int[] buckets, int[] edgeOffsets, int[] edgeBuckets) {
    this.size = size;
    this.offsets = offsets;
    this.buckets = buckets;
    this.edgeOffsets = edgeOffsets;
    this.edgeBuckets = edgeBuckets;
  }

  /** The number of tokens. */
  public int size() {
    return size;
  }
}
