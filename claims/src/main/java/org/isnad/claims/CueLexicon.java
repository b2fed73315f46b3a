package org.isnad.claims;

import java.util.HashMap;
import java.util.Map;
import org.isnad.core.Normalizer;

/**
 * The reporting words: every person, gender and tense of the speech verbs, their adverbial
 * participles and their verbal nouns, keyed by their {@link Normalizer#SEARCH} form. Forms are
 * generated from a stem table, so that a new verb needs one line. Immutable after construction and
 * safe to share between threads.
 */
final class CueLexicon {

  /** The role a reporting word plays. */
  enum Role { VERB, PARTICIPLE }

  /**
   * One inflected form.
   *
   * @param lemma       dictionary form (قال)
   * @param role        verb or participle
   * @param gender      the subject gender the form marks
   * @param strong      true for verbs that are unambiguous as words, so the extractor may look
   *                    past unknown words for their content
   * @param firstPerson true for first-person forms (قلت، نقول)
   * @param transparent true for forms that only repeat a preceding cue (قائلا، يقول)
   */
  record Form(String lemma, Role role, Gender gender, boolean strong, boolean firstPerson,
      boolean transparent) {}

  /** lemma | perfect 3ms | perfect stem before consonant suffixes | imperfect stem | participle stem or - | S(trong) or W(eak). */
  private static final String[] VERBS = {
    "قال|قال|قل|قول|قائل|S",
    "أضاف|أضاف|أضف|ضيف|مضيف|S",
    "أوضح|أوضح|أوضح|وضح|موضح|S",
    "أكد|أكد|أكد|ؤكد|مؤكد|S",
    "أشار|أشار|أشر|شير|مشير|S",
    "أعلن|أعلن|أعلن|علن|معلن|S",
    "صرح|صرح|صرح|صرح|مصرح|S",
    "أردف|أردف|أردف|ردف|مردف|S",
    "استطرد|استطرد|استطرد|ستطرد|مستطرد|S",
    "تابع|تابع|تابع|تابع|-|W",
    "ذكر|ذكر|ذكر|ذكر|-|W",
    "كشف|كشف|كشف|كشف|كاشف|W",
    "لفت|لفت|لفت|لفت|لافت|W",
    "رجح|رجح|رجح|رجح|مرجح|W",
    "حذر|حذر|حذر|حذر|محذر|W",
    "بين|بين|بين|بين|مبين|W",
    "شدد|شدد|شدد|شدد|مشدد|W",
    "اعتبر|اعتبر|اعتبر|عتبر|معتبر|W",
    "طالب|طالب|طالب|طالب|مطالب|W",
    "نقل|نقل|نقل|نقل|ناقل|W",
    "كتب|كتب|كتب|كتب|-|W",
    "وصف|وصف|وصف|صف|واصف|W",
    "أفاد|أفاد|أفد|فيد|-|W",
    "اعترف|اعترف|اعترف|عترف|معترف|W",
    "زعم|زعم|زعم|زعم|زاعم|W",
    "توقع|توقع|توقع|توقع|متوقع|W",
    "علق|علق|علق|علق|معلق|W",
    "نوه|نوه|نوه|نوه|منوه|W",
    "أبلغ|أبلغ|أبلغ|بلغ|-|W",
    "اتهم|اتهم|اتهم|تهم|-|W",
    "أقر|أقر|أقرر|قر|-|W",
    "تساءل|تساءل|تساءل|تساءل|متسائل|W",
    "أجاب|أجاب|أجب|جيب|مجيب|W",
    "أكمل|أكمل|أكمل|كمل|مكمل|W",
    "قدر|قدر|قدر|قدر|مقدر|W",
    "أفصح|أفصح|أفصح|فصح|مفصح|W",
    "أعرب|أعرب|أعرب|عرب|معرب|W",
    "رد|رد|ردد|رد|-|W",
    "أورد|أورد|أورد|ورد|-|W",
    "استدرك|استدرك|استدرك|ستدرك|مستدرك|S",
    "توعد|توعد|توعد|توعد|متوعد|W",
    "هدد|هدد|هدد|هدد|مهدد|W",
    "غرد|غرد|غرد|غرد|مغرد|W",
    "نبه|نبه|نبه|نبه|منبه|W",
    "ألمح|ألمح|ألمح|لمح|ملمح|W",
    "طمأن|طمأن|طمأن|طمئن|مطمئن|W",
    // explaining, proposing, concluding, observing, ruling out, insisting, warning, conditioning
    "شرح|شرح|شرح|شرح|شارح|W",
    "اقترح|اقترح|اقترح|قترح|-|W",
    "استبعد|استبعد|استبعد|ستبعد|مستبعد|W",
    "استنتج|استنتج|استنتج|ستنتج|مستنتج|W",
    "لاحظ|لاحظ|لاحظ|لاحظ|-|W",
    "خلص|خلص|خلص|خلص|-|W",
    "اشترط|اشترط|اشترط|شترط|مشترط|W",
    "زاد|زاد|زد|زيد|-|W",
    "لخص|لخص|لخص|لخص|-|W",
    "أنذر|أنذر|أنذر|نذر|-|W",
    "استخلص|استخلص|استخلص|ستخلص|مستخلص|W",
  };

  /** Defective verbs, listed in full: lemma | strong | masc forms | fem forms | masc participles | fem participles. */
  private static final String[] DEFECTIVE = {
    "نفى|W|نفى نفوا نفيا ينفي ينفون|نفت نفتا تنفي|نافيا|نافية",
    "رأى|W|رأى رأوا يرى يرون|رأت ترى|-|-",
    "دعا|W|دعا دعوا يدعو يدعون|دعت تدعو|داعيا|داعية",
    "ادعى|W|ادعى ادعوا|ادعت|مدعيا|مدعية",
    "روى|W|روى رووا يروي يروون|روت تروي|راويا|راوية",
    "وجد|W|وجد وجدوا يجد يجدون|وجدت تجد|-|-",
    // listed in full: the generated first-person نصر would shadow the name نصر
    "أصر|W|أصر أصروا يصر يصرون|أصرت تصر|-|-",
  };

  /** Imperfect forms that are far more often something else (تبين: it turned out). */
  private static final String[] EXCLUDED = {"تبين", "يتبين", "مقدر", "معلق", "مقدرا"};

  private final Map<String, Form> forms = new HashMap<>();

  CueLexicon() {
    for (String line : VERBS) {
      String[] f = line.split("\\|");
      String lemma = f[0];
      boolean strong = f[5].equals("S");
      String perf = f[1];
      String shortStem = f[2];
      String impf = f[3];
      add(perf, lemma, Role.VERB, Gender.MASCULINE, strong, false);
      add(perf + "ت", lemma, Role.VERB, Gender.FEMININE, strong, false);
      add(perf + "وا", lemma, Role.VERB, Gender.MASCULINE, strong, false);
      add(perf + "ا", lemma, Role.VERB, Gender.MASCULINE, strong, false);
      add(perf + "تا", lemma, Role.VERB, Gender.FEMININE, strong, false);
      add(shortStem + "ن", lemma, Role.VERB, Gender.FEMININE, strong, false);
      add(shortStem + "ت", lemma, Role.VERB, Gender.UNKNOWN, strong, true);
      add(shortStem + "نا", lemma, Role.VERB, Gender.UNKNOWN, strong, true);
      add("ي" + impf, lemma, Role.VERB, Gender.MASCULINE, strong, false);
      add("ي" + impf + "ون", lemma, Role.VERB, Gender.MASCULINE, strong, false);
      add("ي" + impf + "ان", lemma, Role.VERB, Gender.MASCULINE, strong, false);
      add("ت" + impf, lemma, Role.VERB, Gender.FEMININE, strong, false);
      add("ت" + impf + "ان", lemma, Role.VERB, Gender.FEMININE, strong, false);
      add("ن" + impf, lemma, Role.VERB, Gender.UNKNOWN, strong, true);
      add("أ" + impf, lemma, Role.VERB, Gender.UNKNOWN, strong, true);
      String part = f[4];
      if (!part.equals("-")) {
        add(part + "ا", lemma, Role.PARTICIPLE, Gender.MASCULINE, strong, false);
        add(part + "ين", lemma, Role.PARTICIPLE, Gender.MASCULINE, strong, false);
        add(part + "ة", lemma, Role.PARTICIPLE, Gender.FEMININE, strong, false);
        add(part + "تين", lemma, Role.PARTICIPLE, Gender.FEMININE, strong, false);
        add(part + "ات", lemma, Role.PARTICIPLE, Gender.FEMININE, strong, false);
      }
    }
    for (String line : DEFECTIVE) {
      String[] f = line.split("\\|");
      boolean strong = f[1].equals("S");
      for (String w : f[2].split(" ")) {
        add(w, f[0], Role.VERB, Gender.MASCULINE, strong, false);
      }
      for (String w : f[3].split(" ")) {
        add(w, f[0], Role.VERB, Gender.FEMININE, strong, false);
      }
      if (!f[4].equals("-")) {
        add(f[4], f[0], Role.PARTICIPLE, Gender.MASCULINE, strong, false);
      }
      if (!f[5].equals("-")) {
        add(f[5], f[0], Role.PARTICIPLE, Gender.FEMININE, strong, false);
      }
    }
    for (String w : EXCLUDED) {
      forms.remove(Normalizer.SEARCH.apply(w));
    }
    for (String w : new String[] {"قائلا", "قائلة", "قائلين", "يقول", "تقول", "يقولون"}) {
      Form f = forms.get(Normalizer.SEARCH.apply(w));
      forms.put(Normalizer.SEARCH.apply(w),
          new Form(f.lemma(), f.role(), f.gender(), f.strong(), false, true));
    }
  }

  private void add(String surface, String lemma, Role role, Gender g, boolean strong, boolean first) {
    forms.putIfAbsent(Normalizer.SEARCH.apply(surface), new Form(lemma, role, g, strong, first, false));
  }

  /** The form of a normalized word exactly as written, or null. */
  Form exact(String normalized) {
    return forms.get(normalized);
  }

  /** Object pronoun suffixes a verb form may carry (وصفه، اعتبرها، لخصهم). */
  private static final String[] OBJECT_PRONOUNS = {"هما", "ها", "هم", "ه"};

  /**
   * The form of a normalized verb written with an object pronoun (وصفه، ولخصها، اعتبرهم), without
   * the pronoun; null when the word is no such form. Only verbs, never participles; the caller
   * decides which lemmas may take the pronoun.
   */
  Form withObjectPronoun(String normalized) {
    for (String suffix : OBJECT_PRONOUNS) {
      if (normalized.endsWith(suffix) && normalized.length() > suffix.length() + 2) {
        Form f = lookup(normalized.substring(0, normalized.length() - suffix.length()));
        if (f != null && f.role() == Role.VERB) {
          return f;
        }
      }
    }
    return null;
  }

  /**
   * The form of a normalized word, trying it as written and without one glued conjunction و or ف;
   * null when it is no reporting word.
   */
  Form lookup(String normalized) {
    Form f = forms.get(normalized);
    if (f == null && normalized.length() > 2) {
      char c = normalized.charAt(0);
      if (c == '\u0648' || c == '\u0641') {
        f = forms.get(normalized.substring(1));
      }
    }
    return f;
  }
}
