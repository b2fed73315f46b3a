package org.isnad.json;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.claims.Analysis;
import org.isnad.claims.Claim;
import org.isnad.claims.Isnad;
import org.isnad.claims.Quote;
import org.isnad.core.FastCliticSegmenter;
import org.isnad.core.Segment;
import org.isnad.core.Token;
import org.junit.jupiter.api.Test;

/** Write → read → equal over the seed articles, for every shape of the contract. */
class RoundTripTest {
  private static final Isnad ISNAD = Isnad.create();

  @Test
  void seedAnalysesReadBackEqual() throws IOException {
    int quotes = 0;
    int entities = 0;
    for (Map.Entry<String, String> e : Seeds.articles().entrySet()) {
      Analysis a = ISNAD.analyze(e.getValue());
      AnalysisRecord record = AnalysisRecord.of(e.getKey(), a);
      String json = IsnadJson.toJson(record);
      AnalysisRecord back = IsnadJson.readDocument(json);
      assertEquals(record, back, e.getKey());
      assertEquals(json, IsnadJson.toJson(back), "write(read(json)) is json again");
      // the same bytes through a UTF-8 generator (the command line's path)
      assertEquals(record, utf8Read(utf8(record)));
      // library values where the JSON carries them whole
      assertEquals(a.tokens(), back.tokens());
      assertEquals(a.sentences(), back.sentences());
      assertEquals(a.entities().annotations(), back.annotations());
      assertEquals(a.quotes().size(), back.quotes().size());
      for (int i = 0; i < a.quotes().size(); i++) {
        Quote q = a.quotes().get(i);
        Quote r = back.quotes().get(i);
        assertEquals(q.content(), r.content());
        assertEquals(q.cue(), r.cue());
        assertEquals(q.speakerEntity(), r.speakerEntity());
        assertEquals(q.confidence(), r.confidence(), 0.005);
      }
      quotes += back.quotes().size();
      entities += back.entities().size();
      assertTrue(json.startsWith("{\"document\":\"" + e.getKey() + "\",\"format\":\"isnad/1\",\"sentences\":["), json);
    }
    assertTrue(quotes >= 40, "the seeds have dozens of quotes: " + quotes);
    assertTrue(entities >= 40, "the seeds have dozens of entities: " + entities);
  }

  @Test
  void partialObjectsKeepTheirParts() {
    String text = Seeds.articles().values().iterator().next();
    Analysis a = ISNAD.analyze(text);
    AnalysisRecord quotesOnly = AnalysisRecord.ofQuotes("q", a.quotes());
    AnalysisRecord back = IsnadJson.readDocument(IsnadJson.toJson(quotesOnly));
    assertEquals(quotesOnly, back);
    assertNull(back.tokens());
    assertNull(back.entities());

    AnalysisRecord entitiesOnly = AnalysisRecord.ofEntities("e", a.entities());
    assertEquals(entitiesOnly, IsnadJson.readDocument(IsnadJson.toJson(entitiesOnly)));

    FastCliticSegmenter segmenter = new FastCliticSegmenter();
    List<List<Segment>> segments = new ArrayList<>();
    for (Token t : a.tokens()) {
      segments.add(segmenter.segment(text, t));
    }
    AnalysisRecord tokens = new AnalysisRecord("t", a.sentences(), a.tokens(), segments, null, null, null, null);
    AnalysisRecord tokensBack = IsnadJson.readDocument(IsnadJson.toJson(tokens));
    assertEquals(tokens, tokensBack);
    assertEquals(segments, tokensBack.segments());
  }

  @Test
  void errorRecordsAndIdsReadBack() {
    AnalysisRecord error = AnalysisRecord.ofError("doc-7", "no string field \"text\"");
    String json = IsnadJson.toJson(error);
    assertEquals("{\"document\":\"doc-7\",\"error\":\"no string field \\\"text\\\"\"}", json);
    assertEquals(error, IsnadJson.readDocument(json));
    // JSON Lines: the id names the document; a number id reads as its text
    AnalysisRecord r = IsnadJson.readDocument("{\"id\":42,\"line\":3,\"error\":\"x\"}");
    assertEquals("42", r.document());
    assertTrue(r.isError());
    AnalysisRecord old = IsnadJson.readDocument("{\"id\":\"a\",\"quotes\":[]}");
    assertEquals(List.of(), old.quotes(), "an object without format reads as isnad/1");
  }

  @Test
  void seedClaimsReadBackEqual() {
    Map<String, List<Quote>> byDocument = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : Seeds.articles().entrySet()) {
      byDocument.put(e.getKey(), ISNAD.analyze(e.getValue()).quotes());
    }
    List<Claim> claims = ISNAD.claims(byDocument);
    String json = IsnadJson.claimsToJson(claims);
    List<ClaimRecord> back = IsnadJson.readClaims(json);
    assertEquals(ClaimRecord.of(claims), back);
    assertEquals(claims.size(), back.size());
    assertFalse(back.isEmpty());
    assertTrue(json.startsWith("{\"format\":\"isnad/1\",\"claims\":["));
    for (ClaimRecord c : back) {
      String line = IsnadJson.claimToJson(c);
      assertTrue(line.startsWith("{\"format\":\"isnad/1\",\"speaker\":"), line);
      assertEquals(c, IsnadJson.readClaim(line));
    }
  }

  static byte[] utf8(AnalysisRecord record) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = IsnadJson.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      IsnadJson.writeDocument(json, record);
    }
    return out.toByteArray();
  }

  static AnalysisRecord utf8Read(byte[] bytes) {
    return IsnadJson.readDocument(new String(bytes, StandardCharsets.UTF_8));
  }
}
