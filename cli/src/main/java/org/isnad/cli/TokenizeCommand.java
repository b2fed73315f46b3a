package org.isnad.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.isnad.core.CliticSegmenter;
import org.isnad.core.Segment;
import org.isnad.core.SentenceSplitter;
import org.isnad.core.Token;
import org.isnad.core.Tokenizer;
import org.isnad.json.AnalysisRecord;
import org.isnad.json.IsnadJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isnad tokenize}: sentences and tokens with original offsets. */
@Command(name = "tokenize", description = "Tokenize and split sentences (JSON, one object per document).")
final class TokenizeCommand extends DocumentCommand {
  private static final Tokenizer TOKENIZER = new Tokenizer();
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  @Option(names = "--clitics", description = "Add each token's clitic segments.")
  boolean clitics;

  @Override
  void write(Inputs.Document document, JsonGenerator json) throws IOException {
    String text = document.text();
    List<Token> tokens = TOKENIZER.tokenize(text);
    json.writeStartObject();
    header(document, json);
    List<List<Segment>> segments = null;
    if (clitics) {
      CliticSegmenter segmenter = Segmenters.fast();
      segments = new ArrayList<>(tokens.size());
      for (Token t : tokens) {
        segments.add(segmenter.segment(text, t));
      }
    }
    IsnadJson.writeFields(json, new AnalysisRecord(null, SPLITTER.sentences(text, tokens), tokens,
        segments, null, null, null, null));
    json.writeEndObject();
  }

  @Override
  boolean windowed() {
    return true;
  }
}
