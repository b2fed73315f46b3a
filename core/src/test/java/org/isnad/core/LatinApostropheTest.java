package org.isnad.core;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A Latin apostrophe between letters is part of the word; English sentences split as English. */
class LatinApostropheTest {
  private static final Tokenizer TOKENIZER = new Tokenizer();
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  private static List<String> texts(String text) {
    return TOKENIZER.tokenize(text).stream().map(Token::text).toList();
  }

  @Test
  void apostrophesBetweenLettersStayInTheWord() {
    assertEquals(List.of("The", "State's", "attorney", "O'Brien", "and", "d'Alembert's", "book"),
        texts("The State's attorney O'Brien and d'Alembert's book"));
    assertEquals(List.of("It’s", "the", "minister’s", "car"), texts("It’s the minister’s car"));
    for (Token t : TOKENIZER.tokenize("State's O'Brien d'Alembert")) {
      assertEquals(TokenType.LATIN, t.type());
      assertEquals(QuoteRole.NONE, t.quoteRole());
    }
  }

  @Test
  void quotationMarksStayQuotationMarks() {
    List<Token> tokens = TOKENIZER.tokenize("He said 'this is it' and the students' books, 'ok'.");
    assertEquals(QuoteRole.OPENING, tokens.get(2).quoteRole());
    assertEquals("'", tokens.get(2).text());
    assertEquals(QuoteRole.CLOSING, tokens.get(6).quoteRole());
    assertEquals("students", tokens.get(9).text());
    assertEquals(TokenType.QUOTE, tokens.get(10).type(), "a plural possessive's mark is not between letters");
    assertEquals(List.of("'", "9", "'"), texts("'9'"), "not between letters");
    assertEquals(List.of("قال", "'", "نعم", "'"), texts("قال 'نعم'"), "Arabic words keep their quotation marks");
  }

  @Test
  void anEnglishParagraphWithApostrophesSplitsIntoItsSentences() {
    String text = "The State's attorney spoke first. O'Brien said nothing. Then d'Alembert's book was read. It's over.";
    List<Span> sentences = SPLITTER.sentences(text, TOKENIZER.tokenize(text));
    assertEquals(List.of("The State's attorney spoke first.", "O'Brien said nothing.",
        "Then d'Alembert's book was read.", "It's over."), sentences.stream().map(s -> s.of(text)).toList());
  }
}
