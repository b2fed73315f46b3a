package org.isnad.ner.contextual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.isnad.ner.EntityType;
import org.isnad.ner.Mention;
import org.isnad.ner.NamedEntityRecognizer;
import org.junit.jupiter.api.Test;

/** The bundled contextual model (loads the ONNX model once). */
class ContextualRecognizerTest {
  private static final String NEWS =
      "قال وزير الخارجية الفرنسي جان إيف لودريان في باريس يوم الاثنين إن فرنسا ستواصل دعم لبنان. "
      + "وأضاف لودريان أن الاتحاد الأوروبي سيعقد اجتماعا في بروكسل الأسبوع المقبل.\n\n"
      + "من جهته، رحب رئيس الوزراء اللبناني بالموقف الفرنسي.";

  private static boolean has(List<Mention> ms, EntityType type, String text) {
    return ms.stream().anyMatch(m -> m.type() == type && m.text().equals(text));
  }

  @Test
  void findsPeoplePlacesAndOrganizationsAtOriginalOffsets() {
    NamedEntityRecognizer ner = ContextualRecognizer.getDefault();
    assertSame(ner, ContextualRecognizer.getDefault());
    List<Mention> ms = ner.recognize(NEWS);
    assertTrue(has(ms, EntityType.PERSON, "جان إيف لودريان"), ms.toString());
    assertTrue(has(ms, EntityType.LOCATION, "باريس"), ms.toString());
    assertTrue(has(ms, EntityType.LOCATION, "بروكسل"), ms.toString());
    for (Mention m : ms) {
      assertEquals(NEWS.substring(m.start(), m.end()), m.text());
    }
  }

  @Test
  void evidenceRowsAreDistributions() {
    List<float[][]> ev = OnnxTokenClassifier.getDefault()
        .probabilities(List.of(List.of("زار", "بوتين", "موسكو"), List.of()));
    assertEquals(3, ev.get(0).length);
    assertEquals(0, ev.get(1).length);
    for (float[] row : ev.get(0)) {
      float sum = 0;
      for (float p : row) {
        assertTrue(p >= 0f);
        sum += p;
      }
      assertEquals(1f, sum, 1e-3);
    }
  }

  @Test
  void oddInputNeverFailsAndKeepsOffsets() {
    NamedEntityRecognizer ner = ContextualRecognizer.getDefault();
    StringBuilder longSentence = new StringBuilder();
    for (int i = 0; i < 1500; i++) {
      longSentence.append(i % 50 == 0 ? "القاهرة " : "كلمة ");
    }
    List<String> odd = List.of("", "   \n\n ", "«««", "\u0000\u200E\uFFFD", "Reuters, AFP and CNN",
        "\uD800 عبد\u0640الله «قال", longSentence.toString(), "🙂🙂 دمشق 🙂");
    for (String text : odd) {
      for (Mention m : ner.recognize(text)) {
        assertEquals(text.substring(m.start(), m.end()), m.text());
      }
    }
    assertTrue(has(ner.recognize(longSentence.toString()), EntityType.LOCATION, "القاهرة"));
    assertEquals(4, ner.tag(List.of("x".repeat(300), "", "و", "ال")).size());
  }

  @Test
  void oneInstanceIsSafeToShareBetweenThreads() throws Exception {
    NamedEntityRecognizer ner = ContextualRecognizer.getDefault();
    String[] texts = {NEWS, "وصل الرئيس التركي رجب طيب أردوغان إلى أنقرة.", "أعلنت وزارة الدفاع الأمريكية."};
    List<List<Mention>> serial = new ArrayList<>();
    for (String t : texts) {
      serial.add(ner.recognize(t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<List<Mention>>> futures = new ArrayList<>();
      for (int round = 0; round < 2; round++) {
        for (String t : texts) {
          futures.add(pool.submit(() -> ner.recognize(t)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(serial.get(i % texts.length), futures.get(i).get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
