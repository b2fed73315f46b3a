package org.isnad.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.isnad.core.Tokenizer;

/**
 * The benchmark corpus: the five seed articles followed by the ANERcorp train portion reassembled
 * into article-sized documents, read from the repository at benchmark setup.
 *
 * <p>The repository root is the system property {@code isnad.root} when set; otherwise the parent
 * of the system property {@code isnad.seeds} when set; otherwise the nearest directory, starting
 * at the current directory and walking up, that contains {@code seeds/articles}.
 *
 * <p>Reassembly of ANERcorp ({@code ner/data/anercorp/anercorp-train.conll}: one {@code token TAG}
 * per line, a blank line between sentences; the token is the first whitespace-separated field):
 *
 * <ul>
 *   <li>A sentence is its tokens joined by one space, except that no space is put before {@code .
 *       , ، ؛ : ؟ !} and {@code )}, nor after {@code (}.
 *   <li>ANERcorp has no document boundaries, so consecutive sentences are grouped greedily: a
 *       document is closed as soon as it holds at least {@value #DOCUMENT_TOKENS} ANERcorp tokens;
 *       the last document takes whatever remains. Sentences within a document are separated by
 *       one space.
 * </ul>
 *
 * <p>The corpus's token count, used to report tokens per second for every benchmark alike, is the
 * number of tokens Isnad's {@link Tokenizer} finds in all documents; its byte count is their UTF-8
 * length. Instances are immutable.
 */
public final class BenchCorpus {

  /** ANERcorp tokens after which a reassembled document is closed. */
  public static final int DOCUMENT_TOKENS = 300;

  /** Path of the ANERcorp train portion, relative to the repository root. */
  public static final String ANERCORP_PATH = "ner/data/anercorp/anercorp-train.conll";

  /** Path of the seed articles, relative to the repository root. */
  public static final String SEEDS_PATH = "seeds/articles";

  private static final char SPACE = ' ';
  private static final char OPEN_PAREN = '(';
  private static final String NO_SPACE_BEFORE = ".,\u060C\u061B:\u061F!)";

  private final List<String> documents;
  private final int seedDocuments;
  private final int tokens;
  private final long chars;
  private final long utf8Bytes;

  private BenchCorpus(List<String> documents, int seedDocuments) {
    this.documents = Collections.unmodifiableList(new ArrayList<>(documents));
    this.seedDocuments = seedDocuments;
    int[] count = new int[1];
    long c = 0;
    long b = 0;
    Tokenizer tokenizer = new Tokenizer();
    for (String d : this.documents) {
      tokenizer.tokenize(d, (s, e, type, role) -> count[0]++);
      c += d.length();
      b += d.getBytes(StandardCharsets.UTF_8).length;
    }
    this.tokens = count[0];
    this.chars = c;
    this.utf8Bytes = b;
  }

  /** Loads the corpus from {@link #repoRoot()}. */
  public static BenchCorpus load() {
    return load(repoRoot());
  }

  /**
   * Loads the corpus from the repository at {@code root}.
   *
   * @throws UncheckedIOException if the seed articles or the ANERcorp file cannot be read
   */
  public static BenchCorpus load(Path root) {
    Objects.requireNonNull(root, "root");
    List<String> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(root.resolve(SEEDS_PATH))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        docs.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read seed articles under " + root, e);
    }
    int seeds = docs.size();
    List<String> lines;
    try {
      lines = Files.readAllLines(root.resolve(ANERCORP_PATH), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + root.resolve(ANERCORP_PATH), e);
    }
    docs.addAll(reassemble(readSentences(lines), DOCUMENT_TOKENS));
    return new BenchCorpus(docs, seeds);
  }

  /**
   * The repository root, found as described in the class comment.
   *
   * @throws IllegalStateException if no directory holding {@code seeds/articles} is found
   */
  public static Path repoRoot() {
    String root = System.getProperty("isnad.root");
    if (root != null && !root.isBlank()) {
      return Path.of(root).toAbsolutePath().normalize();
    }
    String seeds = System.getProperty("isnad.seeds");
    if (seeds != null && !seeds.isBlank() && Files.isDirectory(Path.of(seeds, "articles"))) {
      return Path.of(seeds).toAbsolutePath().normalize().getParent();
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve(SEEDS_PATH))) {
        return p;
      }
    }
    throw new IllegalStateException(
        "repository root not found: set -Disnad.root=<repo> or run inside the repository");
  }

  /** Splits CoNLL lines into sentences of tokens (first field of each non-blank line). */
  static List<List<String>> readSentences(List<String> lines) {
    List<List<String>> sentences = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : lines) {
      String t = line.strip();
      if (t.isEmpty()) {
        if (!current.isEmpty()) {
          sentences.add(current);
          current = new ArrayList<>();
        }
        continue;
      }
      int cut = 0;
      while (cut < t.length() && !Character.isWhitespace(t.charAt(cut))) {
        cut++;
      }
      current.add(t.substring(0, cut));
    }
    if (!current.isEmpty()) {
      sentences.add(current);
    }
    return sentences;
  }

  /**
   * Groups sentences into documents closed once they reach {@code documentTokens} tokens.
   *
   * @throws IllegalArgumentException if {@code documentTokens < 1}
   */
  static List<String> reassemble(List<List<String>> sentences, int documentTokens) {
    if (documentTokens < 1) {
      throw new IllegalArgumentException("documentTokens < 1: " + documentTokens);
    }
    List<String> docs = new ArrayList<>();
    StringBuilder doc = new StringBuilder();
    int inDoc = 0;
    for (List<String> sentence : sentences) {
      if (doc.length() > 0) {
        doc.append(SPACE);
      }
      appendSentence(doc, sentence);
      inDoc += sentence.size();
      if (inDoc >= documentTokens) {
        docs.add(doc.toString());
        doc.setLength(0);
        inDoc = 0;
      }
    }
    if (doc.length() > 0) {
      docs.add(doc.toString());
    }
    return docs;
  }

  /** Appends one sentence's tokens with the spacing rule of the class comment. */
  static void appendSentence(StringBuilder out, List<String> tokens) {
    boolean first = true;
    boolean afterOpen = false;
    for (String t : tokens) {
      boolean attach = t.length() == 1 && NO_SPACE_BEFORE.indexOf(t.charAt(0)) >= 0;
      if (!first && !attach && !afterOpen) {
        out.append(SPACE);
      }
      out.append(t);
      first = false;
      afterOpen = t.length() == 1 && t.charAt(0) == OPEN_PAREN;
    }
  }

  /** The documents: the seed articles first, then the reassembled ANERcorp documents. */
  public List<String> documents() {
    return documents;
  }

  /** The corpus of the first {@code n} documents (all if there are fewer). */
  public BenchCorpus first(int n) {
    int k = Math.min(n, documents.size());
    return new BenchCorpus(documents.subList(0, k), Math.min(seedDocuments, k));
  }

  /** How many of {@link #documents()} (at the start) are seed articles. */
  public int seedDocuments() {
    return seedDocuments;
  }

  /** Tokens Isnad's tokenizer finds in all documents. */
  public int tokens() {
    return tokens;
  }

  /** Total length of all documents in UTF-16 chars. */
  public long chars() {
    return chars;
  }

  /** Total UTF-8 length of all documents in bytes. */
  public long utf8Bytes() {
    return utf8Bytes;
  }

  /**
   * A text of at most {@code utf8Bytes} UTF-8 bytes (and at least 90% of it) made by repeating the
   * documents in order, separated by a blank line, cut at the last space before the limit.
   *
   * @throws IllegalArgumentException if {@code utf8Bytes < 64}
   */
  public String repeated(int utf8Bytes) {
    if (utf8Bytes < 64) {
      throw new IllegalArgumentException("utf8Bytes < 64: " + utf8Bytes);
    }
    if (chars == 0) {
      throw new IllegalStateException("empty corpus");
    }
    StringBuilder sb = new StringBuilder();
    long bytes = 0;
    int lastSpace = 0;
    outer:
    while (true) {
      for (String d : documents) {
        String piece = sb.length() == 0 ? d : "\n\n" + d;
        for (int i = 0; i < piece.length(); i++) {
          char c = piece.charAt(i);
          int w = utf8Bytes(c);
          if (bytes + w > utf8Bytes) {
            break outer;
          }
          bytes += w;
          if (Character.isWhitespace(c)) {
            lastSpace = sb.length();
          }
          sb.append(c);
        }
      }
    }
    if (lastSpace > 0 && lastSpace >= sb.length() * 9 / 10) {
      sb.setLength(lastSpace);
    }
    return sb.toString();
  }

  /**
   * {@code text} cut into consecutive pieces of at most {@code utf8Bytes} UTF-8 bytes each, every
   * piece ending after the last whitespace character within its budget (or at the budget itself,
   * never inside a surrogate pair, when the budget holds no whitespace). The pieces joined give back
   * {@code text} exactly.
   *
   * @throws IllegalArgumentException if {@code utf8Bytes < 4}
   */
  public static List<String> pieces(String text, int utf8Bytes) {
    if (utf8Bytes < 4) {
      throw new IllegalArgumentException("utf8Bytes < 4: " + utf8Bytes);
    }
    List<String> out = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      long bytes = 0;
      int end = start;
      int afterSpace = -1;
      while (end < text.length()) {
        char c = text.charAt(end);
        int units = Character.isHighSurrogate(c) && end + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(end + 1)) ? 2 : 1;
        int w = units * utf8Bytes(c);
        if (bytes + w > utf8Bytes) {
          break;
        }
        bytes += w;
        end += units;
        if (Character.isWhitespace(c)) {
          afterSpace = end;
        }
      }
      if (end < text.length() && afterSpace > start) {
        end = afterSpace;
      }
      out.add(text.substring(start, end));
      start = end;
    }
    return out;
  }

  /**
   * UTF-8 bytes of one char: 1, 2 or 3; 2 for either half of a surrogate pair (4 for the pair). A
   * lone surrogate counts 2 as well, more than the one byte ({@code ?}) Java's encoder writes for
   * it, so a byte budget is never exceeded.
   */
  private static int utf8Bytes(char c) {
    return c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
  }

  /** A one-paragraph description of the corpus (documents, tokens, chars, bytes). */
  public String summary() {
    return String.format(
        "corpus: %d documents (%d seed articles + %d ANERcorp-train documents of >= %d tokens),"
            + " %,d Isnad tokens, %,d chars, %,d UTF-8 bytes (%.2f MB)",
        documents.size(), seedDocuments, documents.size() - seedDocuments, DOCUMENT_TOKENS,
        tokens, chars, utf8Bytes, utf8Bytes / 1e6);
  }
}
