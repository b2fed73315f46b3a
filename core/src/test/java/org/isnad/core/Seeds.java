package org.isnad.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The seed articles, found through the {@code isnad.seeds} system property. */
final class Seeds {
  private Seeds() {}

  static Map<String, String> articles() {
    Path dir = Path.of(System.getProperty("isnad.seeds", "../seeds"), "articles");
    Map<String, String> out = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        out.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (out.size() != 5) {
      throw new IllegalStateException("expected 5 seed articles in " + dir + ", found " + out.size());
    }
    return out;
  }
}
