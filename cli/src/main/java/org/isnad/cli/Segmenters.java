package org.isnad.cli;

import org.isnad.core.CliticSegmenter;
import org.isnad.core.FastCliticSegmenter;

/** The clitic segmenter the command line uses: the fast built-in one. */
final class Segmenters {
  private static final CliticSegmenter FAST = new FastCliticSegmenter();

  private Segmenters() {}

  static CliticSegmenter fast() {
    return FAST;
  }
}
