package org.isnad.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.isnad.ner.EntityExtractor;
import picocli.CommandLine.Command;

/** {@code isnad entities}: canonical entities with their mentions, and title/date/quantity annotations. */
@Command(name = "entities", description = "Named entities and titles, dates, quantities (JSON, one object per document).")
final class EntitiesCommand extends DocumentCommand {
  @Override
  void write(Inputs.Document document, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("document", document.name());
    EntityJson.write(json, EntityExtractor.getDefault().extract(document.text()));
    json.writeEndObject();
  }
}
