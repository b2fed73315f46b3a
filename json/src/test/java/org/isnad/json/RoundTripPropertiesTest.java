package org.isnad.json;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.util.List;
import net.jqwik.api.*;
import org.isnad.claims.Analysis;
import org.isnad.claims.Isnad;

/**
 * Write → read → equal over generated hostile text: Arabic news words and speech cues, heavy
 * diacritics, quotation marks and brackets, control characters, directional marks, lone
 * surrogates, NUL, and characters from anywhere in the BMP. Tries: jqwik's default, set in {@code
 * junit-platform.properties}; the seed is fixed.
 */
class RoundTripPropertiesTest {
  private static final Isnad ISNAD = Isnad.create();

  private static final String[] WORDS = {
    "وقال", "قال", "قالت", "وأضاف", "أكد", "أن", "إن", "بحسب", "نقلا", "عن", "الوزير", "الرئيس",
    "محمد", "علي", "بغداد", "وزارة", "الخارجية", "رويترز", "لوكالة", "في", "بيان", "المتحدث",
    "باسم", "الجيش", "يوم", "الاثنين", "مليون", "دولار", "العقيد", "مُحَمَّدٌ", "قَالَ", "Reuters",
    "2024", "١٢", "٪", "http://x.y/z", "a@b.co", "#وسم", "@user", "😀"
  };
  private static final String[] CLAUSES = {
    "وقال الوزير محمد علي إن ", "وقالت وزارة الخارجية في بيان: ", "بحسب المتحدث باسم الجيش، ",
    "قال الرئيس: «", "» وفقا لـ الأمم المتحدة. ", "وأكد \"", "\" قال محمد. ", "مضيفا أن "
  };

  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<String> word = Arbitraries.of(WORDS);
    Arbitrary<String> clause = Arbitraries.of(CLAUSES);
    Arbitrary<String> marks = Arbitraries.of("\"", "'", "“", "”", "«", "»", "(", ")", ".", "،",
        "؟", ":", "\\", "/", "{", "}", "[", "]");
    Arbitrary<String> space = Arbitraries.of(" ", " ", "\n", "\u00A0", "\t", "\r\n", "\u2028");
    Arbitrary<String> odd = Arbitraries.of("\u0000", "\uD800", "\uDC00", "\uD83D", "\uFFFF",
        "\uFEFF", "\u200E", "\u202B", "\u061C", "\u200D", "\u0640", "\uFDF2", "\u0007", "\u001B",
        "\u0085", "\u064B\u0651\u0652");
    Arbitrary<String> any = Arbitraries.chars().map(String::valueOf);
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        Tuple.of(20, word), Tuple.of(4, clause), Tuple.of(15, space), Tuple.of(6, marks),
        Tuple.of(3, odd), Tuple.of(2, any));
    return piece.list().ofMaxSize(100).map(RoundTripPropertiesTest::join);
  }

  private static String join(List<String> parts) {
    return String.join("", parts);
  }

  @Property(seed = "16")
  void analysesReadBackEqual(@ForAll("hostile") String text) throws IOException {
    Analysis a = ISNAD.analyze(text);
    AnalysisRecord record = AnalysisRecord.of("doc", a);
    String json = IsnadJson.toJson(record);
    assertFalse(json.contains("\n"), "one line");
    AnalysisRecord back = IsnadJson.readDocument(json);
    assertEquals(record, back);
    assertEquals(a.tokens(), back.tokens());
    assertEquals(json, IsnadJson.toJson(back));
    assertEquals(record, RoundTripTest.utf8Read(RoundTripTest.utf8(record)));
  }

  @Property(seed = "16", tries = 20)
  void documentNamesReadBack(@ForAll("hostile") String name) {
    AnalysisRecord error = AnalysisRecord.ofError(name, name + " failed");
    assertEquals(error, IsnadJson.readDocument(IsnadJson.toJson(error)));
  }
}
