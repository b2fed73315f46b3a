package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.ner.model.TagSet;
import org.junit.jupiter.api.Test;

class BioDecoderTest {
  private static float[] row(String tag, float p) {
    float[] r = new float[TagSet.SIZE];
    int t = TagSet.index(tag);
    float rest = (1f - p) / (TagSet.SIZE - 1);
    for (int i = 0; i < r.length; i++) {
      r[i] = i == t ? p : rest;
    }
    return r;
  }

  private static String[] labels(int[] tags) {
    String[] out = new String[tags.length];
    for (int i = 0; i < tags.length; i++) {
      out[i] = TagSet.label(tags[i]);
    }
    return out;
  }

  @Test
  void confidentRowsAreKeptWithTheirProbabilities() {
    float[][] p = {row("B-PERS", 0.9f), row("I-PERS", 0.8f), row("O", 0.95f), row("B-LOC", 0.7f)};
    float[] conf = new float[4];
    assertArrayEquals(new String[] {"B-PERS", "I-PERS", "O", "B-LOC"}, labels(BioDecoder.decode(p, conf)));
    assertEquals(0.9f, conf[0], 1e-6);
    assertEquals(0.7f, conf[3], 1e-6);
  }

  @Test
  void anInsideTagNeverFollowsOutsideOrAnotherType() {
    // the most probable tag of each token alone would give O I-ORG and B-LOC I-PERS
    float[][] p = {row("O", 0.6f), row("I-ORG", 0.5f), row("B-LOC", 0.6f), row("I-PERS", 0.4f)};
    String[] tags = labels(BioDecoder.decode(p, null));
    for (int i = 0; i < tags.length; i++) {
      if (tags[i].startsWith("I-")) {
        assertTrue(i > 0 && !tags[i - 1].equals("O") && tags[i - 1].substring(2).equals(tags[i].substring(2)),
            List.of(tags).toString());
      }
    }
    assertTrue(!tags[0].startsWith("I-"));
  }

  @Test
  void zeroProbabilitiesAndEmptySentencesAreFine() {
    float[][] p = {new float[TagSet.SIZE], row("I-MISC", 1f)};
    assertEquals(2, BioDecoder.decode(p, new float[2]).length);
    assertEquals(0, BioDecoder.decode(new float[0][], null).length);
  }

  @Test
  void aRecognizerDecodingAClassifierUsesItsTags() {
    TagEvidence classifier = sentences -> sentences.stream().map(s -> {
      float[][] rows = new float[s.size()][];
      for (int i = 0; i < s.size(); i++) {
        rows[i] = row(s.get(i).equals("دمشق") ? "B-LOC" : "O", 0.9f);
      }
      return rows;
    }).toList();
    NamedEntityRecognizer ner = NamedEntityRecognizer.decoding(classifier);
    assertEquals(List.of("O", "B-LOC"), ner.tag(List.of("زار", "دمشق")));
    List<Mention> ms = ner.recognize("وصل الوفد إلى دمشق أمس.");
    assertEquals(1, ms.size());
    assertEquals("دمشق", ms.get(0).text());
    assertEquals(EntityType.LOCATION, ms.get(0).type());
    assertEquals(0.9, ms.get(0).confidence(), 1e-6);
  }
}
