package org.isnad.ner.model;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.isnad.core.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreebankLexiconTest {
  private final TreebankLexicon lexicon = TreebankLexicon.get();

  private int[] counts(String word) {
    int[] c = lexicon.counts(Normalizer.SEARCH.apply(word));
    assertNotNull(c, word);
    return c;
  }

  @Test
  void knowsNewsWordsByTheirPartOfSpeech() {
    assertTrue(lexicon.size() > 40_000, "about 41,000 treebank words: " + lexicon.size());
    int[] bush = counts("بوش");
    assertTrue(bush[TreebankLexicon.PROPER] > 100 && bush[TreebankLexicon.NOUN] == 0);
    int[] bank = counts("البنك");
    assertEquals(0, bank[TreebankLexicon.PROPER]);
    assertTrue(bank[TreebankLexicon.NOUN] > 50);
    assertTrue(counts("التجاري")[TreebankLexicon.ADJ] > 50);
    assertArrayEquals(counts("مصطفي"), lexicon.counts(Normalizer.SEARCH.apply("مصطفى")), "keys are SEARCH forms");
    assertNull(lexicon.counts("مصطفى"), "unnormalized forms are not keys");
    assertNull(lexicon.counts("xyzzy"));
    int[] copy = lexicon.counts("بوش");
    copy[TreebankLexicon.PROPER] = -1;
    assertEquals(bush[TreebankLexicon.PROPER], lexicon.counts("بوش")[TreebankLexicon.PROPER], "results are copies");
  }

  @Test
  void summaryGivesProperShareAndMajorityClass() {
    assertEquals(3 * 8 + TreebankLexicon.PROPER, TreebankLexicon.summary(new int[] {5, 0, 0, 0, 0}));
    assertEquals(2 * 8 + TreebankLexicon.PROPER, TreebankLexicon.summary(new int[] {3, 3, 0, 0, 0}));
    assertEquals(1 * 8 + TreebankLexicon.NOUN, TreebankLexicon.summary(new int[] {1, 4, 0, 0, 0}));
    assertEquals(TreebankLexicon.VERB, TreebankLexicon.summary(new int[] {0, 1, 0, 2, 0}));
  }

  @Test
  void coarseClassesCoverTheTaggersTags() {
    assertEquals(TreebankLexicon.PROPER, TreebankLexicon.coarse("DTNNP"));
    assertEquals(TreebankLexicon.PROPER, TreebankLexicon.coarse("NNPS"));
    assertEquals(TreebankLexicon.NOUN, TreebankLexicon.coarse("DTNNS"));
    assertEquals(TreebankLexicon.NOUN, TreebankLexicon.coarse("VN"));
    assertEquals(TreebankLexicon.ADJ, TreebankLexicon.coarse("ADJ_NUM"));
    assertEquals(TreebankLexicon.VERB, TreebankLexicon.coarse("VBD"));
    assertEquals(TreebankLexicon.OTHER, TreebankLexicon.coarse("PUNC"));
    assertEquals(TreebankLexicon.OTHER, TreebankLexicon.coarse("CD"));
  }

  @Test
  void theBuilderReproducesTheBundledResourceFromCoreNlpsModel(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("atb-words.tsv.gz");
    int words = TreebankLexiconBuilder.write(out);
    assertEquals(lexicon.size(), words);
    byte[] bundled;
    try (InputStream in = TreebankLexicon.class.getResourceAsStream(TreebankLexicon.RESOURCE)) {
      bundled = in.readAllBytes();
    }
    assertArrayEquals(bundled, Files.readAllBytes(out), "rerun the builder and commit its output");
  }
}
