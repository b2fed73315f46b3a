package org.isnad.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.isnad.core.CliticSegmenter;
import org.isnad.core.Segment;
import org.isnad.core.SegmentKind;
import org.isnad.core.Token;
import org.isnad.core.TokenType;
import org.isnad.core.Tokenizer;

/**
 * Agreement between two clitic segmenters on the Arabic words of a text.
 *
 * <p><b>Definition.</b> The split points of a segmentation are the original offsets where one
 * segment ends and the next begins. The split point at the end of an {@link SegmentKind#ARTICLE}
 * segment is left out, because CoreNLP's ATB scheme never separates the article from its noun
 * (so والبوكمال = و|ال|بوكمال counts as {1}, and للتحالف = ل|ل|تحالف as {1}, like CoreNLP's
 * و|البوكمال and ل|لتحالف). Two segmenters agree on a token when these sets are equal; the
 * agreement rate is the share of {@link TokenType#WORD} tokens (Arabic words, as the core {@link
 * Tokenizer} finds them) on which they agree. Segment kinds are not compared.
 */
final class SegmenterAgreement {
  private final CliticSegmenter left;
  private final CliticSegmenter right;
  private final Tokenizer tokenizer = new Tokenizer();
  private int tokens;
  private int agreed;
  private final Map<String, Integer> disagreements = new TreeMap<>();

  SegmenterAgreement(CliticSegmenter left, CliticSegmenter right) {
    this.left = left;
    this.right = right;
  }

  /** Compares the two segmenters on every WORD token of {@code text}. */
  void add(String text) {
    for (Token t : tokenizer.tokenize(text)) {
      if (t.type() != TokenType.WORD) {
        continue;
      }
      List<Segment> a = left.segment(text, t);
      List<Segment> b = right.segment(text, t);
      tokens++;
      if (splitPoints(a).equals(splitPoints(b))) {
        agreed++;
      } else {
        disagreements.merge(render(a) + "  vs  " + render(b), 1, Integer::sum);
      }
    }
  }

  /** The split points of a segmentation, less those at the end of an article. */
  static List<Integer> splitPoints(List<Segment> segments) {
    List<Integer> points = new ArrayList<>(segments.size());
    for (int i = 0; i + 1 < segments.size(); i++) {
      if (segments.get(i).kind() != SegmentKind.ARTICLE) {
        points.add(segments.get(i).end());
      }
    }
    return points;
  }

  static String render(List<Segment> segments) {
    StringBuilder sb = new StringBuilder();
    for (Segment s : segments) {
      if (sb.length() > 0) {
        sb.append('+');
      }
      sb.append(s.text());
    }
    return sb.toString();
  }

  int tokens() {
    return tokens;
  }

  int agreed() {
    return agreed;
  }

  double rate() {
    return tokens == 0 ? 1.0 : (double) agreed / tokens;
  }

  /** The commonest disagreements, most frequent first, as "count  left  vs  right" lines. */
  List<String> topDisagreements(int limit) {
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(disagreements.entrySet());
    entries.sort((x, y) -> y.getValue() - x.getValue());
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.min(limit, entries.size()); i++) {
      out.add(entries.get(i).getValue() + "\t" + entries.get(i).getKey());
    }
    return out;
  }
}
