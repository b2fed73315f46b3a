package org.isnad.ner.contextual;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.ner.ConllEvaluator;
import org.isnad.ner.ConllSentence;
import org.isnad.ner.NamedEntityRecognizer;
import org.isnad.ner.model.Corpora;
import org.junit.jupiter.api.Test;

/**
 * Scores the bundled contextual model on the dev split (the last tenth of the committed ANERcorp
 * train file; both the fine-tuned encoder and the tagger were trained without it) and prints conlleval-style per-type P/R/F1:
 * sentence by sentence ({@link NamedEntityRecognizer#tagSentences}, what {@code isnad ner --conll
 * --contextual} does), and as the {@code recognize} path works, 20-sentence pseudo-documents through
 * {@link NamedEntityRecognizer#tagDocument} (label propagation within each).
 */
class ContextualDevEvaluationTest {
  private static final int DOCUMENT = 20;

  @Test
  void bundledContextualModelScoresOnTheDevSplit() {
    Path data = Path.of(System.getProperty("isnad.seeds")).getParent().resolve("ner/data");
    List<ConllSentence> dev = Corpora.devSplit(Corpora.anercorp(data));
    NamedEntityRecognizer ner = ContextualRecognizer.getDefault();
    List<List<String>> gold = new ArrayList<>();
    List<List<String>> tokens = new ArrayList<>();
    for (ConllSentence s : dev) {
      gold.add(s.column(-1));
      tokens.add(s.tokens());
    }
    ConllEvaluator.Result sentences = new ConllEvaluator().score(gold, ner.tagSentences(tokens));
    System.out.println("Contextual model on the ANERcorp dev split (sentence by sentence):");
    System.out.print(sentences.format());
    List<List<String>> docs = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i += DOCUMENT) {
      docs.addAll(ner.tagDocument(tokens.subList(i, Math.min(tokens.size(), i + DOCUMENT))));
    }
    ConllEvaluator.Result documents = new ConllEvaluator().score(gold, docs);
    System.out.println("The same as pseudo-documents of " + DOCUMENT + " sentences:");
    System.out.print(documents.format());
    // docs/ner-model.md, "Contextual model": 74.37 / 74.32
    assertTrue(sentences.micro().f1() > 0.74, "dev micro F1 fell to " + sentences.micro().f1());
    assertTrue(documents.micro().f1() > 0.74, "document-level F1 fell to " + documents.micro().f1());
  }
}
