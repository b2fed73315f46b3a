package org.isnad.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The seed articles, by file name, in name order. */
final class Seeds {
  private Seeds() {}

  static Path root() {
    return Path.of(System.getProperty("isnad.seeds", "../seeds"));
  }

  static Map<String, String> articles() {
    Map<String, String> out = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(root().resolve("articles"))) {
      for (Path p : files.sorted().toList()) {
        out.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (out.size() < 5) {
      throw new IllegalStateException("expected the five seed articles under " + root());
    }
    return out;
  }
}
