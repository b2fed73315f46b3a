package org.isnad.cli.tools;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isnad.ner.Conll;
import org.isnad.ner.ConllSentence;

/**
 * Writes a JSON Lines file of news-like documents for the streaming scale run (see {@code
 * docs/scale.md}): documents of 1 to 3 consecutive ANERcorp sentences (tokens joined with
 * spaces), ids {@code 1..N}, cycling through the corpus as often as needed.
 *
 * <p>Usage: {@code java -cp cli/target/isnad.jar:cli/target/test-classes
 * org.isnad.cli.tools.JsonlScale ner/data/anercorp/anercorp-train.conll OUT.jsonl [N=100000]}
 */
public final class JsonlScale {
  private static final int DEFAULT_DOCUMENTS = 100_000;
  private static final int MAX_SENTENCES = 3;

  private JsonlScale() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: JsonlScale CONLL OUT.jsonl [N]");
      System.exit(2);
    }
    List<ConllSentence> sentences = Conll.read(Path.of(args[0]));
    int documents = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_DOCUMENTS;
    long bytes;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])), 1 << 16);
        JsonGenerator json = new JsonFactory().createGenerator(out)) {
      int next = 0;
      StringBuilder text = new StringBuilder();
      for (int id = 1; id <= documents; id++) {
        text.setLength(0);
        int count = 1 + (id * 7) % MAX_SENTENCES; // 1, 2 or 3 sentences, deterministically
        for (int s = 0; s < count; s++) {
          if (s > 0) {
            text.append(' ');
          }
          text.append(String.join(" ", sentences.get(next).tokens()));
          next = (next + 1) % sentences.size();
        }
        json.writeStartObject();
        json.writeNumberField("id", id);
        json.writeStringField("text", text.toString());
        json.writeEndObject();
        json.writeRaw('\n');
      }
      json.flush();
    }
    bytes = Files.size(Path.of(args[1]));
    System.err.println("wrote " + documents + " documents, " + bytes + " bytes, to " + args[1]);
  }
}
