package org.isnad.ner.link;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.isnad.ner.EntityType;
import org.isnad.ner.Mention;
import org.junit.jupiter.api.Test;

class GazetteerMentionSourceTest {

  private static final GazetteerMentionSource G = GazetteerMentionSource.getDefault();

  private static List<String> texts(String text) {
    List<Mention> ms = G.mentions(text);
    for (Mention m : ms) {
      assertEquals(text.substring(m.start(), m.end()), m.text());
    }
    return ms.stream().map(Mention::text).toList();
  }

  @Test
  void findsKnownNamesWithoutGluedProclitics() {
    String text = "وقالت قسد إن مقاتلي داعش انسحبوا، وأكدت قوات سوريا الديمقراطية لرويترز أن الدعم الأمريكي مستمر";
    assertEquals(List.of("قسد", "داعش", "قوات سوريا الديمقراطية", "رويترز"), texts(text));
    Mention m = G.mentions(text).get(2);
    assertEquals(EntityType.ORGANIZATION, m.type());
    assertEquals(text.indexOf("قوات"), m.start());
  }

  @Test
  void longestNameWinsAndLamAlefContractionKeepsTheArticleLam() {
    assertEquals(List.of("الولايات المتحدة الأمريكية"), texts("بقيادة الولايات المتحدة الأمريكية"));
    assertEquals(List.of("لولايات المتحدة"), texts("وجهت اتهامات للولايات المتحدة"));
    assertEquals(List.of("ليبيا"), texts("عاد لليبيا"));
    assertEquals(List.of("الدولة الإسلامية"), texts("تنظيم \"الدولة الإسلامية\" (داعش)").subList(0, 1));
  }

  @Test
  void namesDoNotCrossLinesOrPunctuation() {
    assertEquals(List.of(), texts("قوات سوريا\nالديمقراطية").stream().filter(s -> s.contains("قوات")).toList());
    assertEquals(List.of("سوريا"), texts("سوريا، الديمقراطية").subList(0, 1));
  }

  @Test
  void oddInputNeverThrows() {
    for (String s : new String[] {"", "\uD800", "ل", "لل", "و", "داعش\u0000قسد", "«قسد»"}) {
      assertDoesNotThrow(() -> G.mentions(s));
    }
    assertEquals(List.of("قسد"), texts("«قسد»"));
  }
}
