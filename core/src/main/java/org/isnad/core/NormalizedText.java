package org.isnad.core;

import java.util.Objects;

/**
 * The result of {@link Normalizer#normalize(String)}: the normalized text together with an exact
 * map back to the original.
 *
 * <p>Every character of the normalized text remembers the range of the original text it came
 * from. A character produced by a ligature expansion (ﻻ → لا) maps to the whole ligature. A
 * deleted character (a diacritic, tatweel, an invisible mark) is absorbed by the normalized
 * character before it, so the original range of a word includes its trailing diacritics; deleted
 * characters before the first kept character belong to nothing.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class NormalizedText {
  private final String original;
  private final String text;
  /**
   * Breakpoints of the map, ascending in {@code breakNorm}: from normalized index {@code
   * breakNorm[k]} on, character {@code i} starts at original index {@code breakOrig[k] + (i -
   * breakNorm[k])}, until the next breakpoint. A breakpoint is recorded only where that one-to-one
   * progression breaks (after a deletion, inside an expansion), so clean text needs one.
   */
  private final int[] breakNorm;
  private final int[] breakOrig;
  private final int breaks;

  NormalizedText(String original, String text, int[] breakNorm, int[] breakOrig, int breaks) {
    this.original = original;
    this.text = text;
    this.breakNorm = breakNorm;
    this.breakOrig = breakOrig;
    this.breaks = breaks;
  }

  /** The text as given to the normalizer. */
  public String original() {
    return original;
  }

  /** The normalized text. */
  public String text() {
    return text;
  }

  /** Length of the normalized text. */
  public int length() {
    return text.length();
  }

  /**
   * The original range that the normalized range {@code [start, end)} came from. An empty range
   * maps to an empty range at the original position of {@code start}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= start <= end <= length()}
   */
  public Span toOriginal(int start, int end) {
    Objects.checkFromToIndex(start, end, text.length());
    if (start == end) {
      int at = start < text.length() ? startOf(start) : original.length();
      return new Span(at, at);
    }
    return new Span(startOf(start), endOf(end - 1));
  }

  /**
   * {@link #toOriginal(int, int)} of a span.
   *
   * @throws NullPointerException if {@code normalized} is null
   */
  public Span toOriginal(Span normalized) {
    Objects.requireNonNull(normalized, "normalized");
    return toOriginal(normalized.start(), normalized.end());
  }

  /**
   * Original index where normalized character {@code index} starts.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < length()}
   */
  public int originalStart(int index) {
    Objects.checkIndex(index, text.length());
    return startOf(index);
  }

  /**
   * Original index (exclusive) where normalized character {@code index} ends, including the
   * deleted characters it absorbed.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < length()}
   */
  public int originalEnd(int index) {
    Objects.checkIndex(index, text.length());
    return endOf(index);
  }

  private int startOf(int index) {
    int lo = 0;
    int hi = breaks - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (breakNorm[mid] <= index) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return breakOrig[lo] + (index - breakNorm[lo]);
  }

  /** The start of the next character from another original character, or the original's end. */
  private int endOf(int index) {
    int start = startOf(index);
    for (int next = index + 1; next < text.length(); next++) {
      int s = startOf(next);
      if (s != start) {
        return s;
      }
    }
    return original.length();
  }

  @Override
  public String toString() {
    return text;
  }
}
