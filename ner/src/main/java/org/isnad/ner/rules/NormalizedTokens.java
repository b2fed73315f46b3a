package org.isnad.ner.rules;

import java.util.List;
import java.util.Objects;
import org.isnad.core.NormalizedText;
import org.isnad.core.Normalizer;
import org.isnad.core.Token;
import org.isnad.core.TokenType;

/**
 * A token list seen through {@link Normalizer#SEARCH}, with the glued proclitics of each Arabic
 * word considered: the matching view shared by the rule annotator and the gazetteer.
 *
 * <p>For every token it keeps the normalized form of the whole token and, for an Arabic word, up
 * to three <em>bare</em> forms with glued proclitics removed: a conjunction و or ف, then a
 * preposition ب ل or ك (وأمس → امس, وبالبوكمال → البوكمال, لقسد → قسد). The contraction ل + ال
 * written لل gives the form with ال restored and starts at the second ل (للتحالف → التحالف, original
 * span لتحالف): only the preposition is left out; the same span is also offered as written
 * (لليبيا → ليبيا). A bare form is at least {@value #MIN_BARE}
 * characters long. {@link #bareStart(int, int)} gives the exact original index where a bare form
 * starts, after any diacritics of the stripped letters.
 *
 * <p>Building the view is linear in the text; instances are immutable and thread-safe.
 */
public final class NormalizedTokens {

  /** Shortest bare form kept after stripping proclitics. */
  public static final int MIN_BARE = 2;

  /** Most bare forms a token can have: conjunction stripped, then ل + ال and ل + a word. */
  private static final int MAX_BARE = 3;

  private static final char WAW = '\u0648';
  private static final char FEH = '\u0641';
  private static final char BEH = '\u0628';
  private static final char LAM = '\u0644';
  private static final char KAF = '\u0643';
  private static final char ALEF = '\u0627';
  private static final char NEWLINE = '\n';
  private static final char RETURN = '\r';

  private final String text;
  private final List<Token> tokens;
  private final String[] forms;
  private final String[][] bare;
  private final int[][] bareStarts;
  private final boolean[] joinedToNext;

  /**
   * Builds the view of {@code tokens}, which must be the tokens of {@code text} in order.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a token does not fit {@code text}
   */
  public NormalizedTokens(String text, List<Token> tokens) {
    this.text = Objects.requireNonNull(text, "text");
    this.tokens = List.copyOf(Objects.requireNonNull(tokens, "tokens"));
    int n = this.tokens.size();
    forms = new String[n];
    bare = new String[n][];
    bareStarts = new int[n][];
    joinedToNext = new boolean[n];
    for (int i = 0; i < n; i++) {
      Token t = this.tokens.get(i);
      if (t.end() > text.length()) {
        throw new IllegalArgumentException("token " + t + " lies outside the text");
      }
      if (t.type() == TokenType.WORD) {
        NormalizedText nt = Normalizer.SEARCH.normalize(t.text());
        forms[i] = nt.text();
        strip(i, t, nt);
      } else {
        forms[i] = Normalizer.SEARCH.apply(t.text());
        bare[i] = new String[0];
        bareStarts[i] = new int[0];
      }
      if (i + 1 < n) {
        joinedToNext[i] = noLineBreak(t.end(), this.tokens.get(i + 1).start());
      }
    }
  }

  private boolean noLineBreak(int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == NEWLINE || c == RETURN || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return from <= to;
  }

  private void strip(int i, Token t, NormalizedText nt) {
    String f = nt.text();
    String[] outForms = new String[MAX_BARE];
    int[] outStarts = new int[MAX_BARE];
    int count = 0;
    int k = 0;
    if (f.length() > MIN_BARE && (f.charAt(0) == WAW || f.charAt(0) == FEH)) {
      k = 1;
      outForms[count] = f.substring(1);
      outStarts[count] = t.start() + nt.originalStart(1);
      count++;
    }
    if (f.length() - k > MIN_BARE) {
      char p = f.charAt(k);
      if (p == LAM && f.charAt(k + 1) == LAM && f.length() - k - 1 > MIN_BARE) {
        outForms[count] = ALEF + f.substring(k + 1);
        outStarts[count] = t.start() + nt.originalStart(k + 1);
        count++;
        outForms[count] = f.substring(k + 1); // لليبيا = ل + ليبيا
        outStarts[count] = t.start() + nt.originalStart(k + 1);
        count++;
      } else if (p == BEH || p == LAM || p == KAF) {
        outForms[count] = f.substring(k + 1);
        outStarts[count] = t.start() + nt.originalStart(k + 1);
        count++;
      }
    }
    bare[i] = java.util.Arrays.copyOf(outForms, count);
    bareStarts[i] = java.util.Arrays.copyOf(outStarts, count);
  }

  /** The text the tokens belong to. */
  public String text() {
    return text;
  }

  /** The tokens (unmodifiable). */
  public List<Token> tokens() {
    return tokens;
  }

  /** Number of tokens. */
  public int size() {
    return forms.length;
  }

  /** Token {@code i}. */
  public Token token(int i) {
    return tokens.get(i);
  }

  /** The {@link Normalizer#SEARCH} form of the whole token {@code i}. */
  public String form(int i) {
    return forms[i];
  }

  /** True when token {@code i} is an Arabic word. */
  public boolean isWord(int i) {
    return tokens.get(i).type() == TokenType.WORD;
  }

  /** Number of bare forms of token {@code i} (0 to 3), most likely first. */
  public int bareCount(int i) {
    return bare[i].length;
  }

  /** Bare form {@code k} of token {@code i}, glued proclitics removed. */
  public String bare(int i, int k) {
    return bare[i][k];
  }

  /** Original index where bare form {@code k} of token {@code i} starts. */
  public int bareStart(int i, int k) {
    return bareStarts[i][k];
  }

  /**
   * True when tokens {@code i} and {@code i + 1} both exist and only spaces without a line break
   * stand between them.
   */
  public boolean joined(int i) {
    return i >= 0 && i < joinedToNext.length && joinedToNext[i];
  }
}
