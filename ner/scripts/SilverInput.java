import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isnad.core.SentenceSplitter;
import org.isnad.core.Span;
import org.isnad.core.Token;
import org.isnad.core.Tokenizer;
import org.isnad.ner.ConllSentence;
import org.isnad.ner.model.Corpora;

/**
 * Writes the unlabelled input of the silver data (ner/data/silver/README.md): one CoNLL file per
 * source, token then the source's gold tag (O for Wikinews, which has none). Wikinews articles are
 * tokenized with the project's Tokenizer and split with its SentenceSplitter; AQMAR and WikiFANE
 * sentences are those of Corpora (WikiFANE with clitics re-attached, as the tagger sees it);
 * mix.conll interleaves them as ner/data/silver/wiki.conll does (tag it, keep complete sentences).
 * Run: java -cp cli/target/isnad.jar ner/scripts/SilverInput.java OUTDIR
 */
public class SilverInput {
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    Files.createDirectories(out);
    Path data = Path.of("ner/data");
    Tokenizer tokenizer = new Tokenizer();
    SentenceSplitter splitter = new SentenceSplitter();
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("wikinews.conll"), StandardCharsets.UTF_8))) {
      for (String line : Files.readAllLines(Path.of("seeds/quotes-dev/wikinews-articles.jsonl"), StandardCharsets.UTF_8)) {
        String t = json.readTree(line).get("text").asText();
        List<Token> tokens = tokenizer.tokenize(t);
        int i = 0;
        for (Span s : splitter.sentences(t, tokens)) {
          int n = 0;
          while (i < tokens.size() && tokens.get(i).start() < s.end()) {
            String tok = tokens.get(i).text().replaceAll("\\s", "");
            if (!tok.isEmpty()) {
              w.println(tok + "\tO");
              n++;
            }
            i++;
          }
          if (n > 0) {
            w.println();
          }
        }
      }
    }
    List<ConllSentence> aqmar = Corpora.aqmar(data);
    List<ConllSentence> wikifane = Corpora.wikifane(data, true);
    write(out.resolve("aqmar.conll"), aqmar);
    write(out.resolve("wikifane.conll"), wikifane);
    // wiki.conll's input: 20-sentence blocks alternating AQMAR / WikiFANE, each corpus' blocks
    // taken with stride 7 (AQMAR) and 41 (WikiFANE) so that any prefix spreads over the corpus
    List<List<ConllSentence>> a = strided(aqmar, 7);
    List<List<ConllSentence>> w = strided(wikifane, 41);
    List<ConllSentence> mix = new java.util.ArrayList<>();
    for (int i = 0; i < Math.max(a.size(), w.size()); i++) {
      if (i < a.size()) {
        mix.addAll(a.get(i));
      }
      if (i < w.size()) {
        mix.addAll(w.get(i));
      }
    }
    write(out.resolve("mix.conll"), mix);
  }

  static List<List<ConllSentence>> strided(List<ConllSentence> sentences, int stride) {
    List<List<ConllSentence>> blocks = new java.util.ArrayList<>();
    for (int i = 0; i < sentences.size(); i += 20) {
      blocks.add(sentences.subList(i, Math.min(sentences.size(), i + 20)));
    }
    List<List<ConllSentence>> out = new java.util.ArrayList<>();
    for (int r = 0; r < stride; r++) {
      for (int i = r; i < blocks.size(); i += stride) {
        out.add(blocks.get(i));
      }
    }
    return out;
  }

  static void write(Path file, List<ConllSentence> sentences) throws IOException {
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      for (ConllSentence s : sentences) {
        for (List<String> row : s.rows()) {
          w.println(row.get(0) + "\t" + row.get(row.size() - 1));
        }
        w.println();
      }
    }
  }
}
