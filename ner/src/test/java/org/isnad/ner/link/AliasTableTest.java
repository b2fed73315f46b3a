package org.isnad.ner.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.isnad.ner.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AliasTableTest {

  private static final AliasTable T = AliasTable.defaults();

  private static String key(String name) {
    return T.lookup(name).map(AliasTable.Entry::key).orElse(null);
  }

  @Test
  void requiredEquivalences() {
    for (String n : new String[] {"داعش", "تنظيم الدولة الإسلامية", "تنظيم الدولة", "الدولة الإسلامية", "تنظيم داعش", "الدولة الاسلامية"}) {
      assertEquals("org:isis", key(n), n);
    }
    for (String n : new String[] {"قسد", "قوات سوريا الديمقراطية", "قوات سوريا الديموقراطية", "قوات سورية الديمقراطية"}) {
      assertEquals("org:sdf", key(n), n);
    }
    assertEquals("loc:usa", key("الولايات المتحدة الأمريكية"));
    assertEquals("loc:usa", key("الولايات المتحدة"));
    assertEquals("loc:usa", key("أمريكا"));
    assertEquals("loc:washington", key("واشنطن"));
    assertEquals("org:nato", key("الناتو"));
    assertEquals("org:nato", key("حلف شمال الأطلسي"));
    assertEquals("org:un", key("الأمم المتحدة"));
    assertEquals("org:hezbollah", key("حزب الله"));
    assertEquals("org:hamas", key("حماس"));
    assertEquals("org:eu", key("الاتحاد الأوروبي"));
    assertTrue(T.size() >= 40);
  }

  @Test
  void ambiguousNamesAreLeftOut() {
    assertEquals(null, key("التحالف"));
    assertEquals(null, key("الدولة"));
    assertEquals(null, key("القاعدة"));
    assertEquals(null, key("دمشق الجديدة"));
  }

  @Test
  void lookupFoldsSpellingAndGluedProclitics() {
    assertEquals("org:isis", key("لداعش"));
    assertEquals("org:sdf", key("وقسد"));
    assertEquals("loc:usa", key("وبالولايات المتحدة"));
    assertEquals("loc:usa", key("للولايات المتحدة"));
    assertEquals("org:isis", key("الدَّولة  الإسلاميّة"));
    assertEquals("loc:libya", key("لليبيا"));
  }

  @Test
  void extensionWinsAndDefaultsStayUntouched() {
    AliasTable t = T.with(AliasTable.Entry.of("org:coalition", EntityType.ORGANIZATION, "التحالف الدولي", "التحالف", "الائتلاف"),
        AliasTable.Entry.of("loc:usa", EntityType.LOCATION, "الولايات المتحدة", "واشنطن"));
    assertEquals("org:coalition", t.lookup("الائتلاف").orElseThrow().key());
    assertEquals("org:coalition", t.lookup("التحالف الدولي").orElseThrow().key());
    assertEquals("loc:usa", t.lookup("واشنطن").orElseThrow().key());
    assertFalse(t.lookup("أمريكا").isPresent(), "replaced entry drops its old aliases");
    assertEquals("loc:washington", key("واشنطن"));
    assertEquals("org:global-coalition", key("التحالف الدولي"));
  }

  @Test
  void loadsFromReaderAndFile(@TempDir Path dir) throws IOException {
    String tsv = "# my entities\n\nper:ryan-dillon\tPERS\tريان ديلون\tالكولونيل ريان ديلون|رايان ديلون\n";
    AliasTable extra = AliasTable.load(new StringReader(tsv));
    assertEquals(1, extra.size());
    assertEquals(EntityType.PERSON, extra.lookup("رايان ديلون").orElseThrow().type());
    Path f = dir.resolve("extra.tsv");
    Files.writeString(f, tsv, StandardCharsets.UTF_8);
    AliasTable both = T.with(AliasTable.load(f));
    assertEquals("per:ryan-dillon", both.lookup("ريان ديلون").orElseThrow().key());
    assertEquals("org:isis", both.lookup("داعش").orElseThrow().key());
  }

  @Test
  void malformedLinesAreReportedWithTheirNumber() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AliasTable.load(new StringReader("# ok\nkey-only\n")));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> AliasTable.load(new StringReader("k\tPLANET\tاسم\t\n")));
    assertThrows(IllegalArgumentException.class,
        () -> AliasTable.Entry.of(" ", EntityType.MISC, "اسم"));
    assertThrows(NullPointerException.class, () -> T.lookup(null));
  }
}
