package org.isnad.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.isnad.json.AnalysisRecord;
import org.isnad.json.IsnadJson;
import picocli.CommandLine.Command;

/** {@code isnad quotes}: the attributed quotes of each document. */
@Command(name = "quotes", description = "Attributed quotes: cue, speaker, content, kind, medium (JSON, one object per document).")
final class QuotesCommand extends DocumentCommand {
  @Override
  void write(Inputs.Document document, JsonGenerator json) throws IOException {
    json.writeStartObject();
    header(document, json);
    IsnadJson.writeFields(json, AnalysisRecord.ofQuotes(null, Pipeline.isnad().analyze(document.text()).quotes()));
    json.writeEndObject();
  }

  @Override
  boolean windowed() {
    return true;
  }
}
