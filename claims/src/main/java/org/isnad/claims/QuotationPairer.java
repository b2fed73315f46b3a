package org.isnad.claims;

import java.util.ArrayList;
import java.util.List;
import org.isnad.core.QuoteRole;
import org.isnad.core.Token;
import org.isnad.core.TokenType;

/**
 * Pairs quotation marks by their position within each block (a line of a paragraph), using each
 * mark's {@link QuoteRole} as evidence rather than its glyph alone:
 *
 * <ul>
 *   <li>with no quotation open, a closing mark is a stray and is ignored, unless it is glued to a
 *       one-letter conjunction or preposition before it (و" …); any other mark opens;
 *   <li>with a quotation open, a closing or ambiguous mark closes it; an opening mark closes it
 *       too when no word is attached after it (“…“ written with an opening glyph); an opening mark
 *       with a word attached after it opens one nested quotation;
 *   <li>a quotation still open at a forced boundary (a narrator's comma before a participle cue)
 *       or at the end of its block ends there, unclosed.
 * </ul>
 *
 * One pass over the tokens: linear in their number. Stateless.
 */
final class QuotationPairer {

  private static final int MAX_DEPTH = 2;

  /** One quotation: token indices of its marks (close = -1 when unclosed) and its inner range. */
  static final class Region {
    final int open;
    int close = -1;
    final int depth;
    final int innerStart;
    int innerEnd;
    /** Index of the last token inside, or open when none. */
    int lastInner;
    /** Number of non-punctuation tokens inside, computed once by the extractor; -1 until then. */
    int words = -1;

    Region(int open, int depth, int innerStart) {
      this.open = open;
      this.depth = depth;
      this.innerStart = innerStart;
    }

    boolean closed() {
      return close >= 0;
    }

    /** Token index after this region's last token. */
    int after() {
      return (close >= 0 ? close : lastInner) + 1;
    }
  }

  /**
   * The quotation regions of the tokens, in order of their opening mark.
   *
   * @param blockOf         block index of each token
   * @param forcedBoundary  true at tokens where every open quotation must end (before the token)
   * @param nameBefore      true at marks written right after a word that announces a name
   *                        (مؤسس، شركة، تطبيق): with the same glyph, such a mark inside an open
   *                        quotation opens a nested quoted name when one follows
   */
  List<Region> pair(String text, List<Token> tokens, int[] blockOf, boolean[] forcedBoundary,
      boolean[] nameBefore) {
    List<Region> out = new ArrayList<>();
    Region[] stack = new Region[MAX_DEPTH];
    int depth = 0;
    int n = tokens.size();
    int[] nextMark = nextMarks(tokens, blockOf);
    for (int t = 0; t < n; t++) {
      Token tok = tokens.get(t);
      if (depth > 0 && (blockOf[t] != blockOf[t - 1] || forcedBoundary[t])) {
        for (int d = 0; d < depth; d++) {
          endUnclosed(stack[d], tokens, t - 1);
        }
        depth = 0;
      }
      if (tok.type() != TokenType.QUOTE) {
        continue;
      }
      QuoteRole role = tok.quoteRole();
      boolean wordAfter = t + 1 < n && tokens.get(t + 1).start() == tok.end()
          && isWordLike(tokens.get(t + 1));
      if (depth == 0) {
        if (role == QuoteRole.CLOSING && !afterGluedLetter(tokens, t)) {
          continue;
        }
        Region r = new Region(t, 1, tok.end());
        r.lastInner = t;
        stack[depth++] = r;
        out.add(r);
      } else if (depth < MAX_DEPTH && (role == QuoteRole.OPENING && wordAfter
          || role == QuoteRole.AMBIGUOUS && nameBefore[t] && quotedNameAhead(tokens, nextMark, t))) {
        Region r = new Region(t, depth + 1, tok.end());
        r.lastInner = t;
        stack[depth++] = r;
        out.add(r);
      } else {
        Region r = stack[--depth];
        r.close = t;
        r.innerEnd = tok.start();
        r.lastInner = t - 1;
      }
    }
    for (int d = 0; d < depth; d++) {
      endUnclosed(stack[d], tokens, n - 1);
    }
    return out;
  }

  /** For each quotation mark, the next quotation mark of the same block, or -1; one backward pass. */
  private static int[] nextMarks(List<Token> tokens, int[] blockOf) {
    int n = tokens.size();
    int[] next = new int[n];
    int following = -1;
    for (int t = n - 1; t >= 0; t--) {
      next[t] = following >= 0 && blockOf[following] == blockOf[t] ? following : -1;
      if (tokens.get(t).type() == TokenType.QUOTE) {
        following = t;
      }
    }
    return next;
  }

  /**
   * True when the mark at t starts a short quoted name inside an open quotation: the next mark
   * comes after one to {@link #MAX_NESTED_NAME_WORDS} words and no punctuation, and a further mark
   * later in the block is left to close the outer quotation ("… مؤسس " واتس آب " - منذ …").
   */
  private static boolean quotedNameAhead(List<Token> tokens, int[] nextMark, int t) {
    int close = nextMark[t];
    if (close < 0 || close - t - 1 < 1 || close - t - 1 > MAX_NESTED_NAME_WORDS || nextMark[close] < 0) {
      return false;
    }
    for (int k = t + 1; k < close; k++) {
      if (!isWordLike(tokens.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static final int MAX_NESTED_NAME_WORDS = 3;

  private static void endUnclosed(Region r, List<Token> tokens, int lastToken) {
    r.lastInner = Math.max(r.open, lastToken);
    r.innerEnd = Math.max(r.innerStart, tokens.get(r.lastInner).end());
  }

  /**
   * True when the mark at t is glued to a one-letter conjunction or preposition before it (و" …،
   * ب" …): the letter belongs to the narrator, so the mark opens whatever its glyph says.
   */
  private static boolean afterGluedLetter(List<Token> tokens, int t) {
    if (t == 0) {
      return false;
    }
    Token prev = tokens.get(t - 1);
    return prev.end() == tokens.get(t).start() && prev.text().length() == 1
        && GLUED_LETTERS.indexOf(prev.text().charAt(0)) >= 0;
  }

  /** و، ف، ب، ل، ك: letters that are written glued to the next word. */
  private static final String GLUED_LETTERS = "\u0648\u0641\u0628\u0644\u0643";

  private static boolean isWordLike(Token t) {
    TokenType y = t.type();
    return y != TokenType.PUNCT && y != TokenType.QUOTE && y != TokenType.SYMBOL;
  }
}
