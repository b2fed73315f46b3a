package org.isnad.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH state shared by all threads of a trial: the {@link BenchCorpus} documents, loaded once per
 * trial. One benchmark operation processes every document of {@link #docs}.
 */
@State(Scope.Benchmark)
public class CorpusState {

  /** The corpus, loaded at trial setup. */
  public BenchCorpus corpus;

  /** The corpus documents, in order. */
  public String[] docs;

  /** Loads the corpus from the repository (see {@link BenchCorpus#repoRoot()}). */
  @Setup(Level.Trial)
  public void load() {
    corpus = BenchCorpus.load();
    docs = corpus.documents().toArray(new String[0]);
  }
}
