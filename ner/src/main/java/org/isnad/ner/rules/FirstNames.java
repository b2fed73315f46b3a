package org.isnad.ner.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.isnad.core.Normalizer;

/**
 * Arabic first names from the bundled arabic-names gazetteer (MIT, AKhateeb 2018), in their {@link
 * Normalizer#SEARCH} forms: a title stops before one of them. Words the rule lexicons use as title
 * words, adjectives or stop words are left out. Loaded once, immutable, thread-safe.
 */
public final class FirstNames {

  private static final String DIR = "/org/isnad/ner/gazetteers/arabic-names/";
  private static final String[] FILES = {
    "male-first--names-in-arabic.txt", "female-first-names-in-arabic.txt", "400-Arabic-Names.txt"
  };

  private static final class Holder {
    static final Set<String> NAMES = load();
  }

  private FirstNames() {}

  /** True when {@code form} (a SEARCH form) is a known first name. */
  public static boolean contains(String form) {
    return form != null && Holder.NAMES.contains(form);
  }

  /** Number of names loaded (0 when the resource is missing). */
  public static int size() {
    return Holder.NAMES.size();
  }

  private static Set<String> load() {
    Set<String> names = new HashSet<>();
    for (String file : FILES) {
      try (InputStream in = FirstNames.class.getResourceAsStream(DIR + file)) {
        if (in == null) {
          continue;
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
          String s = line.strip();
          int space = s.indexOf(' ');
          if (space > 0) {
            s = s.substring(0, space); // "400 names" file: first name, then family name
          }
          if (!s.isEmpty()) {
            names.add(Normalizer.SEARCH.apply(s));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read gazetteer " + file, e);
      }
    }
    names.removeAll(Words.TITLE_HEADS);
    names.removeAll(Words.TITLE_ADJECTIVES);
    names.removeAll(Words.TITLE_STOPS);
    names.removeAll(Words.DAY_NAMES);
    return Set.copyOf(names);
  }
}
