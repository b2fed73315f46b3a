package org.isnad.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One span to mark on an article page, with the attributes of its element. Mutable while a page
 * is being built (quotes that share a span add their numbers), then only read.
 */
final class Mark {
  final MarkKind kind;
  final int start;
  final int end;
  /** The whole span when this is a part of a crossing span, else the same as start/end. */
  final int wholeStart;
  final int wholeEnd;
  final String cssClass;
  final Map<String, String> attributes;
  final List<Integer> quotes;
  /** Text shown after the element (type label) where it ends a word, or null. */
  final String label;
  /** Text shown before the element (quote number) where it starts a word, or null. */
  final String badge;

  Mark(MarkKind kind, int start, int end, String cssClass, Map<String, String> attributes,
      String label, String badge) {
    this(kind, start, end, start, end, cssClass, attributes, new ArrayList<>(), label, badge);
  }

  private Mark(MarkKind kind, int start, int end, int wholeStart, int wholeEnd, String cssClass,
      Map<String, String> attributes, List<Integer> quotes, String label, String badge) {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.wholeStart = wholeStart;
    this.wholeEnd = wholeEnd;
    this.cssClass = cssClass;
    this.attributes = attributes;
    this.quotes = quotes;
    this.label = label;
    this.badge = badge;
  }

  boolean isPart() {
    return start != wholeStart || end != wholeEnd;
  }

  /** The part {@code [from, to)} of this mark. */
  Mark part(int from, int to) {
    return new Mark(kind, from, to, wholeStart, wholeEnd, cssClass, attributes, quotes,
        to == wholeEnd ? label : null, from == wholeStart ? badge : null);
  }

  int length() {
    return end - start;
  }
}
