package org.isnad.ner.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.ner.Conll;
import org.isnad.ner.ConllSentence;

/**
 * Reads the training corpora committed under {@code ner/data/} and cleans them into ANERcorp's four
 * types (PERS, ORG, LOC, MISC) with BIO tags:
 *
 * <ul>
 *   <li>ANERcorp ({@code anercorp/anercorp-train.conll}): used as is; {@link #devSplit} and
 *       {@link #trainSplit} cut it into train and dev.
 *   <li>AQMAR ({@code aqmar/*.txt}, files in name order): PER → PERS, LOC, ORG kept, MIS0–MIS3 and
 *       every other tag whose type starts with {@code MIS} (MIS, MIS-1, MISS1, {@code MIS1`}) → MISC;
 *       leading extra dashes are dropped ({@code I--ORG} → I-ORG); tags with no known type ({@code IO},
 *       {@code OO}, {@code B-ENGLISH}, {@code B-SPANISH}) → O; tokens made only of U+200E or BOM
 *       marks dropped.
 *   <li>WikiFANE ({@code wikifane/WikiFANE_Gold_2014_500K.txt}): BOM, U+200E and carriage returns
 *       stripped; the 50 fine classes mapped by {@link #WIKIFANE_CLASSES} (classes missing there → O);
 *       optionally its split-off clitics re-attached ({@link #reattachClitics}).
 * </ul>
 */
public final class Corpora {
  private static final String OUTSIDE = "O";
  private static final char LRM = '\u200E';
  private static final char BOM = '\uFEFF';

  /**
   * WikiFANE fine class → ANERcorp type. Persons (PERS): Politician, Religious_PER, Artist,
   * Other_PER, Scientist, Police, Athlete, Businessperson, Engineer, Lawyer. Group (peoples,
   * religions, tribes: العرب، المسلمين) → O, because ANERcorp leaves such words untagged. GPEs,
   * natural locations and facilities (LOC): Population-Center, Nation, State-or-Province, Continent,
   * GPE-Cluster, County-or-District, Water-Body, Celestial, Land-Region-Natural, Building-Grounds,
   * Path, Airport, Subarea-Facility. Organizations (ORG): Government, Commercial, Educational,
   * Media, Religious_ORG, Sports, Medical-Science, Entertainment, Non-Governmental, Plant (factories
   * and refineries named after their owner). Products, vehicles and weapons (MISC): Book, Movie,
   * Sound, Software, Hardware, Food, Drug, Air, Water, Land, Projectile, Nuclear, Shooting, Blunt,
   * Exploding, Sharp. Chemical (4 tokens) → O.
   */
  public static final Map<String, String> WIKIFANE_CLASSES = wikifaneClasses();

  private Corpora() {}

  private static Map<String, String> wikifaneClasses() {
    Map<String, String> m = new HashMap<>();
    for (String c : new String[] {"Politician", "Religious_PER", "Artist", "Other_PER", "Scientist",
        "Police", "Athlete", "Businessperson", "Engineer", "Lawyer"}) {
      m.put(c, "PERS");
    }
    for (String c : new String[] {"Population-Center", "Nation", "State-or-Province", "Continent",
        "GPE-Cluster", "County-or-District", "Water-Body", "Celestial", "Land-Region-Natural",
        "Building-Grounds", "Path", "Airport", "Subarea-Facility"}) {
      m.put(c, "LOC");
    }
    for (String c : new String[] {"Government", "Commercial", "Educational", "Media",
        "Religious_ORG", "Sports", "Medical-Science", "Entertainment", "Non-Governmental", "Plant"}) {
      m.put(c, "ORG");
    }
    for (String c : new String[] {"Book", "Movie", "Sound", "Software", "Hardware", "Food", "Drug",
        "Air", "Water", "Land", "Projectile", "Nuclear", "Shooting", "Blunt", "Exploding", "Sharp"}) {
      m.put(c, "MISC");
    }
    return Collections.unmodifiableMap(m);
  }

  /** ANERcorp's train portion, as tagged sentences (last column = tag). */
  public static List<ConllSentence> anercorp(Path dataDir) {
    return Conll.read(dataDir.resolve("anercorp").resolve("anercorp-train.conll"));
  }

  /**
   * The dev split: the contiguous last {@code floor(n / 10)} sentences of the ANERcorp train file
   * ({@code n} sentences; 398 of 3,986).
   */
  public static List<ConllSentence> devSplit(List<ConllSentence> anercorp) {
    int n = anercorp.size();
    return anercorp.subList(n - n / 10, n);
  }

  /** The train split: every ANERcorp sentence before {@link #devSplit}. */
  public static List<ConllSentence> trainSplit(List<ConllSentence> anercorp) {
    int n = anercorp.size();
    return anercorp.subList(0, n - n / 10);
  }

  /**
   * Block {@code b} (0–9) of ANERcorp cut into ten blocks of {@code floor(n / 10)} contiguous
   * sentences counted from the end (block 9 is {@link #devSplit}; the first {@code n mod 10}
   * sentences belong to no block). For cross-validation only.
   *
   * @throws IllegalArgumentException unless 0 ≤ b ≤ 9
   */
  public static List<ConllSentence> block(List<ConllSentence> anercorp, int b) {
    if (b < 0 || b > 9) {
      throw new IllegalArgumentException("block must be in [0, 9]: " + b);
    }
    int n = anercorp.size();
    int size = n / 10;
    return anercorp.subList(n - (10 - b) * size, n - (9 - b) * size);
  }

  /** Every ANERcorp sentence outside {@link #block} {@code b}, in order. */
  public static List<ConllSentence> allBut(List<ConllSentence> anercorp, int b) {
    int n = anercorp.size();
    int size = n / 10;
    List<ConllSentence> out = new ArrayList<>(anercorp.subList(0, n - (10 - b) * size));
    out.addAll(anercorp.subList(n - (9 - b) * size, n));
    return out;
  }

  /** AQMAR's sentences, files in name order, tags cleaned to ANERcorp's. */
  public static List<ConllSentence> aqmar(Path dataDir) {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dataDir.resolve("aqmar"), "*.txt")) {
      ds.forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Collections.sort(files);
    List<ConllSentence> out = new ArrayList<>();
    for (Path f : files) {
      for (ConllSentence s : Conll.read(f)) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : s.rows()) {
          String token = stripMarks(row.get(0));
          if (!token.isEmpty()) {
            String tag = row.size() < 2 ? OUTSIDE : aqmarTag(row.get(row.size() - 1));
            rows.add(List.of(token, tag));
          }
        }
        if (!rows.isEmpty()) {
          out.add(new ConllSentence(rows));
        }
      }
    }
    return out;
  }

  /** One AQMAR tag in ANERcorp's tag set. */
  static String aqmarTag(String tag) {
    if (tag.length() < 3 || (tag.charAt(0) != 'B' && tag.charAt(0) != 'I') || tag.charAt(1) != '-') {
      return OUTSIDE;
    }
    int i = 1;
    while (i < tag.length() && tag.charAt(i) == '-') {
      i++;
    }
    String type = tag.substring(i);
    String mapped;
    if (type.equals("PER") || type.equals("PERS")) {
      mapped = "PERS";
    } else if (type.equals("LOC") || type.equals("ORG")) {
      mapped = type;
    } else if (type.startsWith("MIS")) {
      mapped = "MISC";
    } else {
      return OUTSIDE;
    }
    return tag.charAt(0) + "-" + mapped;
  }

  /**
   * WikiFANE's sentences with tags mapped by {@link #WIKIFANE_CLASSES}; with {@code reattach} its
   * split-off clitics are glued back as in {@link #reattachClitics}.
   */
  public static List<ConllSentence> wikifane(Path dataDir, boolean reattach) {
    List<ConllSentence> raw = Conll.read(dataDir.resolve("wikifane").resolve("WikiFANE_Gold_2014_500K.txt"));
    List<ConllSentence> out = new ArrayList<>(raw.size());
    for (ConllSentence s : raw) {
      List<String> tokens = new ArrayList<>();
      List<String> tags = new ArrayList<>();
      for (List<String> row : s.rows()) {
        String token = stripMarks(row.get(0));
        if (token.isEmpty()) {
          continue;
        }
        tokens.add(token);
        tags.add(row.size() < 2 ? OUTSIDE : wikifaneTag(row.get(row.size() - 1)));
      }
      if (reattach) {
        reattachClitics(tokens, tags);
      }
      if (!tokens.isEmpty()) {
        out.add(toSentence(tokens, tags));
      }
    }
    return out;
  }

  private static String stripMarks(String t) {
    StringBuilder sb = null;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == LRM || c == BOM) {
        if (sb == null) {
          sb = new StringBuilder(t.length());
          sb.append(t, 0, i);
        }
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? t : sb.toString();
  }

  /** One WikiFANE tag in ANERcorp's tag set. */
  static String wikifaneTag(String tag) {
    if (tag.length() < 3 || tag.charAt(1) != '-') {
      return OUTSIDE;
    }
    String type = WIKIFANE_CLASSES.get(tag.substring(2));
    return type == null ? OUTSIDE : tag.charAt(0) + "-" + type;
  }

  private static final List<String> PROCLITICS = List.of("و", "ف", "ب", "ل", "ك", "ال", "لل");
  private static final List<String> ENCLITICS = List.of("ه", "ها", "هم", "هما", "هن", "ي", "نا", "كم", "كما", "كن");

  /**
   * Glues WikiFANE's split clitics back as ANERcorp writes them: a proclitic token (و ف ب ل ك ال
   * لل) joins the following token (ل before ال gives لل), an enclitic token (ه ها هم هما هن ي نا
   * كم كما كن) joins the preceding one. The joined token takes the tag of the word, except that a
   * {@code B-} on a proclitic moves to the word. Works in place.
   */
  public static void reattachClitics(List<String> tokens, List<String> tags) {
    List<String> outTok = new ArrayList<>(tokens.size());
    List<String> outTag = new ArrayList<>(tags.size());
    String pending = "";
    String pendingTag = null;
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      String tag = tags.get(i);
      boolean nextIsWord = i + 1 < tokens.size() && isArabicWord(tokens.get(i + 1));
      if (PROCLITICS.contains(t) && nextIsWord) {
        pending = join(pending, t);
        if (pendingTag == null && tag.startsWith("B-")) {
          pendingTag = tag;
        }
        continue;
      }
      if (ENCLITICS.contains(t) && pending.isEmpty() && !outTok.isEmpty()
          && isArabicWord(outTok.get(outTok.size() - 1))) {
        outTok.set(outTok.size() - 1, outTok.get(outTok.size() - 1) + t);
        continue;
      }
      String word = join(pending, t);
      String wordTag = tag;
      if (pendingTag != null && tag.startsWith("I-") && tag.substring(2).equals(pendingTag.substring(2))) {
        wordTag = pendingTag;
      }
      outTok.add(word);
      outTag.add(wordTag);
      pending = "";
      pendingTag = null;
    }
    if (!pending.isEmpty()) {
      outTok.add(pending);
      outTag.add(pendingTag == null ? OUTSIDE : pendingTag);
    }
    tokens.clear();
    tokens.addAll(outTok);
    tags.clear();
    tags.addAll(outTag);
  }

  private static String join(String prefix, String word) {
    if (prefix.endsWith("ل") && word.startsWith("ال")) {
      return prefix + word.substring(1);
    }
    return prefix + word;
  }

  private static boolean isArabicWord(String t) {
    return !t.isEmpty() && t.charAt(0) >= '\u0621' && t.charAt(0) <= '\u064A';
  }

  /** A two-column sentence from parallel token and tag lists. */
  public static ConllSentence toSentence(List<String> tokens, List<String> tags) {
    List<List<String>> rows = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      rows.add(List.of(tokens.get(i), tags.get(i)));
    }
    return new ConllSentence(rows);
  }

  /** Training sentences from tagged CoNLL sentences (first column token, last column tag). */
  public static List<TrainingSentence> training(List<ConllSentence> sentences, float weight) {
    List<TrainingSentence> out = new ArrayList<>(sentences.size());
    for (ConllSentence s : sentences) {
      out.add(new TrainingSentence(s.tokens(), s.column(-1), weight));
    }
    return out;
  }
}
