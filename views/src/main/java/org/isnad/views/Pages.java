package org.isnad.views;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.isnad.claims.QuoteKind;
import org.isnad.claims.SourceType;
import org.isnad.ner.EntityType;

/** What every page shares: the head with the inline style sheet, the script, and the labels. */
final class Pages {
  private static final String CSS = resource("page.css");
  private static final String SCRIPT = resource("page.js");
  private static final int EXCERPT_CHARS = 220;

  private Pages() {}

  /** {@code <!DOCTYPE html>} through {@code <body>}: right to left, Arabic, UTF-8, inline CSS. */
  static void head(StringBuilder out, String title) {
    out.append("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"Isnad\">\n<title>");
    Html.text(out, title);
    out.append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
  }

  /** The linked-highlight script, {@code </body>} and {@code </html>}. */
  static void tail(StringBuilder out) {
    out.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
  }

  static String label(EntityType type) {
    return switch (type) {
      case PERSON -> "شخص";
      case ORGANIZATION -> "منظمة";
      case LOCATION -> "مكان";
      case MISC -> "أخرى";
    };
  }

  static String label(QuoteKind kind) {
    return switch (kind) {
      case DIRECT -> "مباشر";
      case INDIRECT -> "غير مباشر";
      case MIXED -> "مختلط";
    };
  }

  static String label(SourceType type) {
    return switch (type) {
      case PERSON -> "شخص";
      case ORGANIZATION -> "منظمة";
      case DOCUMENT -> "وثيقة";
      case OTHER -> "أخرى";
    };
  }

  /** A CSS class suffix: the enum name in lower case. */
  static String css(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** Confidence with two decimals, as the JSON rounds it. */
  static String confidence(double c) {
    return String.format(Locale.ROOT, "%.2f", Math.round(c * 100) / 100.0);
  }

  /** {@code text} escaped, cut after {@value #EXCERPT_CHARS} characters with an ellipsis. */
  static void excerpt(StringBuilder out, String text) {
    if (text.length() <= EXCERPT_CHARS) {
      Html.text(out, text);
    } else {
      int cut = EXCERPT_CHARS;
      if (Character.isLowSurrogate(text.charAt(cut))) {
        cut--;
      }
      Html.text(out, text.subSequence(0, cut));
      out.append('…');
    }
  }

  private static String resource(String name) {
    try (InputStream in = Pages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/isnad/views/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
