package org.isnad.ner.tools;

import org.isnad.ner.CoreNlpCliticSegmenter;

/** Prints CoreNLP's raw segmentation and the mapped segments of each argument (diagnostics). */
public final class CoreNlpProbe {
  private CoreNlpProbe() {}

  /** Entry point: words as arguments. */
  public static void main(String[] args) {
    CoreNlpCliticSegmenter s = new CoreNlpCliticSegmenter();
    for (String w : args) {
      System.out.println(w + "\t" + CoreNlpCliticSegmenter.rawSegmentation(w) + "\t" + s.segment(w));
    }
  }
}
