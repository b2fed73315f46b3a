package org.isnad.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.isnad.ner.EntityExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isnad entities}: canonical entities with their mentions, and title/date/quantity annotations. */
@Command(name = "entities", description = "Named entities and titles, dates, quantities (JSON, one object per document).")
final class EntitiesCommand extends DocumentCommand {
  @Option(names = {"--contextual", "--accurate"}, description = "Use the contextual entity recognizer "
      + "(multilingual BERT fine-tuned, on ONNX Runtime: more accurate, slower).")
  boolean contextual;

  private EntityExtractor extractor;

  @Override
  public Integer call() throws IOException {
    try {
      extractor = Recognizers.extractor(contextual);
    } catch (Recognizers.Unavailable e) {
      stderr.println("isnad: " + e.getMessage());
      return INPUT_ERROR;
    }
    return super.call();
  }

  @Override
  void write(Inputs.Document document, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("document", document.name());
    EntityJson.write(json, extractor.extract(document.text()));
    json.writeEndObject();
  }
}
