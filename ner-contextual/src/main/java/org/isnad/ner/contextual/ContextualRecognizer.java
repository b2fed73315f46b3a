package org.isnad.ner.contextual;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.isnad.ner.NamedEntityRecognizer;

/**
 * The contextual entity recognizer: the tagger of {@code isnad-ner} retrained with evidence from
 * multilingual BERT ({@link BertTagEvidence}). Same API and output as {@link
 * NamedEntityRecognizer#getDefault()}, more accurate (see {@code docs/ner-model.md}, "Contextual
 * model") and about three orders of magnitude slower: use it where accuracy matters more than
 * throughput. The encoder lives outside the Java heap: a process tagging one article with {@code
 * -Xmx256m} is about 1.15 GB resident ({@code ner-contextual/scripts/resident-memory.sh}).
 */
public final class ContextualRecognizer {
  /** Class path of the bundled contextual tagger. */
  public static final String MODEL_RESOURCE = "/org/isnad/ner/contextual/contextual-model.bin.gz";

  private ContextualRecognizer() {}

  private static final class Holder {
    static final NamedEntityRecognizer INSTANCE = load();

    private static NamedEntityRecognizer load() {
      try (InputStream in = ContextualRecognizer.class.getResourceAsStream(MODEL_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("bundled contextual model " + MODEL_RESOURCE + " is missing");
        }
        return NamedEntityRecognizer.load(in, BertTagEvidence.getDefault());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled contextual model", e);
      }
    }
  }

  /**
   * The contextual recognizer, loaded on first call (thread-safe, once per class loader; unpacking
   * and loading the encoder takes some seconds). One instance is safe to share between threads.
   *
   * @throws IllegalStateException if a bundled resource or the BERT model jar is missing
   * @throws UncheckedIOException if one cannot be read
   */
  public static NamedEntityRecognizer getDefault() {
    return Holder.INSTANCE;
  }
}
