package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.isnad.claims.Isnad;
import org.isnad.json.AnalysisRecord;
import org.isnad.json.IsnadJson;
import org.junit.jupiter.api.Test;

/** Every command prints the JSON contract ({@link IsnadJson}): format field, and readable back. */
class JsonContractTest {
  private static final String SEED = CliTest.seed("001_bfc2d2c5c594cf5b.txt");

  @Test
  void analyzePrintsExactlyTheContractsObject() throws IOException {
    CliTest.Run run = CliTest.run("analyze", SEED);
    assertEquals(0, run.code());
    String text = Files.readString(Path.of(SEED), StandardCharsets.UTF_8);
    String expected = IsnadJson.toJson(SEED, Isnad.create().analyze(text));
    assertEquals(CliTest.MAPPER.readTree(expected), run.out().get(0));
    assertEquals(AnalysisRecord.of(SEED, Isnad.create().analyze(text)),
        IsnadJson.readDocument(run.out().get(0)));
  }

  @Test
  void everyCommandWritesTheFormat() throws IOException {
    for (String command : new String[] {"tokenize", "entities", "quotes", "claims"}) {
      JsonNode out = CliTest.run(command, SEED).out().get(0);
      assertEquals(IsnadJson.FORMAT, out.get("format").asText(), command);
    }
    byte[] jsonl = "{\"id\":1,\"format\":\"mine\",\"text\":\"قال محمد: «نعم».\"}\n".getBytes(StandardCharsets.UTF_8);
    JsonNode line = CliTest.run(jsonl, "analyze", "--jsonl", "-").out().get(0);
    assertEquals(IsnadJson.FORMAT, line.get("format").asText(), "an input field named format is not passed through");
    assertEquals(1, line.get("quotes").size());
  }
}
