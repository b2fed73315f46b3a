package org.isnad.core;

import static org.junit.jupiter.api.Assertions.*;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizerTest {

  private static String only(NormalizationOption option, String text) {
    return Normalizer.of(option).apply(text);
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
      "ALEF|أحمد إبراهيم آمن ٱلله|احمد ابراهيم امن الله",
      "ALEF_MAKSURA|على مستوى|علي مستوي",
      "TEH_MARBUTA|مدينة الرقة|مدينه الرقه",
      "DIACRITICS|كَتَبَ الطَّالِبُ هٰذا|كتب الطالب هذا",
      "TATWEEL|الـــعـــراق|العراق",
      "DIGITS|١٥٠٠ و ۱۲۳|1500 و 123",
      "PUNCTUATION|نعم، لا؛ لماذا؟ ٪ ٣٫٥|نعم, لا; لماذا? % ٣.٥",
      "QUOTES|“داعش” «قسد» „x‟ ″y″ ‘z’|\"داعش\" \"قسد\" \"x\" \"y\" 'z'",
      "PRESENTATION_FORMS|ﻻ ﷲ ﺑﻐﺪاد|لا الله بغداد",
      "PERSIAN_LETTERS|کتاب گرم یک ۀ پ چ ژ ڤ|كتاب كرم يك ه ب ج ز ف",
  })
  void eachOptionOnItsOwn(String option, String in, String expected) {
    assertEquals(expected, only(NormalizationOption.valueOf(option), in));
  }

  @Test
  void optionsDoNotLeakIntoEachOther() {
    String text = "أَحْمَدُ في المدينةِ “١٢”";
    assertEquals("اَحْمَدُ في المدينةِ “١٢”", only(NormalizationOption.ALEF, text));
    assertEquals("أحمد في المدينة “١٢”", only(NormalizationOption.DIACRITICS, text));
    assertEquals("أَحْمَدُ في المدينةِ \"١٢\"", only(NormalizationOption.QUOTES, text));
    assertEquals(text, Normalizer.of(EnumSet.noneOf(NormalizationOption.class)).apply(text));
  }

  @Test
  void invisiblesAreRemoved() {
    String text = "\uFEFFبغ\u200Cداد\u200E \u200Fو\u061Cب\u00ADغ\u2066ا\u2069د";
    assertEquals("بغداد وبغاد", only(NormalizationOption.INVISIBLES, text));
  }

  @Test
  void unicodeSpacesBecomePlainSpaces() {
    assertEquals("a b c d e\nf\tg", only(NormalizationOption.SPACES, "a\u00A0b\u2003c\u202Fd\u3000e\u2028f\tg"));
  }

  @Test
  void presentationFormsFoldThroughTheOtherOptions() {
    // ﻷ (lam with alef with hamza above) -> لأ -> لا with ALEF on
    assertEquals("لا", Normalizer.SEARCH.apply("\uFEF7"));
    assertEquals("لأ", Normalizer.of(NormalizationOption.PRESENTATION_FORMS).apply("\uFEF7"));
    // an isolated fathatan form is a diacritic: removed, not turned into a space
    assertEquals("كتابا", Normalizer.SEARCH.apply("كتابا\uFE70"));
  }

  @Test
  void presetsDifferOnlyInTehMarbutaAndAlefMaksura() {
    assertEquals("مدينه علي", Normalizer.SEARCH.apply("مدينة على"));
    assertEquals("مدينة على", Normalizer.LIGHT.apply("مدينة على"));
    assertEquals("احمد \"الرقة\" 12", Normalizer.LIGHT.apply("أحمد “الرقّة” ١٢"));
    assertEquals(EnumSet.complementOf(EnumSet.of(NormalizationOption.TEH_MARBUTA,
        NormalizationOption.ALEF_MAKSURA)), Normalizer.LIGHT.options());
  }

  @Test
  void offsetMapSurvivesDeletions() {
    String original = "كَتَبَ الـطالبُ";
    NormalizedText n = Normalizer.SEARCH.normalize(original);
    assertEquals("كتب الطالب", n.text());
    // normalized "كتب" is [0,3): the original word with its trailing fatha
    assertEquals(new Span(0, 6), n.toOriginal(0, 3));
    assertEquals("كَتَبَ", n.toOriginal(0, 3).of(original));
    assertEquals("الـطالبُ", n.toOriginal(4, 10).of(original));
    assertEquals(new Span(0, 0), n.toOriginal(0, 0));
    assertEquals(new Span(original.length(), original.length()), n.toOriginal(10, 10));
  }

  @Test
  void offsetMapSurvivesLigatureExpansion() {
    String original = "x\uFEFBy\uFDF2z"; // ﻻ and ﷲ
    NormalizedText n = Normalizer.SEARCH.normalize(original);
    assertEquals("xلاyاللهz", n.text());
    assertEquals(new Span(1, 2), n.toOriginal(1, 3)); // لا -> the one ligature char
    assertEquals(new Span(1, 2), n.toOriginal(2, 3)); // half of it -> still the ligature
    assertEquals(new Span(3, 4), n.toOriginal(4, 8)); // الله -> ﷲ
    assertEquals(new Span(4, 5), n.toOriginal(8, 9));
    assertEquals(new Span(0, 5), n.toOriginal(0, 9));
  }

  @Test
  void leadingDeletionsBelongToNothing() {
    NormalizedText n = Normalizer.SEARCH.normalize("\uFEFF\u200Fعلي");
    assertEquals("علي", n.text());
    assertEquals(new Span(2, 5), n.toOriginal(0, 3));
    NormalizedText empty = Normalizer.SEARCH.normalize("\u064B\u0640");
    assertEquals("", empty.text());
    assertEquals(new Span(2, 2), empty.toOriginal(0, 0));
  }

  @Test
  void offsetMapRejectsBadRanges() {
    NormalizedText n = Normalizer.SEARCH.normalize("abc");
    assertThrows(IndexOutOfBoundsException.class, () -> n.toOriginal(-1, 2));
    assertThrows(IndexOutOfBoundsException.class, () -> n.toOriginal(2, 1));
    assertThrows(IndexOutOfBoundsException.class, () -> n.toOriginal(0, 4));
    assertThrows(NullPointerException.class, () -> Normalizer.SEARCH.normalize(null));
    assertThrows(NullPointerException.class, () -> Normalizer.SEARCH.apply(null));
  }

  @Test
  void idempotentOnTheSeedArticles() {
    for (String text : Seeds.articles().values()) {
      for (Normalizer n : new Normalizer[] {Normalizer.SEARCH, Normalizer.LIGHT}) {
        String once = n.apply(text);
        assertEquals(once, n.apply(once));
        assertEquals(once, n.normalize(text).text());
      }
    }
  }

  @Test
  void surrogatesAndOddCharactersPassThrough() {
    String text = "\uD83D\uDE00 \uD800 \u0000 \uFFFF \uDC00";
    assertEquals(text, Normalizer.SEARCH.apply(text));
    assertEquals(text, Normalizer.SEARCH.normalize(text).text());
  }
}
