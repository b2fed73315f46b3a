package org.isnad.cli;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.text.translate.AggregateTranslator;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.EntityArrays;
import org.apache.commons.text.translate.LookupTranslator;
import org.apache.commons.text.translate.NumericEntityUnescaper;

/**
 * Decodes HTML 4 character references ({@code &quot;}, {@code &#1575;}, {@code &#x627;}) as
 * {@link org.apache.commons.text.StringEscapeUtils#unescapeHtml4} does, except that a numeric
 * reference to no Unicode code point ({@code &#x110000;}) is left as written instead of failing
 * the whole document. Thread-safe.
 */
final class HtmlText {
  private static final CharSequenceTranslator DECODER = new AggregateTranslator(
      new LookupTranslator(EntityArrays.BASIC_UNESCAPE),
      new LookupTranslator(EntityArrays.ISO8859_1_UNESCAPE),
      new LookupTranslator(EntityArrays.HTML40_EXTENDED_UNESCAPE),
      new ValidNumericReferences());

  private HtmlText() {}

  /** {@code text} with its character references decoded; see the class comment. */
  static String decode(String text) {
    return DECODER.translate(text);
  }

  /** Numeric references; one out of the Unicode range is not translated (copied as is). */
  private static final class ValidNumericReferences extends CharSequenceTranslator {
    private final NumericEntityUnescaper numeric = new NumericEntityUnescaper();

    @Override
    public int translate(CharSequence input, int index, Writer out) throws IOException {
      try {
        return numeric.translate(input, index, out); // writes nothing before it throws
      } catch (IllegalArgumentException notACodePoint) {
        return 0;
      }
    }
  }
}
