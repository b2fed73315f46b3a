package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlCommandTest {
  @TempDir Path tmp;

  static final String ARTICLE = "وقال العقيد ريان ديلون لوكالة رويترز: “نشهد تراكم دفاعات داعش”.\n\n"
      + "وأضاف ديلون أن القرار يعود إلى الحلفاء.";

  @Test
  void onePagePerInputAndAnIndexNamesKeptDistinct() throws Exception {
    Path a = Files.createDirectories(tmp.resolve("a"));
    Path b = Files.createDirectories(tmp.resolve("b"));
    Files.writeString(a.resolve("خبر.txt"), ARTICLE);
    Files.writeString(b.resolve("خبر.txt"), ARTICLE);
    Files.writeString(a.resolve("index.txt"), ARTICLE);
    Files.writeString(a.resolve("notes.md"), ARTICLE);
    Path out = tmp.resolve("out");
    CliTest.Run r = CliTest.run("html", "--out", out.toString(), a.resolve("خبر.txt").toString(),
        b.resolve("خبر.txt").toString(), a.resolve("index.txt").toString(), a.resolve("notes.md").toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(5, r.out().size());
    assertEquals(out.resolve("خبر-2.html").toString(), r.out().get(1).get("page").asText());
    assertEquals(out.resolve("index.html").toString(), r.out().get(4).get("index").asText());
    for (String page : new String[] {"خبر.html", "خبر-2.html", "index-2.html", "notes.md.html", "index.html"}) {
      assertTrue(Files.exists(out.resolve(page)), page);
    }
    assertTrue(r.err().contains("page name خبر is taken, written as خبر-2.html"), r.err());
    assertTrue(r.err().contains("page name index is taken"), r.err());
    String index = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
    assertTrue(index.contains("href=\"%D8%AE%D8%A8%D8%B1-2.html#q1\""), "links to the place in the article");
    assertTrue(index.contains("ريان ديلون"));
    assertTrue(index.contains("<section id=\"claims\"><h2>تصريحات تنقلها عدة مقالات (2)"), "the same two quotes in four articles");
  }

  @Test
  void badInputsAreReportedAndTheOthersStillWritten() throws Exception {
    Path good = tmp.resolve("good.txt");
    Files.writeString(good, ARTICLE);
    Path bad = tmp.resolve("bad.txt");
    Files.write(bad, new byte[] {'a', (byte) 0xFF});
    Path out = tmp.resolve("out");
    CliTest.Run r = CliTest.run("html", "--out", out.toString(), bad.toString(), tmp.resolve("missing.txt").toString(),
        good.toString());
    assertEquals(1, r.code());
    assertEquals(2, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("bad.txt: invalid UTF-8 at byte offset 1"), r.err());
    assertTrue(r.err().contains("missing.txt: no such file"), r.err());
    assertTrue(Files.exists(out.resolve("good.html")));
    assertTrue(Files.exists(out.resolve("index.html")));
    assertFalse(Files.exists(out.resolve("bad.html")));
  }

  @Test
  void usageErrors() throws Exception {
    assertEquals(2, CliTest.run("html", "x.txt").code(), "--out is required");
    Path file = tmp.resolve("file");
    Files.writeString(file, "x");
    CliTest.Run r = CliTest.run("html", "--out", file.resolve("sub").toString(), file.toString());
    assertEquals(1, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("cannot create the output directory"), r.err());
  }

  @Test
  void pageNames() {
    assertEquals("000_x", HtmlCommand.pageName("seeds/articles/000_x.txt"));
    assertEquals("a.TXT", HtmlCommand.pageName("a.TXT.txt"));
    assertEquals("stdin", HtmlCommand.pageName("-"));
    assertEquals(".txt", HtmlCommand.pageName(".txt"));
  }
}
