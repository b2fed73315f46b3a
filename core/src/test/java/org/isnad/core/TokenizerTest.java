package org.isnad.core;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizerTest {
  private final Tokenizer tokenizer = new Tokenizer();

  private String describe(String text) {
    return tokenizer.tokenize(text).stream()
        .map(t -> t.type() + ":" + t.text())
        .collect(Collectors.joining(" "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
      "1500|NUMBER:1500",
      "1,500|NUMBER:1,500",
      "3.5|NUMBER:3.5",
      "١٥٠٠|NUMBER:١٥٠٠",
      "١٬٥٠٠٫٥|NUMBER:١٬٥٠٠٫٥",
      "100%|NUMBER:100%",
      "٥٠٪|NUMBER:٥٠٪",
      "10-2019|NUMBER:10-2019",
      "28.10.2017 11:58|NUMBER:28.10.2017 NUMBER:11:58",
      "1500، 20|NUMBER:1500 PUNCT:، NUMBER:20",
      "3.|NUMBER:3 PUNCT:.",
  })
  void numbers(String text, String expected) {
    assertEquals(expected, describe(text));
  }

  @Test
  void arabicWordsKeepDiacriticsTatweelAndJoiners() {
    assertEquals("WORD:كَتَبَ WORD:الـــعراق WORD:مي\u200Cخواهم", describe("كَتَبَ الـــعراق مي\u200Cخواهم"));
  }

  @Test
  void latinWordsUrlsEmailsHashtagsMentions() {
    assertEquals("LATIN:Reuters LATIN:G20 LATIN:e-mail", describe("Reuters G20 e-mail"));
    assertEquals("URL:https://example.com/a?b=1 PUNCT:.", describe("https://example.com/a?b=1."));
    assertEquals("WORD:موقع URL:www.aljazeera.net", describe("موقع www.aljazeera.net"));
    assertEquals("EMAIL:news.desk@example.co.uk PUNCT:،", describe("news.desk@example.co.uk،"));
    assertEquals("HASHTAG:#سوريا HASHTAG:#Syria_2019 MENTION:@Reuters", describe("#سوريا #Syria_2019 @Reuters"));
    assertEquals("PUNCT:# PUNCT:@", describe("# @"));
  }

  @Test
  void punctuationAndSymbols() {
    assertEquals("WORD:ماذا PUNCT:؟ PUNCT:... PUNCT:! SYMBOL:$ SYMBOL:+ PUNCT:( WORD:داعش PUNCT:)",
        describe("ماذا؟ ...! $ + (داعش)"));
  }

  @Test
  void emoji() {
    assertEquals("EMOJI:\uD83D\uDC4D\uD83C\uDFFD EMOJI:\u2764\uFE0F EMOJI:\uD83C\uDDF8\uD83C\uDDFE WORD:نعم",
        describe("\uD83D\uDC4D\uD83C\uDFFD \u2764\uFE0F \uD83C\uDDF8\uD83C\uDDFEنعم"));
    // family: man ZWJ woman ZWJ girl is one emoji
    assertEquals(1, tokenizer.tokenize("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67").size());
  }

  @Test
  void quotationMarksAreTokensWithRoles() {
    List<Token> tokens = tokenizer.tokenize("قال: “نحن هنا” و\"هم\" ثم “ذهبوا“ .");
    List<String> quotes = tokens.stream().filter(t -> t.type() == TokenType.QUOTE)
        .map(t -> t.text() + t.quoteRole()).toList();
    assertEquals(List.of("“OPENING", "”CLOSING", "\"AMBIGUOUS", "\"CLOSING", "“OPENING", "“CLOSING"), quotes);
    for (Token t : tokens) {
      if (t.type() != TokenType.QUOTE) {
        assertEquals(QuoteRole.NONE, t.quoteRole());
      }
    }
  }

  @Test
  void guillemetsAndStraightQuotesInContext() {
    List<Token> tokens = tokenizer.tokenize("«نص» \"نص\"، 'x'");
    assertEquals(List.of(QuoteRole.OPENING, QuoteRole.CLOSING, QuoteRole.OPENING, QuoteRole.CLOSING,
            QuoteRole.OPENING, QuoteRole.CLOSING),
        tokens.stream().filter(t -> t.type() == TokenType.QUOTE).map(Token::quoteRole).toList());
  }

  @Test
  void mixedScriptsSplitAtTheScriptBoundary() {
    assertEquals("WORD:ال LATIN:iPhone NUMBER:2019 WORD:م", describe("الiPhone 2019م"));
  }

  @Test
  void tokensCoverEveryVisibleCharacterOfTheSeedsExactly() {
    for (String text : Seeds.articles().values()) {
      List<Token> tokens = tokenizer.tokenize(text);
      int pos = 0;
      for (Token t : tokens) {
        assertTrue(t.start() >= pos, "overlap or disorder at " + t);
        for (int i = pos; i < t.start(); i++) {
          char c = text.charAt(i);
          assertTrue(Character.isWhitespace(c) || Character.isSpaceChar(c)
              || Character.getType(c) == Character.FORMAT, "uncovered char at " + i);
        }
        assertEquals(text.substring(t.start(), t.end()), t.text());
        assertTrue(t.end() > t.start());
        pos = t.end();
      }
    }
  }

  @Test
  void seedWordsTokenizeAsWritten() {
    String seed = Seeds.articles().get("000_c76431b2828d011e.txt");
    List<Token> tokens = tokenizer.tokenize(seed);
    Token wqal = tokens.stream().filter(t -> t.start() == 568).findFirst().orElseThrow();
    assertEquals("وقال", wqal.text());
    assertEquals(TokenType.WORD, wqal.type());
    assertEquals(572, wqal.end());
  }

  @Test
  void oddInputNeverThrows() {
    assertTrue(tokenizer.tokenize("").isEmpty());
    assertTrue(tokenizer.tokenize(" \n\t\u200F\u00A0").isEmpty());
    assertEquals("SYMBOL:\uD800 SYMBOL:\uDC00 WORD:ب", describe("\uD800 \uDC00ب"));
    assertEquals("SYMBOL:\u064B\u0651", describe("\u064B\u0651"));
    assertThrows(NullPointerException.class, () -> tokenizer.tokenize(null));
  }

  @Test
  void consumerPathMatchesListPath() {
    String text = Seeds.articles().get("001_bfc2d2c5c594cf5b.txt");
    List<Token> tokens = tokenizer.tokenize(text);
    int[] count = {0};
    tokenizer.tokenize(text, (s, e, type, role) -> {
      Token t = tokens.get(count[0]++);
      assertEquals(t.start(), s);
      assertEquals(t.end(), e);
      assertEquals(t.type(), type);
      assertEquals(t.quoteRole(), role);
    });
    assertEquals(tokens.size(), count[0]);
  }

  @Test
  void tokensMadeByTheTokenizerEqualTokensMadeFromTheirText() {
    String text = "قال \"الوزير\" إن 3.5% من https://a.b/c ، #وسم 😀.";
    for (Token t : new Tokenizer().tokenize(text)) {
      Token eager = new Token(text.substring(t.start(), t.end()), t.start(), t.end(), t.type(),
          t.quoteRole());
      assertEquals(text.substring(t.start(), t.end()), t.text());
      assertSame(t.text(), t.text(), "the text is made once");
      assertEquals(eager, t);
      assertEquals(t, eager);
      assertEquals(eager.hashCode(), t.hashCode());
      assertEquals(eager.toString(), t.toString());
    }
  }
}
