package org.isnad.spark;

import static org.junit.jupiter.api.Assertions.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.isnad.claims.ClaimClusterer;
import org.isnad.claims.Isnad;
import org.isnad.claims.Quote;
import org.isnad.claims.SourceType;
import org.isnad.claims.SpeakerEntity;
import org.isnad.json.ClaimRecord;
import org.junit.jupiter.api.Test;

/** Distributed claims equal {@link ClaimClusterer} over the same corpus in the same order. */
class ClaimsTest {
  private static final Isnad ISNAD = Isnad.create();

  @Test
  void distributedClaimsEqualTheClusterer() {
    Map<String, String> docs = new LinkedHashMap<>(Corpus.seeds());
    docs.putAll(Corpus.generated(150, 99));
    docs.put("no-text", null);
    Map<String, List<Quote>> quotes = new LinkedHashMap<>();
    docs.forEach((id, text) -> {
      if (text != null) {
        quotes.put(id, ISNAD.analyze(text).quotes());
      }
    });

    IsnadSpark isnad = IsnadSpark.builder().build();
    Dataset<Row> analysed = isnad.analyze(AnalyzeTest.frame(docs).repartition(3).sortWithinPartitions("id")).cache();
    // corpus order = the analysed rows' order; the clusterer gets the documents in that order
    List<String> order = analysed.select("id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    Map<String, List<Quote>> ordered = new LinkedHashMap<>();
    for (String id : order) {
      if (quotes.containsKey(id)) {
        ordered.put(id, quotes.get(id));
      }
    }
    List<ClaimRecord> want = ClaimRecord.of(new ClaimClusterer().cluster(ordered));
    List<ClaimRecord> got = isnad.claims(analysed, "id").collectAsList().stream().map(IsnadRows::claim).toList();

    assertEquals(want.size(), got.size());
    assertEquals(want, got);
    long acrossDocuments = got.stream().filter(c -> c.documents().size() > 1).count();
    assertTrue(acrossDocuments >= 20, "claims reported by several documents: " + acrossDocuments);
  }

  @Test
  void speakerKeysJoinNamesThatMayBeTheSameSource() {
    Map<String, String> keys = SpeakerGroups.keys(List.of("ريان ديلون", "ديلون", "العقيد ريان ديلون",
        "التحالف الدولي", "التحالف", "وزارة الخارجية", "الخارجية", "الخارجية الأمريكية", "...", "محمد علي", "محمد صالح"));
    assertEquals(keys.get("ديلون"), keys.get("ريان ديلون"));
    assertEquals(keys.get("ديلون"), keys.get("العقيد ريان ديلون"));
    assertEquals(keys.get("التحالف"), keys.get("التحالف الدولي"));
    // الخارجية is contained in both, so all three share a key (transitively)
    assertEquals(keys.get("وزارة الخارجية"), keys.get("الخارجية الأمريكية"));
    assertEquals("الخارجية", keys.get("وزارة الخارجية"), "the key is the smallest name of the group");
    assertNotEquals(keys.get("محمد علي"), keys.get("محمد صالح"), "a shared first name is not the same source");
    assertNotEquals(keys.get("ديلون"), keys.get("التحالف"));
    assertFalse(keys.containsKey("..."), "a name without words has no key");
    for (String a : keys.keySet()) {
      for (String b : keys.keySet()) {
        if (ClaimClusterer.sameSource(speaker(a), speaker(b))) {
          assertEquals(keys.get(a), keys.get(b), a + " / " + b);
        }
      }
    }
    assertTrue(Set.copyOf(keys.values()).size() >= 4);
  }

  private static SpeakerEntity speaker(String name) {
    return new SpeakerEntity("x", name, SourceType.OTHER, null);
  }
}
