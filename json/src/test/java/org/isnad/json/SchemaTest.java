package org.isnad.json;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.claims.Analysis;
import org.isnad.claims.Isnad;
import org.isnad.claims.Quote;
import org.isnad.core.FastCliticSegmenter;
import org.isnad.core.Segment;
import org.isnad.core.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seeds' output, in every shape, validates against {@code docs/isnad-analysis.schema.json}. */
class SchemaTest {
  private static final Isnad ISNAD = Isnad.create();
  private static JsonSchema schema;

  @BeforeAll
  static void load() throws IOException {
    Path file = Seeds.root().toAbsolutePath().getParent().resolve("docs/isnad-analysis.schema.json");
    try (InputStream in = Files.newInputStream(file)) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  private static Set<ValidationMessage> validate(String json) throws IOException {
    JsonNode node = IsnadJson.MAPPER.readTree(json);
    return schema.validate(node);
  }

  @Test
  void seedOutputValidates() throws IOException {
    Map<String, List<Quote>> quotes = new LinkedHashMap<>();
    FastCliticSegmenter segmenter = new FastCliticSegmenter();
    for (Map.Entry<String, String> e : Seeds.articles().entrySet()) {
      Analysis a = ISNAD.analyze(e.getValue());
      quotes.put(e.getKey(), a.quotes());
      List<List<Segment>> segments = new ArrayList<>();
      for (Token t : a.tokens()) {
        segments.add(segmenter.segment(e.getValue(), t));
      }
      for (AnalysisRecord r : List.of(AnalysisRecord.of(e.getKey(), a),
          AnalysisRecord.ofEntities(e.getKey(), a.entities()), AnalysisRecord.ofQuotes(e.getKey(), a.quotes()),
          new AnalysisRecord(e.getKey(), a.sentences(), a.tokens(), segments, null, null, null, null))) {
        String json = IsnadJson.toJson(r);
        assertEquals(Set.of(), validate(json), e.getKey());
      }
    }
    List<org.isnad.claims.Claim> claims = ISNAD.claims(quotes);
    assertEquals(Set.of(), validate(IsnadJson.claimsToJson(claims)));
    for (ClaimRecord c : ClaimRecord.of(claims)) {
      assertEquals(Set.of(), validate(IsnadJson.claimToJson(c)));
    }
    assertEquals(Set.of(), validate(IsnadJson.toJson(AnalysisRecord.ofError("x", "bad"))));
    assertEquals(Set.of(), validate("{\"id\":3,\"line\":4,\"error\":\"not a JSON object\"}"));
    assertEquals(Set.of(), validate("{\"id\":3,\"source\":\"x\",\"format\":\"isnad/1\",\"quotes\":[]}"),
        "JSON Lines pass the input's other fields through");
  }

  @Test
  void schemaRejectsWhatIsNotTheContract() throws IOException {
    assertFalse(validate("{\"format\":\"isnad/2\",\"quotes\":[]}").isEmpty());
    assertFalse(validate("{\"quotes\":[]}").isEmpty(), "format is required");
    assertFalse(validate("{\"format\":\"isnad/1\",\"sentences\":[{\"start\":-1,\"end\":2}]}").isEmpty());
    assertFalse(validate("{\"format\":\"isnad/1\",\"tokens\":[{\"text\":\"a\",\"start\":0,\"end\":1,"
        + "\"type\":\"WORD\",\"normalized\":\"a\",\"extra\":1}]}").isEmpty());
    assertFalse(validate("{\"format\":\"isnad/1\",\"error\":\"x\"}").isEmpty());
    assertFalse(validate("{\"format\":\"isnad/1\",\"speaker\":\"x\",\"score\":1.0,\"quotes\":[{\"document\":\"d\",\"start\":0,\"end\":1,\"text\":\"x\"}],"
        + "\"documents\":[\"d\"],\"extra\":1}").isEmpty(), "a claim line has no other fields");
  }
}
