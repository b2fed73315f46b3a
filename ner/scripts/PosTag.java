import edu.stanford.nlp.international.arabic.process.ArabicSegmenter;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.ling.*;
import java.nio.file.*;
import java.util.*;
import java.io.*;
public class PosTag {
  static ArabicSegmenter seg;
  static List<List<String>> groups(String sent) {
    String out = seg.segmentString(sent);
    List<List<String>> g = new ArrayList<>();
    boolean glueNext = false;
    for (String s : out.trim().split(" +")) {
      if (s.isEmpty()) continue;
      boolean startsPlus = s.length() > 1 && s.startsWith("+");
      if (g.isEmpty() || (!glueNext && !startsPlus)) g.add(new ArrayList<>());
      g.get(g.size() - 1).add(s);
      glueNext = s.length() > 1 && s.endsWith("+");
    }
    return g;
  }
  public static void main(String[] a) throws Exception {
    Properties p = new Properties(); p.setProperty("prefixMarker", "+"); p.setProperty("suffixMarker", "+");
    seg = new ArabicSegmenter(p);
    seg.loadSegmenter("edu/stanford/nlp/models/segmenter/arabic/arabic-segmenter-atb+bn+arztrain.ser.gz", new Properties());
    MaxentTagger tagger = new MaxentTagger("edu/stanford/nlp/models/pos-tagger/arabic.tagger");
    List<String> lines = Files.readAllLines(Path.of(a[0]));
    PrintWriter out = new PrintWriter(new BufferedWriter(new FileWriter(a[1])));
    List<String> toks = new ArrayList<>();
    int mism = 0, sents = 0;
    for (int li = 0; li <= lines.size(); li++) {
      String line = li < lines.size() ? lines.get(li) : "";
      if (!line.isBlank()) { toks.add(line.split("\\s+")[0]); continue; }
      if (toks.isEmpty()) { if (li < lines.size()) out.println(); continue; }
      sents++;
      List<List<String>> g = groups(String.join(" ", toks));
      if (g.size() != toks.size()) {
        mism++;
        g = new ArrayList<>();
        for (String t : toks) { List<List<String>> one = groups(t); List<String> m = new ArrayList<>(); for (List<String> x : one) m.addAll(x); if (m.isEmpty()) m.add(t); g.add(m); }
      }
      List<HasWord> words = new ArrayList<>();
      for (List<String> x : g) for (String s : x) { String w = s.length() > 1 ? s.replaceAll("^\\+|\\+$", "") : s; words.add(new Word(w)); }
      List<TaggedWord> tagged = tagger.tagSentence(words);
      int k = 0;
      for (int i = 0; i < toks.size(); i++) {
        StringBuilder pat = new StringBuilder(); String stem = null;
        for (String s : g.get(i)) {
          String tag = tagged.get(k++).tag();
          boolean clitic = s.length() > 1 && (s.startsWith("+") || s.endsWith("+"));
          if (pat.length() > 0) pat.append('_');
          pat.append(clitic ? tag.toLowerCase() : tag);
          if (!clitic) stem = tag;
        }
        if (stem == null) { int kk = k - g.get(i).size(); int best = 0; for (int j = 0; j < g.get(i).size(); j++) if (g.get(i).get(j).length() > g.get(i).get(best).length()) best = j; stem = tagged.get(kk + best).tag(); }
        out.println(toks.get(i) + "\t" + stem + "\t" + pat);
      }
      out.println();
      toks.clear();
    }
    out.close();
    System.err.println(sents + " sentences, " + mism + " realigned token by token");
  }
}
