package org.isnad.views;

import java.nio.charset.StandardCharsets;

/**
 * HTML escaping that keeps every UTF-16 unit of the text at its index once a browser has parsed
 * the page, so offsets into the original text stay valid in the DOM.
 *
 * <ul>
 *   <li>{@code & < > "} become references (the quote only matters in attributes).
 *   <li>CARRIAGE RETURN is written as {@code &#13;}: a raw one would be folded into the following
 *       line feed by the HTML parser and shift every later offset.
 *   <li>Other C0 controls and DEL are written as numeric references, which the parser keeps.
 *   <li>NUL and unpaired surrogates cannot be carried by an HTML page at all (the parser drops
 *       NUL; UTF-8 has no encoding for a lone surrogate): each becomes U+FFFD REPLACEMENT
 *       CHARACTER, one unit for one unit, so offsets still hold.
 * </ul>
 *
 * Stateless and thread-safe.
 */
final class Html {
  static final char REPLACEMENT = '\uFFFD';
  private static final char NUL = '\u0000';
  private static final char TAB = '\t';
  private static final char LINE_FEED = '\n';
  private static final char FORM_FEED = '\f';
  private static final char CARRIAGE_RETURN = '\r';
  private static final char DELETE = '\u007F';
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Html() {}

  /** Appends {@code text[start, end)} escaped for an element's content. */
  static void text(StringBuilder out, CharSequence text, int start, int end) {
    escape(out, text, start, end, false);
  }

  /** Appends {@code text} escaped for an element's content. */
  static void text(StringBuilder out, CharSequence text) {
    escape(out, text, 0, text.length(), false);
  }

  /** Appends {@code text} escaped for a double-quoted attribute value. */
  static void attribute(StringBuilder out, CharSequence text) {
    escape(out, text, 0, text.length(), true);
  }

  /** {@code text} escaped for an element's content. */
  static String text(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    text(out, text);
    return out.toString();
  }

  /** What the DOM holds for {@code text} once parsed: NUL and unpaired surrogates become U+FFFD. */
  static String asParsed(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == NUL || unpairedSurrogate(text, i)) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        out.setCharAt(i, REPLACEMENT);
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * A path segment for an href: UTF-8 bytes percent-encoded except RFC 3986's unreserved
   * characters, so any file name (spaces, {@code #}, Arabic) links to itself.
   */
  static String pathSegment(String name) {
    StringBuilder out = new StringBuilder(name.length() * 3);
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }

  private static void escape(StringBuilder out, CharSequence text, int start, int end, boolean attribute) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case NUL -> out.append(REPLACEMENT);
        case TAB, LINE_FEED, FORM_FEED -> out.append(c);
        case CARRIAGE_RETURN -> out.append("&#13;");
        default -> {
          if (c < ' ' || c == DELETE) {
            out.append("&#").append((int) c).append(';');
          } else if (Character.isSurrogate(c) && unpairedSurrogate(text, i)) {
            out.append(REPLACEMENT);
          } else {
            out.append(c);
          }
        }
      }
    }
  }

  private static boolean unpairedSurrogate(CharSequence text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }
}
