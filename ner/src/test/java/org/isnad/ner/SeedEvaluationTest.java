package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Scores {@link NamedEntityRecognizer#recognize(String)} on the hand-annotated seed articles
 * ({@code seeds/annotations/*.entities.json}): exact span and type, per type and micro. A cross-domain
 * check (2017–2019 news on Syria and Iraq); nothing was trained or tuned on these articles.
 */
class SeedEvaluationTest {
  private static final Pattern MENTION = Pattern.compile(
      "\"type\":\\s*\"(PERSON|ORGANIZATION|LOCATION|MISC)\",\\s*\"text\":\\s*\"(?:[^\"\\\\]|\\\\.)*\",\\s*"
          + "\"start\":\\s*(\\d+),\\s*\"end\":\\s*(\\d+)");

  record Span(String type, int start, int end) {}

  @Test
  void recognizeOnTheAnnotatedSeedArticles() throws IOException {
    Path seeds = Path.of(System.getProperty("isnad.seeds"));
    Path annotations = seeds.resolve("annotations");
    if (!Files.isDirectory(annotations)) {
      return; // annotations not present in this checkout
    }
    NamedEntityRecognizer ner = NamedEntityRecognizer.getDefault();
    Map<String, int[]> counts = new TreeMap<>();
    int[] micro = new int[3];
    List<Path> files;
    try (Stream<Path> s = Files.list(annotations)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".entities.json")).sorted().toList();
    }
    for (Path f : files) {
      String json = Files.readString(f, StandardCharsets.UTF_8);
      String name = f.getFileName().toString().replace(".entities.json", ".txt");
      String text = Files.readString(seeds.resolve("articles").resolve(name), StandardCharsets.UTF_8);
      int cut = json.indexOf("\"annotations\"");
      Matcher m = MENTION.matcher(cut < 0 ? json : json.substring(0, cut));
      Set<Span> gold = new HashSet<>();
      while (m.find()) {
        gold.add(new Span(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
      }
      Set<Span> pred = new HashSet<>();
      for (Mention x : ner.recognize(text)) {
        pred.add(new Span(x.type().name(), x.start(), x.end()));
      }
      for (Span g : gold) {
        counts.computeIfAbsent(g.type(), k -> new int[3])[2]++;
        micro[2]++;
      }
      for (Span p : pred) {
        int[] c = counts.computeIfAbsent(p.type(), k -> new int[3]);
        c[1]++;
        micro[1]++;
        if (gold.contains(p)) {
          c[0]++;
          micro[0]++;
        }
      }
    }
    System.out.println("recognize() on the annotated seed articles (exact span and type):");
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      System.out.println(line(e.getKey(), e.getValue()));
    }
    System.out.println(line("micro", micro));
    assertTrue(micro[2] > 0);
    assertTrue(f1(micro) > 0.3, "seed micro F1 fell to " + f1(micro));
  }

  private static double f1(int[] c) {
    double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
    double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static String line(String label, int[] c) {
    double p = c[1] == 0 ? 0 : 100.0 * c[0] / c[1];
    double r = c[2] == 0 ? 0 : 100.0 * c[0] / c[2];
    return String.format(Locale.ROOT, "%13s: P %6.2f  R %6.2f  F1 %6.2f  (gold %d, found %d, correct %d)",
        label, p, r, 100 * f1(c), c[2], c[1], c[0]);
  }
}
