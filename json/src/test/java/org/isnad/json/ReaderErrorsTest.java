package org.isnad.json;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Reading what is not the contract fails with a message that names the field. */
class ReaderErrorsTest {
  private static final String TOKEN =
      "{\"format\":\"isnad/1\",\"tokens\":[{\"text\":\"قال\",\"start\":0,\"end\":3,\"type\":\"WORD\",\"normalized\":\"قال\"}]}";

  private static String fails(String json) {
    return assertThrows(JsonContractException.class, () -> IsnadJson.readDocument(json)).getMessage();
  }

  @Test
  void wellFormedTokenReads() {
    assertEquals(3, IsnadJson.readDocument(TOKEN).tokens().get(0).end());
  }

  @Test
  void notJsonOrNotAnObject() {
    assertTrue(fails("{\"format\":").startsWith("not valid JSON"));
    assertEquals("$: expected an object", fails("[1,2]"));
    assertEquals("null JSON text", fails(null));
  }

  @Test
  void anotherMajorVersionIsRejected() {
    assertTrue(fails("{\"format\":\"isnad/2\",\"quotes\":[]}").startsWith("format: unsupported \"isnad/2\""));
  }

  @Test
  void mistypedOrMissingFieldsNameTheirPath() {
    assertEquals("tokens[0].start: expected an integer", fails(TOKEN.replace("\"start\":0", "\"start\":\"0\"")));
    assertEquals("tokens[0].type: unknown value \"VERB\"", fails(TOKEN.replace("WORD\"", "VERB\"")));
    assertEquals("tokens: expected an array", fails("{\"tokens\":{}}"));
    assertTrue(fails(TOKEN.replace("\"end\":3", "\"end\":4")).startsWith("tokens[0]: token text of length 3"));
    assertEquals("quotes[0].kind: expected a string", fails("{\"quotes\":[{}]}"));
    assertEquals("sentences[1]: invalid span [5, 2)",
        fails("{\"sentences\":[{\"start\":0,\"end\":1},{\"start\":5,\"end\":2}]}"));
  }

  @Test
  void claimsNeedTheirArray() {
    assertEquals("claims: missing",
        assertThrows(JsonContractException.class, () -> IsnadJson.readClaims("{\"format\":\"isnad/1\"}")).getMessage());
  }
}
