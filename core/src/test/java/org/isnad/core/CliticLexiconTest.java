package org.isnad.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CliticLexiconTest {

  private static CliticLexicon of(String lines) throws IOException {
    return CliticLexicon.read(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void fitsRecordedSplitsToTheScheme() throws IOException {
    CliticLexicon lex = of("# comment\nو+قال\nب+ه\nو+ب+ه\nدفاعات+ه\nالفو+ز\nف+و+ق\nوزير\nمكانه=\n");
    assertEquals(FastCliticSegmenter.encode(1, 0, 0), lex.analysis("وقال"));
    assertEquals(FastCliticSegmenter.encode(0, 0, 1), lex.analysis("به"), "stem-less: ب is the stem");
    assertEquals(FastCliticSegmenter.encode(1, 0, 1), lex.analysis("وبه"));
    assertEquals(FastCliticSegmenter.encode(0, 0, 1), lex.analysis("دفاعاته"));
    assertEquals(0, lex.analysis("الفوز"), "ز is no pronoun: kept whole");
    assertEquals(0, lex.analysis("فوق"), "ف then و is no proclitic chain: kept whole");
    assertEquals(0, lex.analysis("وزير"));
    assertEquals(CliticLexicon.FOLDED_ONLY_FLAG, lex.analysis("مكانه"));
    assertEquals(-1, lex.analysis("بغداد"));
    assertTrue(lex.known("قال"), "stem of a split word");
    assertTrue(lex.known("وزير"));
    assertFalse(lex.known("غداد"));
  }

  @Test
  void bundledLexiconLoads() {
    CliticLexicon lex = CliticLexicon.get();
    assertTrue(lex.size() > 40_000, "entries: " + lex.size());
    assertEquals(0, lex.analysis("وزير"));
    assertEquals(FastCliticSegmenter.encode(1, 0, 0), lex.analysis("وقال"));
  }

  @Test
  void segmenterUsesAGivenLexicon() throws IOException {
    FastCliticSegmenter fast = new FastCliticSegmenter(of("ب+وكمال\nوكمال\n"));
    assertEquals(2, fast.segment("بوكمال").size());
    FastCliticSegmenter rulesOnly = new FastCliticSegmenter(CliticLexicon.empty());
    assertEquals(1, rulesOnly.segment("بوكمال").size(), "ب alone is split only on evidence");
    assertEquals(3, rulesOnly.segment("والبوكمال").size(), "و + ال + بوكمال by rule");
  }
}
