package org.isnad.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.isnad.core.Normalizer;
import org.isnad.ner.model.BrownClusters;
import org.isnad.ner.model.Corpora;
import org.isnad.ner.model.CorpusLexicon;
import org.isnad.ner.model.PerceptronModel;
import org.isnad.ner.model.PerceptronTrainer;
import org.isnad.ner.model.TrainingSentence;

/**
 * Retrains the shipped entity model from the corpora committed under {@code ner/data/} and scores it
 * on the ANERcorp dev split. Deterministic: fixed corpus order, fixed seed, so the same command
 * reproduces the same model file byte for byte. Run from the repository root:
 *
 * <pre>
 * mvn -o -q -pl ner -am -DskipTests compile
 * java -Xmx3g -cp core/target/classes:ner/target/classes org.isnad.ner.NerTrainer
 * </pre>
 *
 * <p>Options: {@code --data DIR} (default {@code ner/data}), {@code --out FILE} (default
 * {@code ner/src/main/resources/org/isnad/ner/model/ner-model.bin.gz}; {@code -} writes nothing),
 * {@code --epochs N} (12), {@code --bits B} (21), {@code --seed S}, {@code --folds K} (5, the
 * jackknife of the corpus statistics over the ANERcorp train split), {@code --aqmar W} and
 * {@code --wikifane W} (update weight of that corpus' sentences as training data; 0, the default,
 * uses the corpus only for the statistics), {@code --no-reattach} (keep WikiFANE's clitics split),
 * {@code --no-corpus-lexicon}, {@code --ensemble N} (average N runs with seeds S … S+N-1; 3),
 * {@code --brown V C} (Brown-cluster the V most frequent words of the untagged text into C clusters;
 * 10000 128), {@code --no-brown},
 * {@code --with-dev} (train on the dev split too; the shipped model does NOT), {@code --dev-block
 * B} (cross-validation: hold out the B-th of the ten {@link Corpora#block blocks} instead of the
 * dev split, 9), {@code
 * --every-epoch} (print dev F1 after each epoch). Prints the dev figures sentence by sentence and
 * as 20-sentence pseudo-documents.
 */
public final class NerTrainer {
  /** The shipped model's training settings. */
  static final int DEFAULT_EPOCHS = 12;
  static final int DEFAULT_BITS = 21;
  static final long DEFAULT_SEED = 20171109L;
  static final float DEFAULT_AQMAR = 0f;
  static final float DEFAULT_WIKIFANE = 0f;
  static final int DEFAULT_FOLDS = 5;
  static final int DEFAULT_ENSEMBLE = 3;
  /** Brown clustering: the most frequent words clustered, and the number of clusters. */
  static final int DEFAULT_BROWN_WORDS = 10_000;
  static final int DEFAULT_BROWN_CLUSTERS = 128;
  /** The dev split is block 9 of 10 (the last tenth). */
  static final int LAST_BLOCK = 9;
  /** Sentences per pseudo-document in the document-level dev figure. */
  static final int DOC_BLOCK = 20;

  private NerTrainer() {}

  /**
   * Runs training; see the class comment for arguments.
   *
   * @throws IOException if data cannot be read or the model cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path data = Path.of("ner/data");
    String out = "ner/src/main/resources/org/isnad/ner/model/ner-model.bin.gz";
    int epochs = DEFAULT_EPOCHS;
    int bits = DEFAULT_BITS;
    long seed = DEFAULT_SEED;
    float aqmar = DEFAULT_AQMAR;
    float wikifane = DEFAULT_WIKIFANE;
    boolean reattach = true;
    boolean withDev = false;
    boolean everyEpoch = false;
    boolean corpusLexicon = true;
    int folds = DEFAULT_FOLDS;
    int ensemble = DEFAULT_ENSEMBLE;
    int devBlock = LAST_BLOCK;
    int brownWords = DEFAULT_BROWN_WORDS;
    int brownClusters = DEFAULT_BROWN_CLUSTERS;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> data = Path.of(args[++i]);
        case "--out" -> out = args[++i];
        case "--epochs" -> epochs = Integer.parseInt(args[++i]);
        case "--bits" -> bits = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--aqmar" -> aqmar = Float.parseFloat(args[++i]);
        case "--wikifane" -> wikifane = Float.parseFloat(args[++i]);
        case "--no-reattach" -> reattach = false;
        case "--with-dev" -> withDev = true;
        case "--every-epoch" -> everyEpoch = true;
        case "--no-corpus-lexicon" -> corpusLexicon = false;
        case "--folds" -> folds = Integer.parseInt(args[++i]);
        case "--ensemble" -> ensemble = Integer.parseInt(args[++i]);
        case "--dev-block" -> devBlock = Integer.parseInt(args[++i]);
        case "--brown" -> {
          brownWords = Integer.parseInt(args[++i]);
          brownClusters = Integer.parseInt(args[++i]);
        }
        case "--no-brown" -> brownClusters = 0;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    long t0 = System.nanoTime();
    List<ConllSentence> aner = Corpora.anercorp(data);
    List<ConllSentence> dev = devBlock == LAST_BLOCK ? Corpora.devSplit(aner)
        : Corpora.block(aner, devBlock);
    List<ConllSentence> trainPart = devBlock == LAST_BLOCK ? Corpora.trainSplit(aner)
        : Corpora.allBut(aner, devBlock);
    List<TrainingSentence> train = new ArrayList<>(
        Corpora.training(withDev ? aner : trainPart, 1f));
    List<TrainingSentence> aq = Corpora.training(Corpora.aqmar(data), aqmar > 0 ? aqmar : 1f);
    List<TrainingSentence> wf =
        Corpora.training(Corpora.wikifane(data, reattach), wikifane > 0 ? wikifane : 1f);
    CorpusLexicon lexicon = CorpusLexicon.EMPTY;
    CorpusLexicon[] foldLexicons = new CorpusLexicon[Math.max(folds, 1)];
    int anerCount = train.size();
    if (corpusLexicon) {
      List<TrainingSentence> external = new ArrayList<>(aq);
      external.addAll(wf);
      if (folds > 1) {
        List<TrainingSentence> all = new ArrayList<>(external);
        all.addAll(train);
        lexicon = CorpusLexicon.build(all, 2);
        for (int k = 0; k < folds; k++) {
          List<TrainingSentence> rest = new ArrayList<>(external);
          for (int s = 0; s < anerCount; s++) {
            if (fold(s, anerCount, folds) != k) {
              rest.add(train.get(s));
            }
          }
          foldLexicons[k] = CorpusLexicon.build(rest, 2);
        }
      } else {
        lexicon = CorpusLexicon.build(external, 2);
      }
    }
    if (aqmar > 0) {
      train.addAll(aq);
    }
    if (wikifane > 0) {
      train.addAll(wf);
    }
    int tokens = 0;
    for (TrainingSentence s : train) {
      tokens += s.tokens().size();
    }
    System.err.printf(Locale.ROOT, "%d training sentences, %d tokens (aqmar %.2f, wikifane %.2f, "
        + "reattach %s, with dev %s), read in %.1f s%n", train.size(), tokens, aqmar, wikifane,
        reattach, withDev, (System.nanoTime() - t0) / 1e9);
    Map<String, String> clusters = Map.of();
    if (brownClusters > 0) {
      long tb = System.nanoTime();
      // untagged text: the ANERcorp training sentences (never dev), AQMAR and WikiFANE
      List<List<String>> text = new ArrayList<>();
      List<TrainingSentence> source = new ArrayList<>(train.subList(0, anerCount));
      source.addAll(aq);
      source.addAll(wf);
      for (TrainingSentence ts : source) {
        List<String> t = new ArrayList<>(ts.tokens().size());
        for (String w : ts.tokens()) {
          String nw = Normalizer.SEARCH.apply(w);
          t.add(nw.isEmpty() ? w : nw);
        }
        text.add(t);
      }
      clusters = BrownClusters.cluster(text, brownWords, brownClusters);
      System.err.printf(Locale.ROOT, "Brown clusters of %d words in %.1f s%n", clusters.size(),
          (System.nanoTime() - tb) / 1e9);
    }
    Map<String, String> brown = clusters;
    long t1 = System.nanoTime();
    PerceptronTrainer trainer = new PerceptronTrainer(bits, epochs, seed);
    boolean report = everyEpoch;
    CorpusLexicon shipped = lexicon;
    int nFolds = folds;
    // ANERcorp sentences see the statistics without their own fold; extra corpora the full ones.
    IntFunction<CorpusLexicon> featureLexicon = s -> nFolds > 1 && s < anerCount && shipped.size() > 0
        ? foldLexicons[fold(s, anerCount, nFolds)] : shipped;
    List<PerceptronModel> runs = new ArrayList<>();
    for (int run = 1; run < ensemble; run++) {
      runs.add(new PerceptronTrainer(bits, epochs, seed + run)
          .train(train, featureLexicon, shipped, brown, null));
    }
    PerceptronModel single = trainer.train(train, featureLexicon, shipped, brown, (epoch, errors, n, avg) -> {
      System.err.printf(Locale.ROOT, "epoch %d: %d token errors of %d (%.1f s)%n", epoch, errors, n,
          (System.nanoTime() - t1) / 1e9);
      if (report) {
        System.err.printf(Locale.ROOT, "  dev micro F1 %.2f%n", 100 * evaluate(avg, dev, 1).micro().f1());
      }
    });
    runs.add(0, single);
    PerceptronModel model = runs.size() == 1 ? single : PerceptronModel.average(runs);
    System.err.printf(Locale.ROOT, "corpus lexicon: %d words%n", lexicon.size());
    System.err.printf(Locale.ROOT, "trained in %.1f s, %d weight rows%n",
        (System.nanoTime() - t1) / 1e9, model.rowCount());
    evaluate(model, dev, 1); // warm-up for the speed figure
    long t2 = System.nanoTime();
    ConllEvaluator.Result r = evaluate(model, dev, 1);
    double secs = (System.nanoTime() - t2) / 1e9;
    String note = withDev ? " -- NOTE: dev was included in training" : "";
    String what = devBlock == LAST_BLOCK ? "Dev split (last 10% of ANERcorp train, "
        : "Cross-validation block " + devBlock + " (";
    System.out.println(what + dev.size() + " sentences), sentence by sentence" + note + ":");
    System.out.print(r.format());
    System.out.println("The same as pseudo-documents of " + DOC_BLOCK
        + " consecutive sentences (with document-level label propagation)" + note + ":");
    System.out.print(evaluate(model, dev, DOC_BLOCK).format());
    System.out.printf(Locale.ROOT, "tagged %d tokens in %.2f s (%.0f tokens/s, one thread)%n",
        r.tokens(), secs, r.tokens() / secs);
    if (!out.equals("-")) {
      Path p = Path.of(out);
      if (p.getParent() != null) {
        Files.createDirectories(p.getParent());
      }
      try (OutputStream os = Files.newOutputStream(p)) {
        model.write(os);
      }
      System.err.printf(Locale.ROOT, "wrote %s (%d bytes)%n", p, Files.size(p));
    }
  }

  /** The jackknife fold of ANERcorp sentence {@code s} of {@code n}: contiguous blocks. */
  static int fold(int s, int n, int folds) {
    return (int) ((long) s * folds / n);
  }

  /**
   * Tags the dev sentences with {@code model} and scores them against the gold tags: with {@code
   * block ≤ 1} sentence by sentence ({@link NamedEntityRecognizer#tag}), otherwise as pseudo-documents
   * of {@code block} consecutive sentences ({@link NamedEntityRecognizer#tagDocument}).
   */
  static ConllEvaluator.Result evaluate(PerceptronModel model, List<ConllSentence> dev, int block) {
    NamedEntityRecognizer ner = new NamedEntityRecognizer(model);
    List<List<String>> gold = new ArrayList<>();
    List<List<String>> tokens = new ArrayList<>();
    for (ConllSentence s : dev) {
      gold.add(s.column(-1));
      tokens.add(s.tokens());
    }
    List<List<String>> pred = new ArrayList<>();
    if (block <= 1) {
      for (List<String> t : tokens) {
        pred.add(ner.tag(t));
      }
    } else {
      for (int i = 0; i < tokens.size(); i += block) {
        pred.addAll(ner.tagDocument(tokens.subList(i, Math.min(tokens.size(), i + block))));
      }
    }
    return new ConllEvaluator().score(gold, pred);
  }
}
