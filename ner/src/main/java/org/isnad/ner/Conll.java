package org.isnad.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes CoNLL column files: one token per line, its columns separated by spaces or tabs
 * (the first column is the token), a blank line between sentences. Reading strips a leading byte
 * order mark and carriage returns; lines holding only whitespace count as blank.
 */
public final class Conll {
  private static final char BOM = '\uFEFF';

  private Conll() {}

  /**
   * Reads every sentence of a UTF-8 CoNLL file.
   *
   * @throws UncheckedIOException if the file cannot be read
   */
  public static List<ConllSentence> read(Path file) {
    Objects.requireNonNull(file, "file");
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Reads every sentence from {@code reader} (not closed).
   *
   * @throws UncheckedIOException if reading fails
   */
  public static List<ConllSentence> read(Reader reader) {
    Objects.requireNonNull(reader, "reader");
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    List<ConllSentence> out = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    try {
      String line;
      boolean first = true;
      while ((line = in.readLine()) != null) {
        if (first && !line.isEmpty() && line.charAt(0) == BOM) {
          line = line.substring(1);
        }
        first = false;
        List<String> cols = split(line);
        if (cols.isEmpty()) {
          if (!rows.isEmpty()) {
            out.add(new ConllSentence(rows));
            rows.clear();
          }
        } else {
          rows.add(cols);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!rows.isEmpty()) {
      out.add(new ConllSentence(rows));
    }
    return out;
  }

  /** The whitespace-separated columns of a line (empty for a blank line). */
  static List<String> split(String line) {
    List<String> cols = new ArrayList<>(3);
    int n = line.length();
    int i = 0;
    while (i < n) {
      while (i < n && isSeparator(line.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < n && !isSeparator(line.charAt(i))) {
        i++;
      }
      if (i > s) {
        cols.add(line.substring(s, i));
      }
    }
    return cols;
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  /**
   * Writes sentences: columns joined by one space, a blank line after each sentence.
   *
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Writer out, List<ConllSentence> sentences) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(sentences, "sentences");
    try {
      for (ConllSentence s : sentences) {
        for (List<String> row : s.rows()) {
          out.write(String.join(" ", row));
          out.write('\n');
        }
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
