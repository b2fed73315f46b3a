package org.isnad.ner.contextual;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * BERT's tokenization of one already-split token into vocabulary ids, as the cased multilingual
 * model expects it (no lower-casing, accents kept):
 *
 * <ol>
 *   <li>NUL, U+FFFD, control and format characters (such as U+200E) are dropped;
 *   <li>whitespace separates words, and every punctuation character (ASCII symbols {@code !} to
 *       {@code /}, {@code :} to {@code @}, {@code [} to {@code `}, <code>{</code> to {@code ~}, and
 *       Unicode punctuation) is a word of its own;
 *   <li>each word is split greedily into the longest vocabulary pieces from the left, pieces after
 *       the first written with the {@code ##} prefix; a word that cannot be split that way, or is
 *       longer than {@value #MAX_WORD} chars, becomes {@code [UNK]}.
 * </ol>
 *
 * <p>A token that yields no piece at all (only dropped characters) becomes {@code [UNK]}, so every
 * token has at least one piece. Immutable and thread-safe.
 */
public final class WordPieceTokenizer {
  /** Longer words are {@code [UNK]}, as in BERT. */
  public static final int MAX_WORD = 100;
  private static final String CONTINUATION = "##";

  private final Map<String, Integer> vocab;
  private final int unknown;
  private final int classifier;
  private final int separator;

  /**
   * A tokenizer over {@code vocabulary} (the lines of BERT's {@code vocab.txt}: the id of a piece is
   * its line index).
   *
   * @throws IllegalArgumentException if {@code [UNK]}, {@code [CLS]} or {@code [SEP]} is missing
   */
  public WordPieceTokenizer(List<String> vocabulary) {
    Map<String, Integer> v = new HashMap<>(vocabulary.size() * 2);
    for (int i = 0; i < vocabulary.size(); i++) {
      v.putIfAbsent(Objects.requireNonNull(vocabulary.get(i), "vocabulary entry"), i);
    }
    this.vocab = v;
    this.unknown = required(v, "[UNK]");
    this.classifier = required(v, "[CLS]");
    this.separator = required(v, "[SEP]");
  }

  private static int required(Map<String, Integer> v, String piece) {
    Integer id = v.get(piece);
    if (id == null) {
      throw new IllegalArgumentException("the vocabulary has no " + piece);
    }
    return id;
  }

  /** The id of {@code [CLS]}, which starts every window. */
  public int classifierId() {
    return classifier;
  }

  /** The id of {@code [SEP]}, which ends every window. */
  public int separatorId() {
    return separator;
  }

  /** The id of {@code [UNK]}. */
  public int unknownId() {
    return unknown;
  }

  /**
   * The piece ids of {@code token} (at least one; see the class comment).
   *
   * @throws NullPointerException if {@code token} is null
   */
  public int[] pieces(String token) {
    Objects.requireNonNull(token, "token");
    IntList out = new IntList();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < token.length(); ) {
      int c = token.codePointAt(i);
      i += Character.charCount(c);
      if (dropped(c)) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        flush(word, out);
      } else if (isPunctuation(c)) {
        flush(word, out);
        word.appendCodePoint(c);
        flush(word, out);
      } else {
        word.appendCodePoint(c);
      }
    }
    flush(word, out);
    if (out.size == 0) {
      out.add(unknown);
    }
    return out.toArray();
  }

  private void flush(StringBuilder word, IntList out) {
    if (word.length() == 0) {
      return;
    }
    String w = word.toString();
    word.setLength(0);
    if (w.length() > MAX_WORD) {
      out.add(unknown);
      return;
    }
    int mark = out.size;
    int start = 0;
    while (start < w.length()) {
      int end = w.length();
      Integer id = null;
      while (start < end) {
        String piece = start == 0 ? w.substring(0, end) : CONTINUATION + w.substring(start, end);
        id = vocab.get(piece);
        if (id != null) {
          break;
        }
        end--;
        if (end > start && Character.isLowSurrogate(w.charAt(end))) {
          end--;
        }
      }
      if (id == null) {
        out.size = mark;
        out.add(unknown);
        return;
      }
      out.add(id);
      start = end;
    }
  }

  private static boolean dropped(int c) {
    if (c == 0 || c == 0xFFFD) {
      return true;
    }
    int type = Character.getType(c);
    return (type == Character.CONTROL && !Character.isWhitespace(c)) || type == Character.FORMAT;
  }

  /** BERT's punctuation: the ASCII symbol ranges and every Unicode punctuation category. */
  static boolean isPunctuation(int c) {
    if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96)
        || (c >= 123 && c <= 126)) {
      return true;
    }
    switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION, Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION:
        return true;
      default:
        return false;
    }
  }

  /** A growable int array. */
  static final class IntList {
    int[] data = new int[8];
    int size;

    void add(int v) {
      if (size == data.length) {
        data = java.util.Arrays.copyOf(data, size * 2);
      }
      data[size++] = v;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(data, size);
    }
  }
}
