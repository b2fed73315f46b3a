package org.isnad.spark;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.isnad.claims.Isnad;
import org.isnad.json.AnalysisRecord;
import org.isnad.ner.EntityExtractor;
import org.isnad.ner.contextual.ContextualRecognizer;
import org.junit.jupiter.api.Test;

/** The contextual recognizer through {@link Recognizer#CONTEXTUAL} gives what it gives alone. */
class ContextualTest {
  @Test
  void contextualRowsEqualTheContextualAnalyser() {
    Map<String, String> docs = Corpus.generated(3, 5);
    List<Row> rows = IsnadSpark.builder().recognizer(Recognizer.CONTEXTUAL).build()
        .analyze(AnalyzeTest.frame(docs)).collectAsList();
    Isnad contextual = Isnad.create(new EntityExtractor(ContextualRecognizer.getDefault()));
    assertEquals(docs.size(), rows.size());
    for (Row r : rows) {
      AnalysisRecord a = AnalysisRecord.of(null, contextual.analyze(r.getString(1)));
      AnalysisRecord got = AnalyzeTest.record(r);
      assertFalse(got.isError(), got.error());
      assertEquals(a.entities(), got.entities(), r.getString(0));
      assertEquals(a.quotes(), got.quotes(), r.getString(0));
      assertFalse(got.entities().isEmpty());
    }
  }
}
