package org.isnad.ner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One sentence of a CoNLL file: its rows in order, each row its whitespace-separated columns (the
 * first column is the token). Immutable.
 */
public final class ConllSentence {
  private final List<List<String>> rows;

  /**
   * A sentence of the given rows (copied).
   *
   * @throws NullPointerException if {@code rows} or a row is null
   * @throws IllegalArgumentException if a row has no column
   */
  public ConllSentence(List<List<String>> rows) {
    Objects.requireNonNull(rows, "rows");
    List<List<String>> copy = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      Objects.requireNonNull(row, "row");
      if (row.isEmpty()) {
        throw new IllegalArgumentException("a CoNLL row needs at least one column");
      }
      copy.add(List.copyOf(row));
    }
    this.rows = Collections.unmodifiableList(copy);
  }

  /** The rows, each a list of columns. */
  public List<List<String>> rows() {
    return rows;
  }

  /** The number of tokens. */
  public int size() {
    return rows.size();
  }

  /** The tokens, the first column of each row. */
  public List<String> tokens() {
    List<String> out = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      out.add(row.get(0));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Column {@code index} of every row; a negative index counts from each row's end ({@code -1} is the
   * last column).
   *
   * @throws IndexOutOfBoundsException if a row lacks that column
   */
  public List<String> column(int index) {
    List<String> out = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      out.add(row.get(index < 0 ? row.size() + index : index));
    }
    return Collections.unmodifiableList(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConllSentence s && s.rows.equals(rows);
  }

  @Override
  public int hashCode() {
    return rows.hashCode();
  }

  @Override
  public String toString() {
    return "ConllSentence" + rows;
  }
}
