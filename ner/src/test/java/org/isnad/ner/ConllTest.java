package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllTest {
  @Test
  void readsSentencesColumnsAndStripsBomAndCarriageReturns() {
    String text = "\uFEFFقال O\r\nأحمد B-PERS\r\n \t \r\n\n\nفي\tO\tx\n";
    List<ConllSentence> s = Conll.read(new StringReader(text));
    assertEquals(2, s.size());
    assertEquals(List.of("قال", "أحمد"), s.get(0).tokens());
    assertEquals(List.of("O", "B-PERS"), s.get(0).column(-1));
    assertEquals(List.of("في", "O", "x"), s.get(1).rows().get(0));
    assertEquals(List.of("O"), s.get(1).column(1));
  }

  @Test
  void writeThenReadRoundTrips() {
    List<ConllSentence> s = List.of(
        new ConllSentence(List.of(List.of("أ", "O"), List.of("ب", "B-LOC", "B-LOC"))),
        new ConllSentence(List.of(List.of("ج", "I-ORG"))));
    StringWriter w = new StringWriter();
    Conll.write(w, s);
    assertEquals("أ O\nب B-LOC B-LOC\n\nج I-ORG\n\n", w.toString());
    assertEquals(s, Conll.read(new StringReader(w.toString())));
  }

  @Test
  void emptyInputHasNoSentences() {
    assertEquals(List.of(), Conll.read(new StringReader("")));
    assertEquals(List.of(), Conll.read(new StringReader("\n\n  \n")));
  }
}
