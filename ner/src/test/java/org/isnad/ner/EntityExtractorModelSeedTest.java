package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.ner.link.Entity;
import org.isnad.ner.link.EntityMention;
import org.junit.jupiter.api.Test;

/**
 * End to end on the seed articles with the bundled statistical recognizer: mention scores of the
 * recognizer alone and merged with the gazetteer under each policy, and linking agreement with the
 * gold.
 */
class EntityExtractorModelSeedTest {

  @Test
  void recognizerPlusGazetteerOnTheSeeds() {
    MentionSource model = NamedEntityRecognizer.getDefault()::recognize;
    StringBuilder report = new StringBuilder();
    int[] alone = new int[3];
    Map<EntityExtractor.MergePolicy, int[]> merged = new HashMap<>();
    long[] pairs = new long[3];
    for (SeedGold.Article a : SeedGold.articles()) {
      List<Mention> modelMentions = model.mentions(a.text());
      int[] s = SeedGold.score(modelMentions, a.mentions());
      for (int k = 0; k < 3; k++) {
        alone[k] += s[k];
      }
      for (EntityExtractor.MergePolicy policy : EntityExtractor.MergePolicy.values()) {
        DocumentEntities d = new EntityExtractor(t -> modelMentions).withMergePolicy(policy).extract(a.text());
        for (Mention m : d.mentions()) {
          assertEquals(a.text().substring(m.start(), m.end()), m.text());
        }
        int[] sm = SeedGold.score(d.mentions(), a.mentions());
        int[] acc = merged.computeIfAbsent(policy, p -> new int[3]);
        for (int k = 0; k < 3; k++) {
          acc[k] += sm[k];
        }
        if (policy == EntityExtractor.MergePolicy.MODEL_FIRST) {
          linkingPairs(a, d, pairs);
        }
      }
    }
    report.append(SeedGold.line("recognizer alone", alone));
    for (Map.Entry<EntityExtractor.MergePolicy, int[]> e : merged.entrySet()) {
      report.append(SeedGold.line("+ gazetteer " + e.getKey(), e.getValue()));
    }
    double p = pairs[0] / Math.max(1.0, pairs[0] + pairs[1]);
    double r = pairs[0] / Math.max(1.0, pairs[0] + pairs[2]);
    report.append(String.format("linking (MODEL_FIRST, names matching gold): pairs tp=%d fp=%d fn=%d P=%.3f R=%.3f%n",
        pairs[0], pairs[1], pairs[2], p, r));
    System.out.print(report);
    int[] first = merged.get(EntityExtractor.MergePolicy.MODEL_FIRST);
    assertTrue(first[0] >= alone[0], "the gazetteer lost recognizer hits:\n" + report);
    assertTrue(p >= 0.9, report.toString());
  }

  private static void linkingPairs(SeedGold.Article a, DocumentEntities d, long[] pairs) {
    Map<String, String> gold = new HashMap<>();
    for (SeedGold.Span s : a.mentions()) {
      gold.put(s.start() + "|" + s.end(), s.type() + "|" + s.entity());
    }
    Map<String, String> predicted = new HashMap<>();
    for (Entity e : d.entities()) {
      for (EntityMention m : e.mentions()) {
        predicted.put(m.nameStart() + "|" + m.nameEnd(), e.id());
      }
    }
    List<String> common = new ArrayList<>();
    for (String k : predicted.keySet()) {
      if (gold.containsKey(k)) {
        common.add(k);
      }
    }
    for (int i = 0; i < common.size(); i++) {
      for (int j = i + 1; j < common.size(); j++) {
        boolean g = gold.get(common.get(i)).equals(gold.get(common.get(j)));
        boolean p = predicted.get(common.get(i)).equals(predicted.get(common.get(j)));
        if (g && p) {
          pairs[0]++;
        } else if (p) {
          pairs[1]++;
        } else if (g) {
          pairs[2]++;
        }
      }
    }
  }
}
