package org.isnad.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.isnad.core.Normalizer;
import org.isnad.core.SentenceSplitter;
import org.isnad.core.Span;
import org.isnad.core.Token;
import org.isnad.core.Tokenizer;
import org.isnad.ner.model.ArabicClitics;
import org.isnad.ner.model.Lexicon;
import org.isnad.ner.model.PerceptronModel;
import org.isnad.ner.model.TagSet;

/**
 * Finds PERSON, ORGANIZATION, LOCATION and MISC mentions in Arabic text with the trained
 * averaged-perceptron tagger (ANERcorp's PERS/ORG/LOC/MISC; see {@code docs/ner-model.md}). One instance
 * is immutable and safe to share between threads; {@link #getDefault()} loads the bundled model
 * once, on first use.
 *
 * <p><b>Glued proclitics.</b> ANERcorp tags whole whitespace tokens, so a tagged token may carry a
 * conjunction or preposition (والعراق، بدمشق، لروسيا). {@link #recognize(String)} starts a mention
 * after such a proclitic, keeping the article: for the first token of a mention, each way of
 * stripping one conjunction (و ف) and/or one preposition (ب ك ل) is scored by how often its {@code
 * Normalizer.SEARCH} form (for ل before ل: the article form, للعراق read as العراق) began an entity
 * in the training data, plus how often it stood inside an entity in the corpus statistics, plus one
 * if it is a gazetteer name; the stripped reading wins if it scores higher than the whole token
 * (بغداد beats وبغداد, while بشار, لبنان and وليد stay whole). When no reading is known, the
 * proclitic is stripped if the rest starts with the article (والعراق → العراق) or is ل after ل
 * (للعراق → لعراق, the text after the preposition; the article's alef is elided in writing), or if
 * it is the conjunction و before at least three letters; otherwise the token is kept whole.
 * Diacritics and tatweel after a stripped proclitic are skipped too. {@link #tag(List)} never
 * changes tokens.
 *
 * <p><b>Evidence.</b> A model trained with {@link TagEvidence} (such as the contextual model of the
 * {@code isnad-ner-contextual} module) is loaded with {@link #load(InputStream, TagEvidence)}; every
 * tagging call then asks the evidence source once for all the sentences it tags.
 */
public final class NamedEntityRecognizer implements MentionSource {
  /** Class path of the bundled model. */
  public static final String MODEL_RESOURCE = "/org/isnad/ner/model/ner-model.bin.gz";

  private static final int NAME_CLASSES =
      Lexicon.FIRST_NAME | Lexicon.LAST_NAME | Lexicon.CITY | Lexicon.COUNTRY;
  private static final char TATWEEL = '\u0640';
  private static final int MIN_REST = 3;
  private static final int MIN_ARTICLE_REST = 4;

  private final PerceptronModel model;
  private final TagEvidence evidence;
  private final boolean decodesEvidence;
  private final Tokenizer tokenizer = new Tokenizer();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final Lexicon lexicon = Lexicon.get();

  NamedEntityRecognizer(PerceptronModel model) {
    this(model, null);
  }

  NamedEntityRecognizer(PerceptronModel model, TagEvidence evidence) {
    this(model, evidence, false);
  }

  private NamedEntityRecognizer(PerceptronModel model, TagEvidence evidence, boolean decode) {
    this.model = Objects.requireNonNull(model, "model");
    this.decodesEvidence = decode;
    if (decode) {
      this.evidence = Objects.requireNonNull(evidence, "evidence");
      return;
    }
    if (model.readsEvidence() && evidence == null) {
      throw new IllegalArgumentException("this entity model was trained with tag evidence: "
          + "load it with a TagEvidence");
    }
    if (!model.readsEvidence() && evidence != null) {
      throw new IllegalArgumentException("this entity model was trained without tag evidence");
    }
    this.evidence = evidence;
  }

  private static final class Holder {
    static final NamedEntityRecognizer INSTANCE = loadDefault();

    private static NamedEntityRecognizer loadDefault() {
      try (InputStream in = NamedEntityRecognizer.class.getResourceAsStream(MODEL_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("bundled entity model " + MODEL_RESOURCE + " is missing");
        }
        return load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled entity model", e);
      }
    }
  }

  /**
   * The recognizer with the bundled model, loaded on first call (thread-safe, once per class loader).
   *
   * @throws IllegalStateException if the bundled model is missing
   * @throws UncheckedIOException if it cannot be read
   */
  public static NamedEntityRecognizer getDefault() {
    return Holder.INSTANCE;
  }

  /**
   * A recognizer with a model read from {@code in} (written by {@link NerTrainer}); does not close
   * {@code in}.
   *
   * @throws IOException if reading fails or the stream holds no valid model
   * @throws NullPointerException if {@code in} is null
   */
  public static NamedEntityRecognizer load(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    return new NamedEntityRecognizer(PerceptronModel.read(in));
  }

  /**
   * A recognizer with a model read from {@code in} that was trained with tag evidence ({@code
   * NerTrainer --evidence}), tagging with evidence from {@code evidence}; does not close {@code in}.
   *
   * @throws IOException if reading fails or the stream holds no valid model
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the model was trained without evidence
   */
  public static NamedEntityRecognizer load(InputStream in, TagEvidence evidence)
      throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(evidence, "evidence");
    return new NamedEntityRecognizer(PerceptronModel.read(in), evidence);
  }

  /**
   * A recognizer whose tags come straight from a token classifier: each sentence gets the most
   * probable well-formed BIO sequence under {@code classifier}'s probabilities (Viterbi, {@code I-X}
   * only after {@code B-X} or {@code I-X}), and a token's confidence is its chosen tag's
   * probability. Everything else is as with the default model, whose corpus statistics and
   * gazetteers still decide glued proclitics and label propagation. The contextual recognizer of
   * {@code isnad-ner-contextual} is made this way.
   *
   * @throws NullPointerException if {@code classifier} is null
   * @throws IllegalStateException if the bundled default model is missing
   */
  public static NamedEntityRecognizer decoding(TagEvidence classifier) {
    Objects.requireNonNull(classifier, "classifier");
    return new NamedEntityRecognizer(getDefault().model, classifier, true);
  }

  /** The tags of one sentence, from the perceptron or, when decoding, from the evidence alone. */
  private int[] tagOne(List<String> words, float[][] ev, float[] confidence) {
    return decodesEvidence ? BioDecoder.decode(ev, confidence) : model.tag(words, ev, confidence);
  }

  /**
   * The evidence for {@code sentences}, or null without an evidence source.
   *
   * @throws IllegalStateException if the source answers with the wrong number of sentences or rows
   */
  private List<float[][]> evidenceFor(List<List<String>> sentences) {
    if (evidence == null) {
      return null;
    }
    List<float[][]> ev = evidence.probabilities(Collections.unmodifiableList(sentences));
    if (ev == null || ev.size() != sentences.size()) {
      throw new IllegalStateException("tag evidence must have one entry per sentence");
    }
    for (int s = 0; s < ev.size(); s++) {
      float[][] rows = ev.get(s);
      if (rows == null || rows.length != sentences.get(s).size()) {
        throw new IllegalStateException("tag evidence must have one row per token");
      }
      for (float[] row : rows) {
        if (row == null || row.length != TagSet.SIZE) {
          throw new IllegalStateException("a tag evidence row must hold " + TagSet.SIZE + " values");
        }
      }
    }
    return ev;
  }

  /**
   * Tags pre-tokenized input (one sentence, e.g. from a CoNLL file): one BIO tag per token
   * ({@code O}, {@code B-PERS}, {@code I-ORG}, …), always well-formed ({@code I-X} only after
   * {@code B-X} or {@code I-X}).
   *
   * @throws NullPointerException if {@code tokens} or a token is null
   */
  public List<String> tag(List<String> tokens) {
    Objects.requireNonNull(tokens, "tokens");
    for (String t : tokens) {
      Objects.requireNonNull(t, "token");
    }
    List<float[][]> ev = evidenceFor(List.of(tokens));
    int[] tags = tagOne(tokens, ev == null ? null : ev.get(0), null);
    List<String> out = new ArrayList<>(tags.length);
    for (int t : tags) {
      out.add(TagSet.label(t));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Tags the sentences of one document: each sentence as {@link #tag(List)} does, then document-level
   * label propagation: a word (compared by its proclitic-free {@code Normalizer.SEARCH} form, at
   * least three letters, not a trigger word and not a common word of the corpus statistics) left
   * {@code O} somewhere but tagged inside entities of exactly one type elsewhere in the document
   * gets that type ({@code I-X} right after a token of type X, else {@code B-X}).
   *
   * @throws NullPointerException if an argument, a sentence or a token is null
   */
  public List<List<String>> tagDocument(List<List<String>> sentences) {
    List<int[]> tags = tagEach(sentences);
    propagate(sentences, tags);
    return labels(tags);
  }

  /**
   * Tags consecutive sentences each on its own, as {@link #tag(List)} does, without label
   * propagation; the only difference from calling {@link #tag(List)} for each is that {@link
   * TagEvidence} (if this recognizer uses it) is asked for all of them at once, so a contextual
   * encoder sees each sentence's neighbours. Without evidence the result equals {@code tag} per
   * sentence.
   *
   * @throws NullPointerException if an argument, a sentence or a token is null
   */
  public List<List<String>> tagSentences(List<List<String>> sentences) {
    return labels(tagEach(sentences));
  }

  private List<int[]> tagEach(List<List<String>> sentences) {
    Objects.requireNonNull(sentences, "sentences");
    for (List<String> s : sentences) {
      for (String t : Objects.requireNonNull(s, "sentence")) {
        Objects.requireNonNull(t, "token");
      }
    }
    List<float[][]> ev = evidenceFor(sentences);
    List<int[]> tags = new ArrayList<>(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      tags.add(tagOne(sentences.get(s), ev == null ? null : ev.get(s), null));
    }
    return tags;
  }

  private static List<List<String>> labels(List<int[]> tags) {
    List<List<String>> out = new ArrayList<>(tags.size());
    for (int[] t : tags) {
      List<String> labels = new ArrayList<>(t.length);
      for (int x : t) {
        labels.add(TagSet.label(x));
      }
      out.add(Collections.unmodifiableList(labels));
    }
    return Collections.unmodifiableList(out);
  }

  private static final int MIN_PROPAGATED = 3;
  private static final float PROPAGATED_CONFIDENCE = 0.5f;
  private static final int COMMON_WORD = 20;
  private static final int TRIGGERS = Lexicon.PERSON_TRIGGER | Lexicon.ORG_TRIGGER
      | Lexicon.LOC_TRIGGER | Lexicon.MISC_TRIGGER | Lexicon.SPEECH_VERB;

  /** Document-level label propagation, in place (see {@link #tagDocument(List)}). */
  void propagate(List<List<String>> sentences, List<int[]> tags) {
    java.util.Map<String, int[]> votes = new java.util.HashMap<>();
    List<String[]> keys = new ArrayList<>(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      List<String> words = sentences.get(s);
      String[] k = new String[words.size()];
      int[] t = tags.get(s);
      for (int i = 0; i < k.length; i++) {
        String norm = Normalizer.SEARCH.apply(words.get(i));
        String core = ArabicClitics.core(norm);
        boolean eligible = core.length() >= MIN_PROPAGATED && Character.isLetter(core.charAt(0))
            && (lexicon.classes(norm) & TRIGGERS) == 0
            && (lexicon.classes(ArabicClitics.bare(norm)) & TRIGGERS) == 0
            && !model.isCommonWord(norm, COMMON_WORD) && !model.isCommonWord(core, COMMON_WORD);
        k[i] = eligible ? core : null;
        if (k[i] != null && t[i] != TagSet.OUTSIDE) {
          votes.computeIfAbsent(core, x -> new int[EntityType.values().length])[TagSet.type(t[i]).ordinal()]++;
        }
      }
      keys.add(k);
    }
    for (int s = 0; s < sentences.size(); s++) {
      String[] k = keys.get(s);
      int[] t = tags.get(s);
      for (int i = 0; i < k.length; i++) {
        if (t[i] != TagSet.OUTSIDE || k[i] == null) {
          continue;
        }
        int[] v = votes.get(k[i]);
        if (v == null) {
          continue;
        }
        int type = -1;
        for (int x = 0; x < v.length; x++) {
          if (v[x] > 0) {
            type = type == -1 ? x : -2;
          }
        }
        if (type < 0) {
          continue;
        }
        int b = TagSet.begin(EntityType.values()[type]);
        t[i] = i > 0 && t[i - 1] != TagSet.OUTSIDE && TagSet.type(t[i - 1]).ordinal() == type ? b + 1 : b;
      }
    }
  }

  /**
   * The entity mentions of raw text, in text order, at original offsets ({@code
   * text.substring(m.start(), m.end())} equals {@code m.text()}): the text is tokenized with {@link
   * Tokenizer}, split with {@link SentenceSplitter}, its sentences tagged as one document (see {@link
   * #tagDocument(List)}, label propagation included), and each BIO chunk becomes one mention from its
   * first token (less a glued proclitic, see the class comment) to the end of its last token.
   * Confidence is the mean over the chunk's tokens of the softmax probability of the chosen tag
   * (0.5 for a token tagged by propagation). Never fails on odd input; empty or entity-free text gives an empty list.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public List<Mention> recognize(String text) {
    Objects.requireNonNull(text, "text");
    List<Token> tokens = tokenizer.tokenize(text);
    return recognize(text, tokens, splitter.sentences(text, tokens));
  }

  /**
   * {@link #recognize(String)} for a caller that already has the text's tokens and sentences:
   * {@code tokens} must be what {@link Tokenizer#tokenize(String)} returns for {@code text} and
   * {@code spans} what {@link SentenceSplitter#sentences(String, List)} returns for them; then the
   * result equals {@code recognize(text)}.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a token ends beyond the text
   */
  public List<Mention> recognize(String text, List<Token> tokens, List<Span> spans) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(spans, "spans");
    List<Mention> out = new ArrayList<>();
    if (tokens.isEmpty()) {
      return out;
    }
    if (tokens.get(tokens.size() - 1).end() > text.length()) {
      throw new IllegalArgumentException("tokens do not belong to the text");
    }
    List<List<Token>> sentences = new ArrayList<>(spans.size() + 1);
    int t = 0;
    for (Span s : spans) {
      while (t < tokens.size() && tokens.get(t).end() <= s.start()) {
        sentences.add(tokens.subList(t, t + 1));
        t++;
      }
      int from = t;
      while (t < tokens.size() && tokens.get(t).start() < s.end()) {
        t++;
      }
      if (t > from) {
        sentences.add(tokens.subList(from, t));
      }
    }
    if (t < tokens.size()) {
      sentences.add(tokens.subList(t, tokens.size()));
    }
    List<List<String>> words = new ArrayList<>(sentences.size());
    for (List<Token> sentence : sentences) {
      List<String> w = new ArrayList<>(sentence.size());
      for (Token tok : sentence) {
        w.add(tok.text());
      }
      words.add(w);
    }
    List<float[][]> ev = evidenceFor(words);
    List<int[]> tags = new ArrayList<>(sentences.size());
    List<float[]> confidences = new ArrayList<>(sentences.size());
    for (int s = 0; s < words.size(); s++) {
      float[] confidence = new float[words.get(s).size()];
      tags.add(tagOne(words.get(s), ev == null ? null : ev.get(s), confidence));
      confidences.add(confidence);
    }
    List<int[]> before = new ArrayList<>(tags.size());
    for (int[] x : tags) {
      before.add(x.clone());
    }
    propagate(words, tags);
    for (int s = 0; s < sentences.size(); s++) {
      int[] a = before.get(s);
      int[] b = tags.get(s);
      for (int i = 0; i < a.length; i++) {
        if (a[i] != b[i]) {
          confidences.get(s)[i] = PROPAGATED_CONFIDENCE;
        }
      }
      mentions(text, sentences.get(s), b, confidences.get(s), out);
    }
    return Collections.unmodifiableList(out);
  }

  private void mentions(String text, List<Token> tokens, int[] tags, float[] confidence,
      List<Mention> out) {
    int i = 0;
    while (i < tags.length) {
      if (tags[i] == TagSet.OUTSIDE) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < tags.length && TagSet.isInside(tags[j])
          && TagSet.type(tags[j]) == TagSet.type(tags[i])) {
        j++;
      }
      Token first = tokens.get(i);
      int start = first.start() + procliticLength(first.text());
      int end = tokens.get(j - 1).end();
      if (start >= end) {
        start = first.start();
      }
      double conf = 0;
      for (int k = i; k < j; k++) {
        conf += confidence[k];
      }
      out.add(new Mention(TagSet.type(tags[i]), start, end, text.substring(start, end),
          Math.min(1.0, Math.max(0.0, conf / (j - i)))));
      i = j;
    }
  }

  /** The number of chars of {@code raw} taken by a glued proclitic (see the class comment). */
  int procliticLength(String raw) {
    String n = Normalizer.SEARCH.apply(raw);
    int particles = ArabicClitics.particleLength(n);
    if (particles == 0 || n.startsWith("\u0627\u0644")) {
      return 0;
    }
    int best = 0;
    int bestScore = score(n);
    for (int q = 1; q <= particles; q++) {
      boolean elidedArticle = n.charAt(q - 1) == ArabicClitics.LAM && n.charAt(q) == ArabicClitics.LAM;
      int sc = score(elidedArticle ? ArabicClitics.ALEF + n.substring(q) : n.substring(q));
      if (sc > bestScore) {
        best = q;
        bestScore = sc;
      }
    }
    if (bestScore == 0) {
      for (int q = particles; q >= 1 && best == 0; q--) {
        String rest = n.substring(q);
        boolean article = rest.length() >= MIN_ARTICLE_REST && rest.startsWith("\u0627\u0644");
        boolean elided = n.charAt(q - 1) == ArabicClitics.LAM && rest.length() >= MIN_REST
            && rest.charAt(0) == ArabicClitics.LAM;
        if (article || elided) {
          best = q;
        }
      }
      if (best == 0 && n.charAt(0) == ArabicClitics.WAW && n.length() - 1 >= MIN_REST) {
        best = 1;
      }
    }
    return best == 0 ? 0 : rawOffsetAfterLetters(raw, best);
  }

  private int score(String word) {
    return model.entityStartCount(word) + model.entityCount(word)
        + ((lexicon.classes(word) & NAME_CLASSES) != 0 ? 1 : 0);
  }

  /** The raw index just after {@code letters} letters and the marks that follow them. */
  private static int rawOffsetAfterLetters(String raw, int letters) {
    int i = 0;
    int seen = 0;
    while (i < raw.length() && seen < letters) {
      if (isLetter(raw.charAt(i))) {
        seen++;
      }
      i++;
    }
    while (i < raw.length() && !isLetter(raw.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isLetter(char c) {
    return c != TATWEEL && Character.isLetter(c);
  }

  /** {@link #recognize(String)}, as a {@link MentionSource}. */
  @Override
  public List<Mention> mentions(String text) {
    return recognize(text);
  }

  /** {@link #recognize(String, List, List)}, as a {@link MentionSource}. */
  @Override
  public List<Mention> mentions(String text, List<Token> tokens, List<Span> sentences) {
    return recognize(text, tokens, sentences);
  }
}
