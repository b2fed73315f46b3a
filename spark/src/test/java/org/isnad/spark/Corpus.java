package org.isnad.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Test documents: the seed articles, and generated news items in which a few sources (named in
 * full, by surname, with a title, or as an organisation) make a few statements each, reported in
 * varied words across documents, so that claims link quotes across documents.
 */
final class Corpus {
  private Corpus() {}

  static Map<String, String> seeds() {
    Map<String, String> out = new LinkedHashMap<>();
    Path dir = Path.of(System.getProperty("isnad.seeds", "../seeds"), "articles");
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        out.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (out.size() < 5) {
      throw new IllegalStateException("expected the five seed articles in " + dir);
    }
    return out;
  }

  private static final String[][] SOURCES = {
    {"وزير الخارجية", "أحمد الصالح", "الصالح"},
    {"المتحدث باسم الجيش", "العقيد سامي العلي", "العلي"},
    {"رئيس الوزراء", "خالد منصور", "منصور"},
    {"مدير المنظمة", "ليلى حداد", "حداد"},
    {"وزيرة الصحة", "هالة يوسف", "يوسف"},
  };

  private static final String[] STATEMENTS = {
    "الحكومة ستفتح المعابر الحدودية أمام شاحنات المساعدات الإنسانية خلال الأسبوع المقبل",
    "المفاوضات مع الجانب الآخر وصلت إلى طريق مسدود بسبب الخلاف على ملف الأسرى",
    "القوات المسلحة استعادت السيطرة على ثلاث قرى في ريف المحافظة الشمالي",
    "الميزانية الجديدة تخصص مليار دولار لإعادة إعمار المدارس والمستشفيات المتضررة",
    "اللقاحات ستصل إلى جميع المراكز الصحية في العاصمة قبل نهاية الشهر الجاري",
    "الانتخابات البلدية ستجري في موعدها رغم الظروف الأمنية الصعبة",
  };

  private static final String[] FILLER = {
    "وشهدت المنطقة توترا متزايدا خلال الأيام الماضية.",
    "ويأتي ذلك بعد اجتماع مطول في العاصمة يوم الاثنين.",
    "وتابع مراسلنا التطورات من موقع الحدث.",
    "ولم يصدر أي تعليق رسمي من الطرف الآخر حتى الآن.",
  };

  /** {@code n} generated documents (ids {@code gen-0…}), the same for the same seed. */
  static Map<String, String> generated(int n, long seed) {
    Random random = new Random(seed);
    Map<String, String> out = new LinkedHashMap<>();
    for (int d = 0; d < n; d++) {
      StringBuilder text = new StringBuilder();
      int items = 1 + random.nextInt(4);
      for (int i = 0; i < items; i++) {
        String[] source = SOURCES[random.nextInt(SOURCES.length)];
        String statement = vary(STATEMENTS[random.nextInt(STATEMENTS.length)], random);
        switch (random.nextInt(5)) {
          case 0 -> text.append("وقال ").append(source[0]).append(" ").append(source[1])
              .append(" إن ").append(statement).append(". ");
          case 1 -> text.append("وقال ").append(source[1]).append(" في بيان: «").append(statement).append("». ");
          case 2 -> text.append("وأكد ").append(source[2]).append(" أن ").append(statement).append(". ");
          case 3 -> text.append("وبحسب ").append(source[0]).append(" ").append(source[1]).append("، فإن ")
              .append(statement).append(". ");
          default -> text.append("وصرح ").append(source[1]).append(" لوكالة الأنباء بأن ").append(statement).append(". ");
        }
        if (random.nextBoolean()) {
          text.append(FILLER[random.nextInt(FILLER.length)]).append(' ');
        }
      }
      out.put("gen-" + d, text.toString().strip());
    }
    return out;
  }

  /** The statement with a word or two dropped now and then, as reports paraphrase. */
  private static String vary(String statement, Random random) {
    List<String> words = new ArrayList<>(List.of(statement.split(" ")));
    int drops = random.nextInt(3);
    for (int i = 0; i < drops && words.size() > 4; i++) {
      words.remove(1 + random.nextInt(words.size() - 2));
    }
    return String.join(" ", words);
  }
}
