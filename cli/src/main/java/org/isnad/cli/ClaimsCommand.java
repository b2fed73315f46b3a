package org.isnad.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.claims.Quote;
import org.isnad.json.ClaimRecord;
import org.isnad.json.IsnadJson;
import picocli.CommandLine.Command;

/**
 * {@code isnad claims}: the quotes of all given documents grouped into claims — the same statement
 * by the same source — printed as one JSON object once every document is read.
 */
@Command(name = "claims", description = "Group the quotes of several documents into claims (one JSON object).")
final class ClaimsCommand extends DocumentCommand {
  private final Map<String, List<Quote>> quotes = new LinkedHashMap<>();

  @Override
  void write(Inputs.Document document, JsonGenerator json) {
    throw new UnsupportedOperationException("claims prints once, for all documents");
  }

  @Override
  public Integer call() throws IOException {
    boolean failed = false;
    for (String name : files) {
      try {
        Inputs.Document document = read(name);
        quotes.put(name, Pipeline.isnad().analyze(document.text()).quotes());
      } catch (InputException e) {
        stderr.println("isnad: " + name + ": " + e.getMessage());
        failed = true;
      }
    }
    JsonGenerator json = generator(stdout);
    IsnadJson.writeClaims(json, ClaimRecord.of(Pipeline.isnad().claims(quotes)));
    json.close();
    stdout.write('\n');
    stdout.flush();
    return failed ? INPUT_ERROR : 0;
  }
}
