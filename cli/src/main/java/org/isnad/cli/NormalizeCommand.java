package org.isnad.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.isnad.core.Normalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isnad normalize}: {@code {"document":…,"preset":"search","normalized":"…"}}. */
@Command(name = "normalize", description = "Normalize Arabic text (JSON, one object per document).")
final class NormalizeCommand extends DocumentCommand {

  enum Preset { search, light }

  @Option(names = "--preset", defaultValue = "search",
      description = "search (every option) or light (keeps teh marbuta and alef maksura). Default: ${DEFAULT-VALUE}.")
  Preset preset;

  @Override
  void write(Inputs.Document document, JsonGenerator json) throws IOException {
    Normalizer normalizer = preset == Preset.light ? Normalizer.LIGHT : Normalizer.SEARCH;
    json.writeStartObject();
    header(document, json);
    json.writeStringField("preset", preset.name());
    json.writeStringField("normalized", normalizer.apply(document.text()));
    json.writeEndObject();
  }
}
