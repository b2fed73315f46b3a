package org.isnad.ner.contextual;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordPieceTokenizerTest {
  // ids:                          0        1        2        3      4     5       6      7       8    9     10     11
  private static final List<String> VOCAB = List.of("[PAD]", "[UNK]", "[CLS]", "[SEP]", "ال", "##عر", "##اق", "العراق",
      "،", "«", "بغ", "##داد");
  private final WordPieceTokenizer wp = new WordPieceTokenizer(VOCAB);

  @Test
  void longestPieceFromTheLeftThenContinuations() {
    assertArrayEquals(new int[] {7}, wp.pieces("العراق"));
    assertArrayEquals(new int[] {10, 11}, wp.pieces("بغداد"));
    assertArrayEquals(new int[] {4, 5}, wp.pieces("العر"));
  }

  @Test
  void punctuationIsAWordOfItsOwn() {
    assertArrayEquals(new int[] {9, 7, 8}, wp.pieces("«العراق،"));
    assertArrayEquals(new int[] {1}, wp.pieces("!"), "punctuation outside the vocabulary is [UNK]");
  }

  @Test
  void unknownWordsBecomeOneUnknownPiece() {
    assertArrayEquals(new int[] {1}, wp.pieces("دمشق"));
    assertArrayEquals(new int[] {1}, wp.pieces("بغدادx"), "no partial pieces survive");
    assertArrayEquals(new int[] {1}, wp.pieces("\uD83D\uDE00"));
    assertArrayEquals(new int[] {1}, wp.pieces("ب".repeat(WordPieceTokenizer.MAX_WORD + 1)));
  }

  @Test
  void controlAndFormatCharactersAreDroppedAndEveryTokenHasAPiece() {
    assertArrayEquals(new int[] {7}, wp.pieces("\u200Eالعراق\u0000"));
    assertArrayEquals(new int[] {1}, wp.pieces(""));
    assertArrayEquals(new int[] {1}, wp.pieces("\u200F\uFFFD"));
    assertArrayEquals(new int[] {7, 10, 11}, wp.pieces("العراق بغداد"));
  }

  @Test
  void specialIdsAndMisuse() {
    assertEquals(2, wp.classifierId());
    assertEquals(3, wp.separatorId());
    assertEquals(1, wp.unknownId());
    assertThrows(IllegalArgumentException.class, () -> new WordPieceTokenizer(List.of("[CLS]", "[SEP]")));
    assertThrows(NullPointerException.class, () -> wp.pieces(null));
  }
}
