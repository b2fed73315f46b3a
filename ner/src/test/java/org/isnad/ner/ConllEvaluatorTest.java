package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllEvaluatorTest {
  private final ConllEvaluator eval = new ConllEvaluator();

  @Test
  void perfectPredictionScoresOne() {
    List<String> tags = List.of("B-PERS", "I-PERS", "O", "B-LOC");
    ConllEvaluator.Result r = eval.score(List.of(tags), List.of(tags));
    assertEquals(new ConllEvaluator.Counts(2, 2, 2), r.micro());
    assertEquals(1.0, r.micro().f1(), 1e-12);
    assertEquals(1.0, r.accuracy(), 1e-12);
  }

  @Test
  void handComputedFigures() {
    // gold: PERS[0,1] LOC[3] ORG[5,6]; predicted: PERS[0] (wrong end) LOC[3] ORG[5,6] MISC[8]
    List<String> gold = List.of("B-PERS", "I-PERS", "O", "B-LOC", "O", "B-ORG", "I-ORG", "O", "O");
    List<String> pred = List.of("B-PERS", "O", "O", "B-LOC", "O", "B-ORG", "I-ORG", "O", "B-MISC");
    ConllEvaluator.Result r = eval.score(List.of(gold), List.of(pred));
    assertEquals(new ConllEvaluator.Counts(2, 4, 3), r.micro());
    assertEquals(0.5, r.micro().precision(), 1e-12);
    assertEquals(2.0 / 3, r.micro().recall(), 1e-12);
    assertEquals(2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3), r.micro().f1(), 1e-12);
    assertEquals(new ConllEvaluator.Counts(0, 1, 1), r.perType().get("PERS"));
    assertEquals(new ConllEvaluator.Counts(1, 1, 1), r.perType().get("LOC"));
    assertEquals(new ConllEvaluator.Counts(1, 1, 1), r.perType().get("ORG"));
    assertEquals(new ConllEvaluator.Counts(0, 1, 0), r.perType().get("MISC"));
    assertEquals(7.0 / 9, r.accuracy(), 1e-12);
  }

  @Test
  void insideAfterOutsideStartsAChunkAsConllevalDoes() {
    // conlleval reads "O I-LOC I-LOC" as one LOC chunk [1,2], equal to gold "O B-LOC I-LOC".
    List<String> gold = List.of("O", "B-LOC", "I-LOC");
    List<String> pred = List.of("O", "I-LOC", "I-LOC");
    assertEquals(new ConllEvaluator.Counts(1, 1, 1), eval.score(List.of(gold), List.of(pred)).micro());
    // A type change inside starts a new chunk: B-PERS I-ORG is PERS[0] + ORG[1].
    List<ConllEvaluator.Chunk> chunks = ConllEvaluator.chunks(List.of("B-PERS", "I-ORG", "I-ORG"));
    assertEquals(List.of(new ConllEvaluator.Chunk(0, 0, "PERS"), new ConllEvaluator.Chunk(1, 2, "ORG")),
        chunks);
    // B after B splits: B-LOC B-LOC are two chunks.
    assertEquals(2, ConllEvaluator.chunks(List.of("B-LOC", "B-LOC")).size());
  }

  @Test
  void chunksDoNotCrossSentences() {
    List<List<String>> gold = List.of(List.of("B-LOC"), List.of("I-LOC"));
    List<List<String>> pred = List.of(List.of("B-LOC"), List.of("B-LOC"));
    // second sentence's I-LOC starts its own chunk, so both match
    assertEquals(new ConllEvaluator.Counts(2, 2, 2), eval.score(gold, pred).micro());
  }

  @Test
  void emptyInputScoresZeroWithoutFailing() {
    ConllEvaluator.Result r = eval.score(List.of(), List.of());
    assertEquals(0, r.micro().f1());
    assertEquals(0, r.tokens());
  }

  @Test
  void mismatchedLengthsAreRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> eval.score(List.of(List.of("O")), List.of(List.of("O", "O"))));
    assertThrows(IllegalArgumentException.class, () -> eval.score(List.of(), List.of(List.of("O"))));
  }

  @Test
  void scoresAFileWithGoldThenPredictedColumns(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("pred.conll");
    Files.writeString(f, "\uFEFFمحمد B-PERS B-PERS\r\nعلي I-PERS O\r\nفي O O\r\n\r\n"
        + "بغداد\tx\tB-LOC\tB-LOC\n");
    ConllEvaluator.Result r = eval.scoreFile(f);
    assertEquals(new ConllEvaluator.Counts(1, 2, 2), r.micro());
    assertEquals(4, r.tokens());
    assertEquals(3, r.correctTokens());
    String report = r.format();
    assertEquals(true, report.contains("FB1:  50.00"));
  }
}
