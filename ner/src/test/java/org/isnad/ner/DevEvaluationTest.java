package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.ner.model.Corpora;
import org.junit.jupiter.api.Test;

/**
 * Scores the shipped model on the dev split (the last tenth of the committed ANERcorp train file,
 * derived by {@link Corpora#devSplit}) sentence by sentence, and prints conlleval-style per-type
 * P/R/F1. The shipped model was trained without these sentences.
 */
class DevEvaluationTest {
  @Test
  void shippedModelScoresOnTheDevSplit() {
    Path data = Path.of(System.getProperty("isnad.seeds")).getParent().resolve("ner/data");
    List<ConllSentence> dev = Corpora.devSplit(Corpora.anercorp(data));
    NamedEntityRecognizer ner = NamedEntityRecognizer.getDefault();
    List<List<String>> gold = new ArrayList<>();
    List<List<String>> pred = new ArrayList<>();
    for (ConllSentence s : dev) {
      gold.add(s.column(-1));
      pred.add(ner.tag(s.tokens()));
    }
    ConllEvaluator.Result r = new ConllEvaluator().score(gold, pred);
    System.out.println("Entity model on the ANERcorp dev split (sentence by sentence):");
    System.out.print(r.format());
    // The shipped (distilled) model scores micro F1 0.7320, LOC 0.8582, PERS 0.7585 (docs/ner-model.md).
    assertTrue(r.micro().f1() > 0.73, "dev micro F1 fell to " + r.micro().f1());
    assertTrue(r.perType().get("LOC").f1() > 0.85, "dev LOC F1 fell to " + r.perType().get("LOC").f1());
    assertTrue(r.perType().get("PERS").f1() > 0.75, "dev PERS F1 fell to " + r.perType().get("PERS").f1());
  }
}
