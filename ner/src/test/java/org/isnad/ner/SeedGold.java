package org.isnad.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The seed articles and their gold entity annotations, read with a minimal JSON reader. */
public final class SeedGold {
  private SeedGold() {}

  /** One gold span: type, text, offsets, and for mentions the canonical entity (else null). */
  public record Span(String type, String text, int start, int end, String entity) {}

  /** One seed article with its gold layers. */
  public record Article(String name, String text, List<Span> mentions, List<Span> annotations) {}

  /**
   * Exact-match counts of {@code predicted} against {@code gold} (type, start and end equal):
   * {true positives, distinct predicted, gold}.
   */
  public static int[] score(List<Mention> predicted, List<Span> gold) {
    java.util.Set<String> g = new java.util.HashSet<>();
    for (Span s : gold) {
      g.add(s.type() + "|" + s.start() + "|" + s.end());
    }
    java.util.Set<String> p = new java.util.HashSet<>();
    for (Mention m : predicted) {
      p.add(m.type().name() + "|" + m.start() + "|" + m.end());
    }
    int tp = 0;
    for (String k : p) {
      if (g.contains(k)) {
        tp++;
      }
    }
    return new int[] {tp, p.size(), g.size()};
  }

  /** F1 of {@link #score} counts. */
  public static double f1(int[] s) {
    double p = s[0] / Math.max(1.0, s[1]);
    double r = s[0] / Math.max(1.0, s[2]);
    return 2 * p * r / Math.max(1e-9, p + r);
  }

  /** One report line of {@link #score} counts: tp, predicted, gold, P, R, F1. */
  public static String line(String what, int[] s) {
    return String.format("%-40s tp=%d predicted=%d gold=%d P=%.3f R=%.3f F1=%.3f%n", what, s[0], s[1],
        s[2], s[0] / Math.max(1.0, s[1]), s[0] / Math.max(1.0, s[2]), f1(s));
  }

  public static Path root() {
    return Path.of(System.getProperty("isnad.seeds", "../seeds"));
  }

  /** All five seed articles with their gold annotations, in file order. */
  public static List<Article> articles() {
    Path dir = root().resolve("articles");
    List<Article> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        String text = Files.readString(p, StandardCharsets.UTF_8);
        String base = name.substring(0, name.length() - ".txt".length());
        Path gold = root().resolve("annotations").resolve(base + ".entities.json");
        List<Span> mentions = new ArrayList<>();
        List<Span> annotations = new ArrayList<>();
        if (Files.exists(gold)) {
          @SuppressWarnings("unchecked")
          Map<String, Object> json = (Map<String, Object>) new Json(Files.readString(gold)).value();
          mentions = spans(json.get("mentions"));
          annotations = spans(json.get("annotations"));
        }
        out.add(new Article(name, text, mentions, annotations));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<Span> spans(Object list) {
    List<Span> out = new ArrayList<>();
    if (list == null) {
      return out;
    }
    for (Object o : (List<Object>) list) {
      Map<String, Object> m = (Map<String, Object>) o;
      out.add(new Span((String) m.get("type"), (String) m.get("text"),
          ((Number) m.get("start")).intValue(), ((Number) m.get("end")).intValue(),
          (String) m.get("entity")));
    }
    return out;
  }

  /** A minimal JSON reader: objects, arrays, strings, numbers, true/false/null. */
  static final class Json {
    private final String s;
    private int i;

    Json(String s) {
      this.s = s;
    }

    Object value() {
      ws();
      char c = s.charAt(i);
      if (c == '{') {
        Map<String, Object> m = new LinkedHashMap<>();
        i++;
        ws();
        if (s.charAt(i) == '}') {
          i++;
          return m;
        }
        while (true) {
          ws();
          String k = string();
          ws();
          i++; // :
          m.put(k, value());
          ws();
          if (s.charAt(i++) == '}') {
            return m;
          }
        }
      }
      if (c == '[') {
        List<Object> l = new ArrayList<>();
        i++;
        ws();
        if (s.charAt(i) == ']') {
          i++;
          return l;
        }
        while (true) {
          l.add(value());
          ws();
          if (s.charAt(i++) == ']') {
            return l;
          }
        }
      }
      if (c == '"') {
        return string();
      }
      if (s.startsWith("true", i)) {
        i += 4;
        return Boolean.TRUE;
      }
      if (s.startsWith("false", i)) {
        i += 5;
        return Boolean.FALSE;
      }
      if (s.startsWith("null", i)) {
        i += 4;
        return null;
      }
      int st = i;
      while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
      return Double.parseDouble(s.substring(st, i));
    }

    private String string() {
      StringBuilder b = new StringBuilder();
      i++; // opening quote
      while (true) {
        char c = s.charAt(i++);
        if (c == '"') {
          return b.toString();
        }
        if (c == '\\') {
          char e = s.charAt(i++);
          switch (e) {
            case 'n' -> b.append('\n');
            case 't' -> b.append('\t');
            case 'r' -> b.append('\r');
            case 'b' -> b.append('\b');
            case 'f' -> b.append('\f');
            case 'u' -> {
              b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
              i += 4;
            }
            default -> b.append(e);
          }
        } else {
          b.append(c);
        }
      }
    }

    private void ws() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }
  }
}
