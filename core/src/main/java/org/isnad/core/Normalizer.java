package org.isnad.core;

import static org.isnad.core.ArabicChars.*;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Folds the spelling variation of Arabic text, keeping an exact map back to the original.
 *
 * <p>What is folded is chosen by {@link NormalizationOption}s, each independently switchable; two
 * presets cover the usual needs:
 *
 * <ul>
 *   <li>{@link #SEARCH}: every option on, for matching, search and features;
 *   <li>{@link #LIGHT}: everything but {@link NormalizationOption#TEH_MARBUTA} and {@link
 *       NormalizationOption#ALEF_MAKSURA}, so the text stays readable Arabic.
 * </ul>
 *
 * <p>Properties that hold for every {@code String}, including lone surrogates and control
 * characters: normalization never throws, runs in time linear in the input, and is idempotent
 * ({@code n.apply(n.apply(s)).equals(n.apply(s))}). Characters outside the folded families,
 * supplementary characters included, are copied unchanged.
 *
 * <p>A normalizer is immutable and safe to share between threads; build it once.
 */
public final class Normalizer {

  /** Every option on: for matching, search and features. */
  public static final Normalizer SEARCH = new Normalizer(EnumSet.allOf(NormalizationOption.class));

  /** Every option but teh marbuta and alef maksura folding: keeps the text readable. */
  public static final Normalizer LIGHT =
      new Normalizer(
          EnumSet.complementOf(
              EnumSet.of(NormalizationOption.TEH_MARBUTA, NormalizationOption.ALEF_MAKSURA)));

  private static final int KEEP = -1;
  private static final int DELETE = -2;
  private static final int EXPAND = -3;
  private static final int FIXED_POINT_ROUNDS = 4;

  private final Set<NormalizationOption> options;
  /** Per BMP char: {@link #KEEP}, {@link #DELETE}, {@link #EXPAND} or the replacement char. */
  private final int[] table = new int[Character.MAX_VALUE + 1];
  /** Expansions of presentation forms, indexed by {@code c - '\uFB50'}. */
  private final String[] expansions = new String[0xFEFF - 0xFB50 + 1];

  private Normalizer(Set<NormalizationOption> options) {
    this.options = Collections.unmodifiableSet(EnumSet.copyOf(options));
    Arrays.fill(table, KEEP);
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      if (isPresentationForm((char) c) && has(NormalizationOption.PRESENTATION_FORMS)
          && !(has(NormalizationOption.INVISIBLES) && isInvisible((char) c))) {
        String expanded = expand((char) c);
        if (expanded.isEmpty()) {
          table[c] = DELETE;
        } else if (expanded.length() == 1) {
          table[c] = expanded.charAt(0) == c ? KEEP : expanded.charAt(0);
        } else {
          table[c] = EXPAND;
          expansions[c - 0xFB50] = expanded;
        }
        continue;
      }
      int folded = fold((char) c);
      table[c] = folded == c ? KEEP : folded;
    }
  }

  /**
   * A normalizer with exactly the given options.
   *
   * @throws NullPointerException if {@code options} is null
   */
  public static Normalizer of(Set<NormalizationOption> options) {
    Objects.requireNonNull(options, "options");
    return options.isEmpty()
        ? new Normalizer(EnumSet.noneOf(NormalizationOption.class))
        : new Normalizer(options);
  }

  /** A normalizer with exactly the given options. */
  public static Normalizer of(NormalizationOption... options) {
    EnumSet<NormalizationOption> set = EnumSet.noneOf(NormalizationOption.class);
    Collections.addAll(set, options);
    return new Normalizer(set);
  }

  /** The options this normalizer applies (unmodifiable). */
  public Set<NormalizationOption> options() {
    return options;
  }

  /**
   * Normalizes {@code original} and keeps the map from every normalized character back to the
   * original.
   *
   * @throws NullPointerException if {@code original} is null
   */
  public NormalizedText normalize(String original) {
    Objects.requireNonNull(original, "original");
    int n = original.length();
    char[] in = original.toCharArray(); // one bulk copy reads faster than charAt per character
    char[] out = new char[n + 16];
    int[] breakNorm = new int[8];
    int[] breakOrig = new int[8];
    int breaks = 0;
    int len = 0;
    int delta = -1; // original index minus normalized index on the current run; -1: no run yet
    for (int i = 0; i < n; i++) {
      char c = in[i];
      int action = table[c];
      if (action == DELETE) {
        continue;
      }
      if (action != EXPAND) {
        if (len == out.length) {
          out = Arrays.copyOf(out, len + (len >> 1) + 16);
        }
        if (i - len != delta) {
          if (breaks == breakNorm.length) {
            breakNorm = Arrays.copyOf(breakNorm, breaks * 2);
            breakOrig = Arrays.copyOf(breakOrig, breaks * 2);
          }
          breakNorm[breaks] = len;
          breakOrig[breaks++] = i;
          delta = i - len;
        }
        out[len++] = action == KEEP ? c : (char) action;
        continue;
      }
      String expansion = expansions[c - 0xFB50];
      int k = expansion.length();
      if (len + k > out.length) {
        out = Arrays.copyOf(out, Math.max(len + k, len + (len >> 1) + 16));
      }
      if (breaks + k + 1 > breakNorm.length) {
        breakNorm = Arrays.copyOf(breakNorm, (breaks + k + 1) * 2);
        breakOrig = Arrays.copyOf(breakOrig, (breaks + k + 1) * 2);
      }
      for (int e = 0; e < k; e++) { // every expanded character starts at the one original char
        breakNorm[breaks] = len;
        breakOrig[breaks++] = i;
        out[len++] = expansion.charAt(e);
      }
      delta = i + 1 - len; // the next character, if it is i + 1, continues without a breakpoint
    }
    if (breaks == 0) {
      breakNorm[0] = 0;
      breakOrig[0] = n;
      breaks = 1;
    }
    return new NormalizedText(original, new String(out, 0, len), breakNorm, breakOrig, breaks);
  }

  /**
   * Normalizes {@code text} without keeping an offset map: the fast path for matching and
   * features.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public String apply(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    int i = 0;
    while (i < n && table[text.charAt(i)] == KEEP) {
      i++;
    }
    if (i == n) {
      return text.toString();
    }
    char[] out = new char[n + 16];
    for (int k = 0; k < i; k++) {
      out[k] = text.charAt(k);
    }
    int len = i;
    for (; i < n; i++) {
      char c = text.charAt(i);
      int action = table[c];
      if (action == KEEP || action >= 0) {
        if (len == out.length) {
          out = Arrays.copyOf(out, len + (len >> 1) + 16);
        }
        out[len++] = action == KEEP ? c : (char) action;
      } else if (action == EXPAND) {
        String expansion = expansions[c - 0xFB50];
        if (len + expansion.length() > out.length) {
          out = Arrays.copyOf(out, Math.max(len + expansion.length(), len + (len >> 1) + 16));
        }
        expansion.getChars(0, expansion.length(), out, len);
        len += expansion.length();
      }
    }
    return new String(out, 0, len);
  }

  /** True when the normalizer would change nothing in {@code c}. */
  public boolean keeps(char c) {
    return table[c] == KEEP;
  }

  private boolean has(NormalizationOption option) {
    return options.contains(option);
  }

  /** Applies the single-character rules until nothing changes; returns -2 for a deletion. */
  private int fold(char c) {
    int current = c;
    for (int round = 0; round < FIXED_POINT_ROUNDS; round++) {
      int next = foldOnce((char) current);
      if (next == DELETE || next == current) {
        return next;
      }
      current = next;
    }
    return current;
  }

  private int foldOnce(char c) {
    if (has(NormalizationOption.INVISIBLES) && isInvisible(c)) {
      return DELETE;
    }
    if (has(NormalizationOption.DIACRITICS) && isDiacritic(c)) {
      return DELETE;
    }
    if (has(NormalizationOption.TATWEEL) && c == TATWEEL) {
      return DELETE;
    }
    if (has(NormalizationOption.ALEF)) {
      switch (c) {
        case ALEF_MADDA: case ALEF_HAMZA_ABOVE: case ALEF_HAMZA_BELOW: case ALEF_WASLA:
        case ALEF_WAVY_HAMZA_ABOVE: case ALEF_WAVY_HAMZA_BELOW:
          return ALEF;
        default:
          break;
      }
    }
    if (has(NormalizationOption.ALEF_MAKSURA) && c == ALEF_MAKSURA) {
      return YEH;
    }
    if (has(NormalizationOption.TEH_MARBUTA) && c == TEH_MARBUTA) {
      return HEH;
    }
    if (has(NormalizationOption.DIGITS)) {
      if (c >= ARABIC_INDIC_ZERO && c <= ARABIC_INDIC_ZERO + 9) {
        return '0' + (c - ARABIC_INDIC_ZERO);
      }
      if (c >= PERSIAN_ZERO && c <= PERSIAN_ZERO + 9) {
        return '0' + (c - PERSIAN_ZERO);
      }
    }
    if (has(NormalizationOption.PUNCTUATION)) {
      switch (c) {
        case ARABIC_COMMA: case ARABIC_THOUSANDS_SEPARATOR: return ',';
        case ARABIC_SEMICOLON: return ';';
        case ARABIC_QUESTION_MARK: return '?';
        case ARABIC_FULL_STOP: case ARABIC_DECIMAL_SEPARATOR: return '.';
        case ARABIC_PERCENT: return '%';
        default: break;
      }
    }
    if (has(NormalizationOption.QUOTES)) {
      if (isDoubleQuote(c)) {
        return '"';
      }
      if (isSingleQuote(c)) {
        return '\'';
      }
    }
    if (has(NormalizationOption.PERSIAN_LETTERS)) {
      int mapped = persianLetter(c);
      if (mapped != c) {
        return mapped;
      }
    }
    if (has(NormalizationOption.SPACES)) {
      if (c == LINE_SEPARATOR || c == PARAGRAPH_SEPARATOR) {
        return '\n';
      }
      if (c != ' ' && Character.getType(c) == Character.SPACE_SEPARATOR) {
        return ' ';
      }
    }
    return c;
  }

  private static int persianLetter(char c) {
    switch (c) {
      case '\u06A9': case '\u06AA': case '\u06AF': return KAF; // ک ڪ گ
      case '\u06CC': case '\u06D0': case '\u06CD': case '\u06CE': case '\u06D2': case '\u06D3':
        return YEH; // ی ې ۍ ێ ے ۓ
      case '\u06D5': case '\u06C0': case '\u06C1': case '\u06BE': return HEH; // ە ۀ ہ ھ
      case '\u06C3': return TEH_MARBUTA; // ۃ
      case '\u067E': return BEH; // پ
      case '\u0686': return JEEM; // چ
      case '\u0698': return ZAIN; // ژ
      case '\u06A4': return FEH; // ڤ
      default: return c;
    }
  }

  /** Compatibility decomposition of one presentation form, folded by the other options. */
  private String expand(char c) {
    String decomposed = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC);
    if (decomposed.length() > 1 && decomposed.charAt(0) == ' '
        && Character.getType(decomposed.charAt(1)) == Character.NON_SPACING_MARK) {
      decomposed = decomposed.substring(1); // isolated harakat forms decompose to space + mark
    }
    StringBuilder sb = new StringBuilder(decomposed.length());
    for (int k = 0; k < decomposed.length(); k++) {
      int folded = fold(decomposed.charAt(k));
      if (folded != DELETE) {
        sb.append((char) folded);
      }
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "Normalizer" + options;
  }
}
