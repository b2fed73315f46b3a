package org.isnad.ner;

import edu.stanford.nlp.international.arabic.process.ArabicSegmenter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.isnad.core.CliticSegmenter;
import org.isnad.core.NormalizedText;
import org.isnad.core.Normalizer;
import org.isnad.core.Segment;
import org.isnad.core.SegmentKind;

/**
 * A {@link CliticSegmenter} backed by Stanford CoreNLP's CRF Arabic segmenter (Green and DeNero
 * 2012) with the model {@value #MODEL} from the {@code stanford-corenlp} {@code models-arabic} jar,
 * which must be on the class path (both are optional dependencies of this module).
 *
 * <p><b>Scheme.</b> The model follows the Penn Arabic Treebank (ATB) scheme: it splits
 * conjunctions, prepositions, the future particle and pronoun enclitics, but <em>not</em> the
 * article ال, which stays inside the stem (so والبوكمال comes back as و + البوكمال and للتحالف as ل
 * + لتحالف). A segment CoreNLP marks as a prefix is a {@link SegmentKind#PROCLITIC}, one marked as
 * a suffix an {@link SegmentKind#ENCLITIC}, the unmarked one the {@link SegmentKind#STEM}; when
 * CoreNLP leaves no unmarked segment (ب + ه) the last prefix becomes the stem. This class never
 * returns {@link SegmentKind#ARTICLE}.
 *
 * <p><b>Context.</b> The CRF model's decisions depend on the neighbouring words (on a word alone it
 * makes odd splits such as الفو + ز), so a word is segmented together with up to {@value
 * #CONTEXT_WORDS} words on each side: the runs of Arabic letters (with harakat and tatweel)
 * separated from it only by spaces or tabs, stopping at any other character. The output is
 * regrouped into words by its prefix and suffix markers; if that does not give back one group per
 * input word, or the word has no such neighbours, the word is segmented alone. The same word can
 * therefore be segmented differently in different sentences.
 *
 * <p><b>Offsets.</b> CoreNLP
 * normalizes its input and may rewrite letters (it restores the elided alef of ل + ال and writes
 * ة for ت before a pronoun), so its segments are mapped back by aligning them, after {@link
 * Normalizer#SEARCH} normalization, against the normalized word with a minimum edit-distance
 * alignment; boundaries then map to original offsets through {@link NormalizedText}. When the
 * alignment needs more than {@value #MAX_EDITS} edits, a boundary lands inside a ligature or on
 * the word's edge, or CoreNLP fails in any way, the word comes back as one stem: this class never
 * throws for odd input. Words without an Arabic letter, and words longer than {@value
 * #MAX_WORD_LENGTH} normalized characters, are not sent to CoreNLP at all.
 *
 * <p><b>Threads.</b> The model is loaded once, lazily, on the first call that needs it (a few
 * seconds and about 100 MB of heap), and shared by every instance. {@code ArabicSegmenter} is not
 * thread-safe as a whole (its tokenizer factory keeps state), but its CRF classifier is; so each
 * thread gets its own {@code ArabicSegmenter} made with CoreNLP's copy constructor, which shares
 * the classifier and creates a fresh tokenizer. Instances of this class are therefore safe to
 * share between threads. (CoreNLP itself prints a line to standard error when it loads the model
 * and when it creates each thread's tokenizer.)
 */
public final class CoreNlpCliticSegmenter implements CliticSegmenter {

  /** Class-path location of the segmenter model in the CoreNLP Arabic models jar. */
  public static final String MODEL =
      "edu/stanford/nlp/models/segmenter/arabic/arabic-segmenter-atb+bn+arztrain.ser.gz";

  /** Longest word, in normalized characters, handed to CoreNLP. */
  public static final int MAX_WORD_LENGTH = 64;

  /** Largest edit distance accepted between CoreNLP's segments and the word. */
  public static final int MAX_EDITS = 2;

  /** Neighbouring words given to CoreNLP on each side of the word, as context. */
  public static final int CONTEXT_WORDS = 2;

  private static final String MARKER = "+";
  private static final char MARKER_CHAR = '+';
  private static final char SPACE = ' ';

  /** Loads the shared model on first use (class initialization is lazy and thread-safe). */
  private static final class Model {
    static final ArabicSegmenter SHARED = load();

    private static ArabicSegmenter load() {
      Properties props = new Properties();
      props.setProperty("prefixMarker", MARKER);
      props.setProperty("suffixMarker", MARKER);
      ArabicSegmenter segmenter = new ArabicSegmenter(props);
      segmenter.loadSegmenter(MODEL, new Properties());
      return segmenter;
    }
  }

  private static final ThreadLocal<ArabicSegmenter> PER_THREAD =
      ThreadLocal.withInitial(() -> new ArabicSegmenter(Model.SHARED));

  /** A segmenter; cheap, since the model is shared and loaded on first use. */
  public CoreNlpCliticSegmenter() {}

  /**
   * Loads the model now instead of on the first call.
   *
   * @throws IllegalStateException if CoreNLP or its Arabic models are missing from the class path
   */
  public static void preload() {
    model();
  }

  /** This thread's CoreNLP segmenter, loading the shared model on first use. */
  private static ArabicSegmenter model() {
    try {
      return PER_THREAD.get();
    } catch (LinkageError | RuntimeException e) {
      throw new IllegalStateException("CoreNLP (stanford-corenlp and its models-arabic jar) must be "
          + "on the class path to use " + CoreNlpCliticSegmenter.class.getSimpleName(), e);
    }
  }

  /**
   * {@inheritDoc} Empty ranges give an empty list. Once the model is loaded, no input makes this
   * method throw: a word CoreNLP cannot handle comes back as one stem.
   *
   * @throws IllegalStateException if CoreNLP or its Arabic models are missing from the class path
   */
  @Override
  public List<Segment> segment(String text, int start, int end) {
    Objects.requireNonNull(text, "text");
    Objects.checkFromToIndex(start, end, text.length());
    if (start == end) {
      return List.of();
    }
    String word = text.substring(start, end);
    NormalizedText normalized = Normalizer.SEARCH.normalize(word);
    String w = normalized.text();
    if (w.isEmpty() || w.length() > MAX_WORD_LENGTH || !hasArabicLetter(w)) {
      return oneStem(word, start);
    }
    ArabicSegmenter model = model();
    String output;
    try {
      output = inContext(model, text, start, end);
      if (output == null) {
        output = model.segmentString(word);
      }
    } catch (RuntimeException | StackOverflowError e) {
      return oneStem(word, start);
    }
    return toSegments(output, word, start, normalized);
  }

  /**
   * CoreNLP's output for the word {@code [start, end)} segmented together with up to {@value
   * #CONTEXT_WORDS} neighbouring words on each side, or null when the word has no such neighbours
   * or the output cannot be split back into the input words.
   */
  private static String inContext(ArabicSegmenter model, String text, int start, int end) {
    if (!isWordRun(text, start, end)) {
      return null;
    }
    int from = start;
    int left = 0;
    while (left < CONTEXT_WORDS) {
      int runEnd = skipSpaceBackward(text, from);
      if (runEnd == from || runEnd == 0) {
        break;
      }
      int runStart = runEnd;
      while (runStart > 0 && isWordChar(text.charAt(runStart - 1)) && runEnd - runStart < MAX_WORD_LENGTH) {
        runStart--;
      }
      if (runStart == runEnd || (runStart > 0 && !isSpace(text.charAt(runStart - 1)))) {
        break;
      }
      from = runStart;
      left++;
    }
    int to = end;
    int right = 0;
    while (right < CONTEXT_WORDS) {
      int runStart = skipSpaceForward(text, to);
      if (runStart == to || runStart == text.length()) {
        break;
      }
      int runEnd = runStart;
      while (runEnd < text.length() && isWordChar(text.charAt(runEnd)) && runEnd - runStart < MAX_WORD_LENGTH) {
        runEnd++;
      }
      if (runEnd == runStart || (runEnd < text.length() && !isSpace(text.charAt(runEnd)))) {
        break;
      }
      to = runEnd;
      right++;
    }
    if (left == 0 && right == 0) {
      return null;
    }
    String output = model.segmentString(text.substring(from, to));
    return wordGroup(output, left, left + right + 1);
  }

  /** The output tokens of word {@code index}, or null unless the output has {@code words} words. */
  private static String wordGroup(String output, int index, int words) {
    int n = output.length();
    int group = -1;
    int groupStart = -1;
    int groupEnd = -1;
    boolean joinNext = false;
    int i = 0;
    while (i < n) {
      while (i < n && output.charAt(i) == SPACE) {
        i++;
      }
      if (i == n) {
        break;
      }
      int j = i;
      while (j < n && output.charAt(j) != SPACE) {
        j++;
      }
      boolean suffix = j - i > 1 && output.charAt(i) == MARKER_CHAR;
      if (!joinNext && !suffix) {
        group++;
      }
      if (group < 0) {
        return null;
      }
      if (group == index) {
        if (groupStart < 0) {
          groupStart = i;
        }
        groupEnd = j;
      }
      joinNext = j - i > 1 && output.charAt(j - 1) == MARKER_CHAR;
      i = j;
    }
    if (group + 1 != words || groupStart < 0) {
      return null;
    }
    return output.substring(groupStart, groupEnd);
  }

  private static int skipSpaceBackward(String text, int at) {
    int i = at;
    while (i > 0 && isSpace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static int skipSpaceForward(String text, int at) {
    int i = at;
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0';
  }

  private static boolean isWordRun(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!isWordChar(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Arabic letters, harakat, superscript alef and tatweel. */
  private static boolean isWordChar(char c) {
    return c >= '\u0621' && c <= '\u065F' || c == '\u0670' || c >= '\u0671' && c <= '\u06D3';
  }

  /**
   * CoreNLP's raw output for one word: segments separated by spaces, {@code +} after a prefix and
   * before a suffix. For tools and diagnostics.
   */
  public static String rawSegmentation(String word) {
    Objects.requireNonNull(word, "word");
    return model().segmentString(word);
  }

  private static List<Segment> toSegments(
      String output, String word, int start, NormalizedText normalized) {
    List<String> parts = new ArrayList<>(4);
    List<SegmentKind> kinds = new ArrayList<>(4);
    int n = output.length();
    int i = 0;
    boolean sawStem = false;
    while (i < n) {
      while (i < n && output.charAt(i) == SPACE) {
        i++;
      }
      int j = i;
      while (j < n && output.charAt(j) != SPACE) {
        j++;
      }
      if (j > i) {
        int a = i;
        int b = j;
        SegmentKind kind = SegmentKind.STEM;
        if (b - a > 1 && output.charAt(b - 1) == MARKER_CHAR) {
          kind = SegmentKind.PROCLITIC;
          b--;
        } else if (b - a > 1 && output.charAt(a) == MARKER_CHAR) {
          kind = SegmentKind.ENCLITIC;
          a++;
        }
        String part = Normalizer.SEARCH.apply(output.substring(a, b));
        if (!part.isEmpty()) {
          if (kind == SegmentKind.STEM) {
            if (sawStem) {
              return oneStem(word, start); // two unmarked tokens: not one word's segmentation
            }
            sawStem = true;
          }
          parts.add(part);
          kinds.add(kind);
        }
      }
      i = j;
    }
    if (parts.size() <= 1) {
      return oneStem(word, start);
    }
    if (!sawStem) {
      int lastPrefix = kinds.lastIndexOf(SegmentKind.PROCLITIC);
      kinds.set(lastPrefix >= 0 ? lastPrefix : 0, SegmentKind.STEM);
    }
    int[] cuts =
        SegmentAligner.boundaries(parts.toArray(new String[0]), normalized.text(), MAX_EDITS);
    if (cuts == null) {
      return oneStem(word, start);
    }
    List<Segment> segments = new ArrayList<>(parts.size());
    int from = 0;
    for (int k = 0; k < parts.size(); k++) {
      int to = k < cuts.length ? normalized.originalStart(cuts[k]) : word.length();
      if (to <= from) {
        return oneStem(word, start); // boundary inside a ligature
      }
      segments.add(new Segment(word.substring(from, to), start + from, start + to, kinds.get(k)));
      from = to;
    }
    return List.copyOf(segments);
  }

  private static List<Segment> oneStem(String word, int start) {
    return List.of(new Segment(word, start, start + word.length(), SegmentKind.STEM));
  }

  private static boolean hasArabicLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u0621' && c <= '\u064A' || c >= '\u0671' && c <= '\u06D3') {
        return true;
      }
    }
    return false;
  }
}
