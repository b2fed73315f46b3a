package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.isnad.ner.model.PerceptronModel;
import org.isnad.ner.model.PerceptronTrainer;
import org.isnad.ner.model.TagSet;
import org.isnad.ner.model.TrainingSentence;
import org.junit.jupiter.api.Test;

/**
 * A tagger trained with {@link TagEvidence} learns to follow the evidence, survives serialization,
 * and refuses to be used without it (or a plain model with it).
 */
class EvidenceTrainingTest {
  /** Evidence that is sure of the gold tag: one-hot rows. */
  private static float[][] oneHot(List<String> tags) {
    float[][] rows = new float[tags.size()][TagSet.SIZE];
    for (int i = 0; i < rows.length; i++) {
      rows[i][TagEvidence.TAGS.indexOf(tags.get(i))] = 1f;
    }
    return rows;
  }

  /** Evidence that tags every token whose text starts with "ع" as B-PERS, others O. */
  private static final TagEvidence BY_LETTER = sentences -> {
    List<float[][]> out = new ArrayList<>();
    for (List<String> s : sentences) {
      List<String> tags = new ArrayList<>();
      for (String t : s) {
        tags.add(t.startsWith("ع") ? "B-PERS" : "O");
      }
      out.add(oneHot(tags));
    }
    return out;
  };

  private static final List<TrainingSentence> DATA = new ArrayList<>();

  static {
    String[][] rows = {
        {"قال عمرو أمس", "O B-PERS O"}, {"زار علاء المدينة", "O B-PERS O"},
        {"قال عادل إن العمل بدأ", "O B-PERS O O O"}, {"أكد عصام الخبر", "O B-PERS O"},
        {"العمل مستمر اليوم", "O O O"}, {"عاد الوفد", "O O"}};
    for (String[] r : rows) {
      List<String> tokens = List.of(r[0].split(" "));
      List<String> tags = new ArrayList<>(List.of(r[1].split(" ")));
      // the evidence is right about the names and wrong about العمل and عاد, like a real probe
      DATA.add(new TrainingSentence(tokens, tags, 1f, BY_LETTER.probabilities(List.of(tokens)).get(0)));
    }
  }

  @Test
  void followsTheEvidenceOnUnseenWordsAndRoundTrips() throws IOException {
    PerceptronModel model = new PerceptronTrainer(16, 10, 7L).train(DATA);
    assertTrue(model.readsEvidence());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes);
    NamedEntityRecognizer ner =
        NamedEntityRecognizer.load(new ByteArrayInputStream(bytes.toByteArray()), BY_LETTER);
    assertEquals(List.of("O", "B-PERS", "O"), ner.tag(List.of("قال", "عثمان", "أمس")));
    assertEquals(List.of(List.of("O", "B-PERS", "O"), List.of("O")),
        ner.tagDocument(List.of(List.of("زار", "عمار", "المدينة"), List.of("أمس"))));
    List<Mention> m = ner.recognize("قال عثمان أمس");
    assertEquals(1, m.size());
    assertEquals("عثمان", m.get(0).text());
    assertEquals(List.of(), ner.tag(List.of()));
  }

  @Test
  void modelAndEvidenceMustMatch() throws IOException {
    PerceptronModel withEvidence = new PerceptronTrainer(12, 2, 1L).train(DATA);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    withEvidence.write(bytes);
    assertThrows(IllegalArgumentException.class,
        () -> NamedEntityRecognizer.load(new ByteArrayInputStream(bytes.toByteArray())));
    List<TrainingSentence> plain = new ArrayList<>();
    for (TrainingSentence t : DATA) {
      plain.add(new TrainingSentence(t.tokens(), t.tags(), 1f));
    }
    PerceptronModel without = new PerceptronTrainer(12, 2, 1L).train(plain);
    assertFalse(without.readsEvidence());
    ByteArrayOutputStream plainBytes = new ByteArrayOutputStream();
    without.write(plainBytes);
    assertThrows(IllegalArgumentException.class, () -> NamedEntityRecognizer.load(
        new ByteArrayInputStream(plainBytes.toByteArray()), BY_LETTER));
    List<TrainingSentence> mixed = new ArrayList<>(DATA);
    mixed.add(plain.get(0));
    assertThrows(IllegalArgumentException.class, () -> new PerceptronTrainer(12, 2, 1L).train(mixed));
  }

  @Test
  void badEvidenceIsACleanError() throws IOException {
    PerceptronModel model = new PerceptronTrainer(12, 2, 1L).train(DATA);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes);
    TagEvidence tooFewRows = sentences -> {
      List<float[][]> out = new ArrayList<>();
      for (List<String> s : sentences) {
        out.add(new float[Math.max(0, s.size() - 1)][TagSet.SIZE]);
      }
      return out;
    };
    NamedEntityRecognizer ner =
        NamedEntityRecognizer.load(new ByteArrayInputStream(bytes.toByteArray()), tooFewRows);
    assertThrows(IllegalStateException.class, () -> ner.tag(List.of("قال", "عثمان")));
    assertThrows(IllegalArgumentException.class, () -> new TrainingSentence(List.of("a"),
        List.of("O"), 1f, new float[][] {new float[3]}));
  }
}
