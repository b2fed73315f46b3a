package org.isnad.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Locale;
import java.util.function.IntFunction;
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
 * {@code --no-corpus-lexicon}, {@code --ensemble N} (average N runs with seeds S … S+N-1; 1),
 * {@code --with-dev} (train on the dev split too; the shipped model does NOT), {@code --dev-block
 * B} (cross-validation: hold out the B-th of the ten {@link Corpora#block blocks} instead of the
 * dev split, 9), {@code
 * --every-epoch} (print dev F1 after each epoch), {@code --evidence FILE} (train a model that reads
 * {@link TagEvidence}: FILE holds, for every sentence of the ANERcorp train file in order, one line
 * per token with the token and nine tab-separated tag probabilities in {@link TagEvidence#TAGS}
 * order, a blank line after each sentence; its train sentences must be jackknifed, the held-out
 * block predicted by a model that never saw it), {@code --silver FILE[:W]} (repeatable: the
 * sentences of a CoNLL file, last column as tags, as extra training sentences at update weight W,
 * default 1; replaces the default silver files), {@code --no-silver} (no silver data), {@code
 * --silver-stats} / {@code --no-silver-stats} (count the silver sentences in the corpus statistics
 * too, or not). By default the shipped model trains on the silver data of {@code DATA/silver/}
 * (Wikinews, AQMAR and WikiFANE text tagged by the contextual recognizer) at weight 1, counted in
 * the statistics ({@link #DEFAULT_SILVER}); with {@code --evidence} there is no silver data. Prints the dev figures sentence by sentence and
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
  static final int DEFAULT_ENSEMBLE = 1;
  /** The silver files under {@code DATA/silver/} that the shipped model trains on, with weights. */
  static final List<String> DEFAULT_SILVER = List.of("wikinews.conll:1", "wiki.conll:1");
  /** Whether the shipped model counts the silver sentences in the corpus statistics. */
  static final boolean DEFAULT_SILVER_STATS = true;
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
    Path evidenceFile = null;
    List<String> silver = new ArrayList<>();
    boolean silverStats = DEFAULT_SILVER_STATS;
    boolean defaultSilver = true;
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
        case "--evidence" -> evidenceFile = Path.of(args[++i]);
        case "--silver" -> {
          silver.add(args[++i]);
          defaultSilver = false;
        }
        case "--no-silver" -> defaultSilver = false;
        case "--silver-stats" -> silverStats = true;
        case "--no-silver-stats" -> silverStats = false;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    long t0 = System.nanoTime();
    List<ConllSentence> aner = Corpora.anercorp(data);
    List<ConllSentence> dev = devBlock == LAST_BLOCK ? Corpora.devSplit(aner)
        : Corpora.block(aner, devBlock);
    List<ConllSentence> trainPart = devBlock == LAST_BLOCK ? Corpora.trainSplit(aner)
        : Corpora.allBut(aner, devBlock);
    Map<ConllSentence, float[][]> evidence = new IdentityHashMap<>();
    if (evidenceFile != null) {
      List<float[][]> rows = readEvidence(evidenceFile, aner);
      for (int s = 0; s < aner.size(); s++) {
        evidence.put(aner.get(s), rows.get(s));
      }
    }
    List<ConllSentence> trainSentences = withDev ? aner : trainPart;
    List<TrainingSentence> train = new ArrayList<>(Corpora.training(trainSentences, 1f));
    if (evidenceFile != null) {
      if (aqmar > 0 || wikifane > 0) {
        throw new IllegalArgumentException("--evidence covers ANERcorp only: no --aqmar/--wikifane");
      }
      for (int s = 0; s < train.size(); s++) {
        train.set(s, train.get(s).withEvidence(evidence.get(trainSentences.get(s))));
      }
    }
    TagEvidence devEvidence = evidenceFile == null ? null : devEvidence(dev, evidence);
    List<TrainingSentence> aq = Corpora.training(Corpora.aqmar(data), aqmar > 0 ? aqmar : 1f);
    List<TrainingSentence> wf =
        Corpora.training(Corpora.wikifane(data, reattach), wikifane > 0 ? wikifane : 1f);
    if (evidenceFile != null) {
      // the contextual model's tagger trains on ANERcorp only (its evidence covers nothing else)
      if (!silver.isEmpty()) {
        throw new IllegalArgumentException("--evidence covers ANERcorp only: no --silver");
      }
      defaultSilver = false;
      silverStats = false;
    }
    if (defaultSilver) {
      for (String spec : DEFAULT_SILVER) {
        silver.add(data.resolve("silver").resolve(spec).toString());
      }
    }
    List<TrainingSentence> silverTrain = new ArrayList<>();
    for (String spec : silver) {
      silverTrain.addAll(silverSentences(spec));
    }
    CorpusLexicon lexicon = CorpusLexicon.EMPTY;
    CorpusLexicon[] foldLexicons = new CorpusLexicon[Math.max(folds, 1)];
    int anerCount = train.size();
    if (corpusLexicon) {
      List<TrainingSentence> external = new ArrayList<>(aq);
      external.addAll(wf);
      if (silverStats) {
        external.addAll(silverTrain);
      }
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
    train.addAll(silverTrain);
    int tokens = 0;
    for (TrainingSentence s : train) {
      tokens += s.tokens().size();
    }
    System.err.printf(Locale.ROOT, "%d training sentences, %d tokens (aqmar %.2f, wikifane %.2f, "
        + "reattach %s, with dev %s, silver %s%s), read in %.1f s%n", train.size(), tokens, aqmar,
        wikifane, reattach, withDev, silver, silverStats ? " in the statistics" : "", (System.nanoTime() - t0) / 1e9);
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
          .train(train, featureLexicon, shipped, null));
    }
    PerceptronModel single = trainer.train(train, featureLexicon, shipped, (epoch, errors, n, avg) -> {
      System.err.printf(Locale.ROOT, "epoch %d: %d token errors of %d (%.1f s)%n", epoch, errors, n,
          (System.nanoTime() - t1) / 1e9);
      if (report) {
        System.err.printf(Locale.ROOT, "  dev micro F1 %.2f%n",
            100 * evaluate(avg, devEvidence, dev, 1).micro().f1());
      }
    });
    runs.add(0, single);
    PerceptronModel model = runs.size() == 1 ? single : PerceptronModel.average(runs);
    System.err.printf(Locale.ROOT, "corpus lexicon: %d words%n", lexicon.size());
    System.err.printf(Locale.ROOT, "trained in %.1f s, %d weight rows%n",
        (System.nanoTime() - t1) / 1e9, model.rowCount());
    evaluate(model, devEvidence, dev, 1); // warm-up for the speed figure
    long t2 = System.nanoTime();
    ConllEvaluator.Result r = evaluate(model, devEvidence, dev, 1);
    double secs = (System.nanoTime() - t2) / 1e9;
    String note = withDev ? " -- NOTE: dev was included in training" : "";
    String what = devBlock == LAST_BLOCK ? "Dev split (last 10% of ANERcorp train, "
        : "Cross-validation block " + devBlock + " (";
    System.out.println(what + dev.size() + " sentences), sentence by sentence" + note + ":");
    System.out.print(r.format());
    System.out.println("The same as pseudo-documents of " + DOC_BLOCK
        + " consecutive sentences (with document-level label propagation)" + note + ":");
    System.out.print(evaluate(model, devEvidence, dev, DOC_BLOCK).format());
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

  /**
   * The training sentences of one {@code --silver FILE[:WEIGHT]} argument: every sentence of the
   * CoNLL file FILE, its last column as the tags, at update weight WEIGHT (default 1).
   *
   * @throws IllegalArgumentException if the weight is not a positive number
   */
  static List<TrainingSentence> silverSentences(String spec) {
    int colon = spec.lastIndexOf(':');
    float weight = 1f;
    String file = spec;
    if (colon > 0) {
      weight = Float.parseFloat(spec.substring(colon + 1));
      file = spec.substring(0, colon);
    }
    return Corpora.training(Conll.read(Path.of(file)), weight);
  }

  /** The jackknife fold of ANERcorp sentence {@code s} of {@code n}: contiguous blocks. */
  static int fold(int s, int n, int folds) {
    return (int) ((long) s * folds / n);
  }

  /**
   * Reads an evidence file (see the class comment) with one sentence per sentence of {@code aner}.
   *
   * @throws IOException if it cannot be read
   * @throws IllegalArgumentException if its sentences or tokens differ from {@code aner}'s
   */
  static List<float[][]> readEvidence(Path file, List<ConllSentence> aner) throws IOException {
    List<float[][]> out = new ArrayList<>(aner.size());
    List<float[]> rows = new ArrayList<>();
    int line = 0;
    for (String l : Files.readAllLines(file)) {
      line++;
      if (l.isEmpty()) {
        if (!rows.isEmpty()) {
          out.add(rows.toArray(new float[0][]));
          rows.clear();
        }
        continue;
      }
      String[] f = l.split("\t");
      int s = out.size();
      if (f.length != 1 + TagEvidence.TAGS.size() || s >= aner.size()
          || rows.size() >= aner.get(s).tokens().size()
          || !aner.get(s).tokens().get(rows.size()).equals(f[0])) {
        throw new IllegalArgumentException(file + ":" + line + ": does not match the ANERcorp train file");
      }
      float[] p = new float[TagEvidence.TAGS.size()];
      for (int t = 0; t < p.length; t++) {
        p[t] = Float.parseFloat(f[1 + t]);
      }
      rows.add(p);
    }
    if (!rows.isEmpty()) {
      out.add(rows.toArray(new float[0][]));
    }
    if (out.size() != aner.size()) {
      throw new IllegalArgumentException(file + ": " + out.size() + " sentences, the ANERcorp train file has " + aner.size());
    }
    for (int s = 0; s < out.size(); s++) {
      if (out.get(s).length != aner.get(s).tokens().size()) {
        throw new IllegalArgumentException(file + ": sentence " + (s + 1) + " has the wrong number of tokens");
      }
    }
    return out;
  }

  /** Evidence for the held-out sentences, looked up by their tokens. */
  private static TagEvidence devEvidence(List<ConllSentence> dev, Map<ConllSentence, float[][]> all) {
    Map<List<String>, float[][]> byTokens = new HashMap<>();
    for (ConllSentence s : dev) {
      byTokens.put(s.tokens(), all.get(s));
    }
    return sentences -> {
      List<float[][]> out = new ArrayList<>(sentences.size());
      for (List<String> s : sentences) {
        out.add(Objects.requireNonNull(byTokens.get(s), "no evidence for a held-out sentence"));
      }
      return out;
    };
  }

  /**
   * Tags the dev sentences with {@code model} (with {@code evidence}, null for a model without) and
   * scores them against the gold tags: with {@code block ≤ 1} sentence by sentence ({@link
   * NamedEntityRecognizer#tag}), otherwise as pseudo-documents of {@code block} consecutive sentences
   * ({@link NamedEntityRecognizer#tagDocument}).
   */
  static ConllEvaluator.Result evaluate(PerceptronModel model, TagEvidence evidence,
      List<ConllSentence> dev, int block) {
    NamedEntityRecognizer ner = new NamedEntityRecognizer(model, evidence);
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
