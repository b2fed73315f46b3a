package org.isnad.ner.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.core.Normalizer;

/**
 * The word lists the tagger's features look words up in, all keyed by {@code Normalizer.SEARCH}
 * forms: gazetteers of person first names, family names, cities and countries (resources under
 * {@code org/isnad/ner/gazetteers/}) and hand-written trigger words that announce a person (titles,
 * ranks, roles), an organization, a location or a miscellaneous entity. Multi-word gazetteer
 * entries are kept as phrases. Immutable and thread-safe once built; {@link #get()} builds it once.
 */
public final class Lexicon {
  /** Class bit: a person's first name. */
  public static final int FIRST_NAME = 1;
  /** Class bit: a family name. */
  public static final int LAST_NAME = 1 << 1;
  /** Class bit: a city. */
  public static final int CITY = 1 << 2;
  /** Class bit: a country. */
  public static final int COUNTRY = 1 << 3;
  /** Class bit: a title or role before a person's name. */
  public static final int PERSON_TRIGGER = 1 << 4;
  /** Class bit: a word that heads an organization's name. */
  public static final int ORG_TRIGGER = 1 << 5;
  /** Class bit: a word that heads or announces a place name. */
  public static final int LOC_TRIGGER = 1 << 6;
  /** Class bit: a word that heads an event, prize or other miscellaneous name. */
  public static final int MISC_TRIGGER = 1 << 7;
  /** Class bit: a verb of saying, often next to a person or organization. */
  public static final int SPEECH_VERB = 1 << 8;
  /** Number of class bits. */
  public static final int CLASSES = 9;

  private static final String BASE = "/org/isnad/ner/gazetteers/";
  private static final char SPACE = ' ';

  private static final String PERSON_TRIGGERS =
      "الرئيس رئيس الرئيسة رئيسة وزير الوزير الوزيرة وزيرة نائب النائب السيد السيدة الشيخ الشيخة "
          + "العقيد عقيد اللواء العميد الفريق المقدم الرائد النقيب الجنرال المشير الأمير الأميرة الملك "
          + "الملكة السلطان المتحدث متحدث الناطق ناطق الدكتور الدكتورة د الأستاذ المستشار المستشارة الإمام "
          + "المرشد الزعيم زعيم القائد قائد السفير سفير المبعوث مبعوث الأمين أمين المدير مدير المهندس "
          + "الحاج البابا الكاردينال المطران القس الأب الحاخام القاضي المحامي الصحفي الصحافي المراسل "
          + "مراسل اللاعب المدرب الفنان الفنانة المطرب المطربة الكاتب الكاتبة الشاعر الروائي المخرج "
          + "الممثل الممثلة المفوض المنسق مساعد المساعد عضو العضو المرشح مرشح المعارض الناشط الناشطة "
          + "الخليفة الجندي الرقيب المفتي العلامة المؤرخ الباحث البروفيسور الحاكم حاكم محافظ المحافظ "
          + "العاهل ولي عاهل الزعيمة قائدة ابن بن بنت أبو أبي أم آل السيناتور النائبة المشرف";
  private static final String ORG_TRIGGERS =
      "شركة الشركة وكالة الوكالة جامعة الجامعة حزب الحزب تنظيم التنظيم منظمة المنظمة حركة الحركة "
          + "جبهة الجبهة مجلس المجلس وزارة الوزارة هيئة الهيئة مؤسسة المؤسسة اتحاد الاتحاد جمعية "
          + "الجمعية بنك البنك مصرف المصرف صحيفة الصحيفة جريدة مجلة قناة القناة تلفزيون التلفزيون "
          + "إذاعة الإذاعة لجنة اللجنة معهد المعهد مركز المركز جيش الجيش قوات القوات ميليشيا ميليشيات "
          + "مليشيات كتائب كتيبة لواء فصيل فصائل تحالف التحالف نادي النادي فريق الفريق منتخب المنتخب "
          + "مجموعة المجموعة شبكة الشبكة برلمان البرلمان محكمة المحكمة الأمم مكتب المكتب دائرة إدارة "
          + "الإدارة سلطة السلطة حكومة الحكومة جماعة الجماعة رابطة الرابطة نقابة النقابة أكاديمية "
          + "مجمع مستشفى صندوق الصندوق مفوضية المفوضية بعثة البعثة";
  private static final String LOC_TRIGGERS =
      "مدينة المدينة محافظة المحافظة ولاية الولاية منطقة المنطقة بلدة البلدة قرية القرية إقليم "
          + "الإقليم عاصمة العاصمة جزيرة الجزيرة جزر نهر النهر بحر البحر جبل جبال شمال جنوب شرق غرب "
          + "شمالي جنوبي شرقي غربي شمالا جنوبا شرقا غربا ريف حي مخيم معبر مطار ميناء دولة بلاد حدود "
          + "الحدود قضاء ناحية ضواحي أطراف مدن قرى بلدات سكان وسط قرب بالقرب أنحاء عاصمتها";
  private static final String MISC_TRIGGERS =
      "كأس بطولة البطولة جائزة الجائزة عملية العملية حرب الحرب مؤتمر المؤتمر اتفاقية الاتفاقية "
          + "معاهدة مهرجان المهرجان الألعاب دورة الدورة مسابقة كتاب فيلم برنامج البرنامج قانون مبادرة "
          + "خطة ثورة الثورة انتفاضة يوم عيد";
  private static final String SPEECH_VERBS =
      "قال وقال قالت وقالت أكد وأكد أكدت أعلن وأعلن أعلنت صرح وصرح أضاف وأضاف أضافت ذكر وذكر ذكرت "
          + "أوضح وأوضح أشار وأشار أفاد وأفاد نقل نقلت أفادت اعتبر وصف طالب دعا ودعا حذر وحذر نفى ونفى";
  private static final String[] PLACE_HEADS = {"ولاية", "محافظة", "مدينة", "إقليم", "منطقة"};

  private static final class Holder {
    static final Lexicon INSTANCE = load();
  }

  private final Map<String, Integer> words;
  private final Map<String, Integer> phrases;
  private final Set<String> phraseStarts;
  private final int maxPhrase;

  private Lexicon(Map<String, Integer> words, Map<String, Integer> phrases, int maxPhrase) {
    this.words = Map.copyOf(words);
    this.phrases = Map.copyOf(phrases);
    Set<String> starts = new HashSet<>();
    for (String p : phrases.keySet()) {
      starts.add(p.substring(0, p.indexOf(SPACE)));
    }
    this.phraseStarts = Set.copyOf(starts);
    this.maxPhrase = maxPhrase;
  }

  /** The lexicon built from the bundled gazetteers and trigger lists, loaded once. */
  public static Lexicon get() {
    return Holder.INSTANCE;
  }

  /** The class bits of a single SEARCH-normalized word (0 if unknown). */
  public int classes(String normalizedWord) {
    Integer c = words.get(normalizedWord);
    return c == null ? 0 : c;
  }

  /** The class bits of a SEARCH-normalized multi-word phrase, words joined by one space. */
  public int phraseClasses(String normalizedPhrase) {
    Integer c = phrases.get(normalizedPhrase);
    return c == null ? 0 : c;
  }

  /** Whether some multi-word phrase starts with this normalized word. */
  public boolean startsPhrase(String normalizedWord) {
    return phraseStarts.contains(normalizedWord);
  }

  /** The largest number of words in a phrase. */
  public int maxPhraseLength() {
    return maxPhrase;
  }

  private static Lexicon load() {
    Map<String, Integer> words = new HashMap<>();
    Map<String, Integer> phrases = new HashMap<>();
    int[] max = {1};
    addAll(words, PERSON_TRIGGERS, PERSON_TRIGGER);
    addAll(words, ORG_TRIGGERS, ORG_TRIGGER);
    addAll(words, LOC_TRIGGERS, LOC_TRIGGER);
    addAll(words, MISC_TRIGGERS, MISC_TRIGGER);
    addAll(words, SPEECH_VERBS, SPEECH_VERB);
    for (String f : List.of("male-first--names-in-arabic.txt", "female-first-names-in-arabic.txt")) {
      for (String line : lines("arabic-names/" + f)) {
        addEntry(words, phrases, max, line, FIRST_NAME);
      }
    }
    for (String line : lines("arabic-names/last-names-in-arabic.txt")) {
      addEntry(words, phrases, max, line, LAST_NAME);
    }
    for (String line : lines("arabic-names/400-Arabic-Names.txt")) {
      String[] parts = line.trim().split("\\s+");
      if (parts.length >= 2) {
        addEntry(words, phrases, max, parts[0], FIRST_NAME);
        addEntry(words, phrases, max, parts[parts.length - 1], LAST_NAME);
      }
    }
    boolean header = true;
    for (String line : lines("world-cities/world-cities.csv")) {
      if (header) {
        header = false;
        continue;
      }
      String[] f = line.split(",");
      if (f.length < 4) {
        continue;
      }
      addEntry(words, phrases, max, unquote(f[0]), COUNTRY);
      String city = unquote(f[2]);
      addEntry(words, phrases, max, city, CITY);
      for (String head : PLACE_HEADS) {
        if (city.startsWith(head + " ")) {
          addEntry(words, phrases, max, city.substring(head.length() + 1), CITY);
        }
      }
    }
    return new Lexicon(words, phrases, max[0]);
  }

  private static String unquote(String s) {
    String t = s.trim();
    if (t.length() >= 2 && t.charAt(0) == '"' && t.charAt(t.length() - 1) == '"') {
      t = t.substring(1, t.length() - 1);
    }
    return t;
  }

  private static void addAll(Map<String, Integer> words, String list, int bit) {
    for (String w : list.split(" ")) {
      words.merge(Normalizer.SEARCH.apply(w), bit, (a, b) -> a | b);
    }
  }

  private static void addEntry(Map<String, Integer> words, Map<String, Integer> phrases, int[] max,
      String entry, int bit) {
    String n = Normalizer.SEARCH.apply(entry).trim();
    if (n.isEmpty()) {
      return;
    }
    String[] parts = n.split("\\s+");
    if (parts.length == 1) {
      words.merge(parts[0], bit, (a, b) -> a | b);
    } else {
      phrases.merge(String.join(" ", parts), bit, (a, b) -> a | b);
      max[0] = Math.max(max[0], parts.length);
    }
  }

  private static List<String> lines(String name) {
    try (InputStream in = Lexicon.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IllegalStateException("missing gazetteer resource " + BASE + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> out = new java.util.ArrayList<>();
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
        if (!line.isBlank()) {
          out.add(line.trim());
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
