package org.isnad.ner.model;

import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.isnad.core.Normalizer;

/**
 * Writes {@link TreebankLexicon}'s resource from the word dictionary inside CoreNLP's Arabic tagger
 * model (Maven artifact {@code edu.stanford.nlp:stanford-corenlp:4.5.10:models-arabic}): per word,
 * the training counts of every tag, SEARCH-normalized and merged into the five coarse classes, one
 * line {@code word TAB proper TAB noun TAB adj TAB verb TAB other}, sorted by word, gzip without a
 * timestamp (byte-identical on rerun). The dictionary is not public API, so it is read by
 * reflection. Usage: {@code TreebankLexiconBuilder OUT.tsv.gz}.
 */
public final class TreebankLexiconBuilder {
  private static final String MODEL = "edu/stanford/nlp/models/pos-tagger/arabic.tagger";

  private TreebankLexiconBuilder() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: TreebankLexiconBuilder OUT.tsv.gz");
      System.exit(2);
    }
    Map<String, int[]> merged = read(new MaxentTagger(MODEL));
    try (OutputStream out = Files.newOutputStream(Path.of(args[0]));
        Writer w = new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8)) {
      for (Map.Entry<String, int[]> e : merged.entrySet()) {
        w.write(e.getKey());
        for (int c : e.getValue()) {
          w.write('\t');
          w.write(Integer.toString(c));
        }
        w.write('\n');
      }
    }
    System.err.println(merged.size() + " words written to " + args[0]);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, int[]> read(MaxentTagger tagger) throws ReflectiveOperationException {
    Field dictField = MaxentTagger.class.getDeclaredField("dict");
    dictField.setAccessible(true);
    Object dict = dictField.get(tagger);
    Field mapField = dict.getClass().getDeclaredField("dict");
    mapField.setAccessible(true);
    Map<String, ?> words = (Map<String, ?>) mapField.get(dict);
    Method getTags = dict.getClass().getDeclaredMethod("getTags", String.class);
    Method getCount = dict.getClass().getDeclaredMethod("getCount", String.class, String.class);
    getTags.setAccessible(true);
    getCount.setAccessible(true);
    Map<String, int[]> merged = new TreeMap<>();
    for (String word : words.keySet()) {
      String key = Normalizer.SEARCH.apply(word);
      if (key.isEmpty() || key.indexOf('\t') >= 0) {
        continue;
      }
      int[] c = merged.computeIfAbsent(key, k -> new int[TreebankLexicon.CLASSES]);
      for (String tag : (String[]) getTags.invoke(dict, word)) {
        c[TreebankLexicon.coarse(tag)] += (Integer) getCount.invoke(dict, word, tag);
      }
    }
    return merged;
  }
}
