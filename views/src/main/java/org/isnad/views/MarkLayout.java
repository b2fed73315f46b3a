package org.isnad.views;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Lays marks over a text as properly nested HTML elements.
 *
 * <ul>
 *   <li>A span inside another becomes a child element (a mention inside a quote).
 *   <li>Spans with the same range nest in {@link MarkKind} order (a speaker that is also an
 *       entity mention: the speaker element holds the entity element).
 *   <li>Two spans that cross (each holds one end of the other) cannot both be one element: the
 *       one of lower rank (later in {@link MarkKind}, or the later-starting of the same kind) is
 *       cut at the other's boundaries into parts, {@code data-kind="entity-part"} and so on, each
 *       with {@code data-start}/{@code data-end} of the part and {@code data-of-start}/
 *       {@code data-of-end} of the whole span. Whole spans keep the plain kind, so
 *       {@code data-kind="entity"} always means a whole mention.
 * </ul>
 *
 * Every element's text content is exactly {@code text.substring(start, end)} (with {@link Html}'s
 * NUL/surrogate caveat). Time O(n log n + k) for n marks and k boundaries that fall inside other
 * marks. Not thread-safe; one instance per page.
 */
final class MarkLayout {
  private static final Comparator<Mark> BY_RANK = Comparator.<Mark>comparingInt(m -> m.kind.ordinal())
      .thenComparingInt(m -> m.start).thenComparingInt(m -> -m.end);
  private static final Comparator<Mark> DOCUMENT_ORDER = Comparator.<Mark>comparingInt(m -> m.start)
      .thenComparingInt(m -> -m.end).thenComparingInt(m -> m.kind.ordinal());

  private final String text;

  MarkLayout(String text) {
    this.text = text;
  }

  /** Appends the whole text with {@code marks} as nested elements. */
  void render(List<Mark> marks, StringBuilder out) {
    List<Mark> laid = resolveCrossings(marks);
    laid.sort(DOCUMENT_ORDER);
    Deque<Mark> open = new ArrayDeque<>();
    int pos = 0;
    for (Mark m : laid) {
      while (!open.isEmpty() && open.peek().end <= m.start) {
        pos = close(open.pop(), pos, out);
      }
      TextPieces.append(out, text, pos, m.start);
      pos = m.start;
      openTag(m, out);
      open.push(m);
    }
    while (!open.isEmpty()) {
      pos = close(open.pop(), pos, out);
    }
    TextPieces.append(out, text, pos, text.length());
  }

  private int close(Mark m, int pos, StringBuilder out) {
    TextPieces.append(out, text, pos, m.end);
    out.append("</span>");
    return m.end;
  }

  /** The marks, those that cross a mark of higher rank cut into parts; see the class comment. */
  static List<Mark> resolveCrossings(List<Mark> marks) {
    List<Mark> byRank = new ArrayList<>(marks);
    byRank.sort(BY_RANK);
    NavigableMap<Integer, List<Mark>> boundaries = new TreeMap<>();
    List<Mark> laid = new ArrayList<>(marks.size());
    for (Mark m : byRank) {
      TreeSet<Integer> cuts = null;
      for (Map.Entry<Integer, List<Mark>> e : boundaries.subMap(m.start, false, m.end, false).entrySet()) {
        for (Mark other : e.getValue()) {
          if (crosses(other, m)) {
            if (cuts == null) {
              cuts = new TreeSet<>();
            }
            cuts.add(e.getKey());
          }
        }
      }
      if (cuts == null) {
        accept(m, laid, boundaries);
        continue;
      }
      int from = m.start;
      for (int cut : cuts) {
        accept(m.part(from, cut), laid, boundaries);
        from = cut;
      }
      accept(m.part(from, m.end), laid, boundaries);
    }
    return laid;
  }

  private static boolean crosses(Mark a, Mark b) {
    return (a.start < b.start && b.start < a.end && a.end < b.end)
        || (b.start < a.start && a.start < b.end && b.end < a.end);
  }

  private static void accept(Mark m, List<Mark> laid, NavigableMap<Integer, List<Mark>> boundaries) {
    laid.add(m);
    boundaries.computeIfAbsent(m.start, k -> new ArrayList<>(2)).add(m);
    if (m.end != m.start) {
      boundaries.computeIfAbsent(m.end, k -> new ArrayList<>(2)).add(m);
    }
  }

  private void openTag(Mark m, StringBuilder out) {
    out.append("<span data-kind=\"").append(m.isPart() ? m.kind.partAttribute() : m.kind.attribute())
        .append("\" data-start=\"").append(m.start).append("\" data-end=\"").append(m.end).append('"');
    if (m.isPart()) {
      out.append(" data-of-start=\"").append(m.wholeStart).append("\" data-of-end=\"").append(m.wholeEnd).append('"');
    }
    if (!m.quotes.isEmpty()) {
      out.append(" data-quote=\"");
      for (int i = 0; i < m.quotes.size(); i++) {
        out.append(i == 0 ? "" : " ").append(m.quotes.get(i));
      }
      out.append('"');
    }
    out.append(" class=\"").append(m.cssClass).append('"');
    for (Map.Entry<String, String> a : m.attributes.entrySet()) {
      if (a.getKey().equals("id") && m.isPart() && m.start != m.wholeStart) {
        continue; // the anchor goes on the first part only
      }
      out.append(' ').append(a.getKey()).append("=\"");
      Html.attribute(out, a.getValue());
      out.append('"');
    }
    if (m.badge != null && wordStart(m.start)) {
      out.append(" data-badge=\"");
      Html.attribute(out, m.badge);
      out.append('"');
    }
    if (m.label != null && wordEnd(m.end)) {
      out.append(" data-label=\"");
      Html.attribute(out, m.label);
      out.append('"');
    }
    out.append('>');
  }

  /** Generated text before an element only where it cannot split a word. */
  private boolean wordStart(int i) {
    return i == 0 || i >= text.length() || !wordChar(text.charAt(i - 1)) || !wordChar(text.charAt(i));
  }

  private boolean wordEnd(int i) {
    return i == 0 || i >= text.length() || !wordChar(text.charAt(i)) || !wordChar(text.charAt(i - 1));
  }

  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
        || c == '\u200D' || c == '\u200C';
  }
}
