package org.isnad.ner.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.ner.Annotation;
import org.isnad.ner.AnnotationType;
import org.isnad.ner.SeedGold;
import org.junit.jupiter.api.Test;

/** The rule annotator on the five seed articles, against their hand-made gold annotations. */
class RuleAnnotatorSeedTest {

  @Test
  void offsetsAreExactAndAgreeWithGold() {
    RuleAnnotator rules = RuleAnnotator.getDefault();
    int[] tp = new int[AnnotationType.values().length];
    int[] fp = new int[tp.length];
    int[] fn = new int[tp.length];
    StringBuilder report = new StringBuilder();
    for (SeedGold.Article a : SeedGold.articles()) {
      List<Annotation> found = rules.annotate(a.text());
      Set<String> predicted = new HashSet<>();
      int last = -1;
      for (Annotation an : found) {
        assertEquals(a.text().substring(an.start(), an.end()), an.text());
        assertTrue(an.start() >= last, "annotations overlap or are out of order");
        assertEquals(an.text().strip(), an.text(), "no edge whitespace");
        last = an.end();
        predicted.add(an.type() + "|" + an.start() + "|" + an.end());
      }
      Set<String> gold = new HashSet<>();
      for (SeedGold.Span g : a.annotations()) {
        gold.add(g.type() + "|" + g.start() + "|" + g.end());
      }
      for (Annotation an : found) {
        String key = an.type() + "|" + an.start() + "|" + an.end();
        if (gold.contains(key)) {
          tp[an.type().ordinal()]++;
        } else {
          fp[an.type().ordinal()]++;
          report.append(a.name()).append(" FP ").append(an.type()).append(" ").append(an.text()).append('\n');
        }
      }
      for (SeedGold.Span g : a.annotations()) {
        if (!predicted.contains(g.type() + "|" + g.start() + "|" + g.end())) {
          fn[AnnotationType.valueOf(g.type()).ordinal()]++;
          report.append(a.name()).append(" FN ").append(g.type()).append(" ").append(g.text()).append('\n');
        }
      }
    }
    int allTp = 0;
    int allFp = 0;
    int allFn = 0;
    for (AnnotationType t : AnnotationType.values()) {
      int k = t.ordinal();
      allTp += tp[k];
      allFp += fp[k];
      allFn += fn[k];
      report.append(String.format("%-8s tp=%d fp=%d fn=%d P=%.3f R=%.3f%n", t, tp[k], fp[k], fn[k],
          tp[k] / Math.max(1.0, tp[k] + fp[k]), tp[k] / Math.max(1.0, tp[k] + fn[k])));
    }
    double p = allTp / Math.max(1.0, allTp + allFp);
    double r = allTp / Math.max(1.0, allTp + allFn);
    report.append(String.format("ALL      tp=%d fp=%d fn=%d P=%.3f R=%.3f F1=%.3f%n", allTp, allFp, allFn, p, r,
        2 * p * r / Math.max(1e-9, p + r)));
    System.out.print(report);
    assertTrue(p >= 0.5 && r >= 0.5, "rule annotations far below the seed gold:\n" + report);
  }
}
