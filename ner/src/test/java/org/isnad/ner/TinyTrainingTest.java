package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.isnad.ner.model.CorpusLexicon;
import org.isnad.ner.model.PerceptronModel;
import org.isnad.ner.model.PerceptronTrainer;
import org.isnad.ner.model.TrainingSentence;
import org.junit.jupiter.api.Test;

/** Proves the training path end to end on a few hand-written sentences (not the real model). */
class TinyTrainingTest {
  private static TrainingSentence s(String tokens, String tags) {
    return new TrainingSentence(List.of(tokens.split(" ")), List.of(tags.split(" ")), 1f);
  }

  private static final List<TrainingSentence> DATA = List.of(
      s("قال الرئيس بشار الأسد في دمشق", "O O B-PERS I-PERS O B-LOC"),
      s("زار وزير الخارجية سامح شكري بغداد أمس", "O O O B-PERS I-PERS B-LOC O"),
      s("أعلنت وكالة رويترز أن الجيش دخل البوكمال", "O B-ORG I-ORG O O O B-LOC"),
      s("وصل الوفد إلى القاهرة لحضور كأس العالم", "O O O B-LOC O B-MISC I-MISC"),
      s("أكد المتحدث باسم الأمم المتحدة أن الوضع صعب", "O O O B-ORG I-ORG O O O"));

  @Test
  void learnsItsTrainingSentencesAndSurvivesSerialization() throws IOException {
    PerceptronModel model = new PerceptronTrainer(16, 10, 7L).train(DATA);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes);
    NamedEntityRecognizer ner = NamedEntityRecognizer.load(new ByteArrayInputStream(bytes.toByteArray()));
    NamedEntityRecognizer direct = new NamedEntityRecognizer(model);
    for (TrainingSentence t : DATA) {
      assertEquals(t.tags(), ner.tag(t.tokens()), String.join(" ", t.tokens()));
      assertEquals(direct.tag(t.tokens()), ner.tag(t.tokens()));
    }
  }

  @Test
  void trainingIsDeterministic() throws IOException {
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    new PerceptronTrainer(16, 5, 3L).train(DATA, CorpusLexicon.build(DATA, 1), null).write(a);
    new PerceptronTrainer(16, 5, 3L).train(DATA, CorpusLexicon.build(DATA, 1), null).write(b);
    assertEquals(java.util.Arrays.toString(a.toByteArray()), java.util.Arrays.toString(b.toByteArray()));
  }

  @Test
  void taggingOddInputNeverFails() throws IOException {
    PerceptronModel model = new PerceptronTrainer(12, 2, 1L).train(DATA);
    NamedEntityRecognizer ner = new NamedEntityRecognizer(model);
    assertEquals(List.of(), ner.tag(List.of()));
    List<String> odd = new ArrayList<>(List.of("", "\uD800", "\u0000", "ـــ", "و", "ال", "x".repeat(500)));
    assertEquals(odd.size(), ner.tag(odd).size());
    assertEquals(List.of(), ner.recognize(""));
    ner.recognize("\uD800 « و ال » \u200E\n\n؟؟ ...");
  }

  @Test
  void badModelStreamIsRejected() {
    org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
        () -> NamedEntityRecognizer.load(new ByteArrayInputStream(new byte[] {1, 2, 3})));
  }
}
