package org.isnad.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.isnad.core.SentenceSplitter;
import org.isnad.core.Span;
import org.isnad.core.Token;
import org.isnad.core.Tokenizer;
import org.isnad.ner.link.AliasTable;
import org.isnad.ner.link.EntityLinker;
import org.isnad.ner.link.GazetteerMentionSource;
import org.isnad.ner.link.NameCompletion;
import org.isnad.ner.link.RoleResolver;
import org.isnad.ner.rules.NormalizedTokens;
import org.isnad.ner.rules.RuleAnnotator;

/**
 * The one-call entry point: mentions, rule annotations and canonical entities of a text.
 *
 * <p>{@link #extract(String)} tokenizes the text once and splits it into sentences (or takes both
 * from the caller), runs the {@link RuleAnnotator}, asks the mention source (normally the
 * statistical recognizer) for mentions, adds the names of the alias
 * table found by a {@link GazetteerMentionSource} according to the {@link MergePolicy} (by default
 * {@link MergePolicy#MODEL_FIRST}: the model wins on any overlap, so its boundaries and types are
 * kept and a gazetteer name only fills a gap the model left), links everything into entities
 * with the {@link EntityLinker}, and resolves roles standing without a name to persons with the
 * {@link RoleResolver}.
 *
 * <p>Immutable and thread-safe when its mention source is.
 */
public final class EntityExtractor {

  private static final Tokenizer TOKENIZER = new Tokenizer();
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();
  private static final RoleResolver ROLES = new RoleResolver();

  /** How gazetteer mentions that overlap model mentions are treated. */
  public enum MergePolicy {
    /** The model wins every overlap: a gazetteer name only fills a gap the model left (default). */
    MODEL_FIRST,
    /**
     * A gazetteer name that strictly contains every model mention it overlaps replaces them (قوات
     * سوريا الديمقراطية over a model's سوريا); otherwise the model wins.
     */
    LONGER_GAZETTEER_NAME,
    /** The gazetteer wins every overlap. */
    GAZETTEER_FIRST
  }

  private final MentionSource source;
  private final GazetteerMentionSource gazetteer;
  private final RuleAnnotator rules;
  private final EntityLinker linker;
  private final MergePolicy policy;

  /**
   * An extractor with every part given; {@code gazetteer} may be null to use the source's mentions
   * only.
   *
   * @throws NullPointerException if source, rules, linker or policy is null
   */
  public EntityExtractor(MentionSource source, GazetteerMentionSource gazetteer, RuleAnnotator rules,
      EntityLinker linker, MergePolicy policy) {
    this.source = Objects.requireNonNull(source, "source");
    this.gazetteer = gazetteer;
    this.rules = Objects.requireNonNull(rules, "rules");
    this.linker = Objects.requireNonNull(linker, "linker");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * An extractor with every part given and {@link MergePolicy#MODEL_FIRST}; {@code gazetteer} may
   * be null to use the source's mentions only.
   *
   * @throws NullPointerException if source, rules or linker is null
   */
  public EntityExtractor(MentionSource source, GazetteerMentionSource gazetteer, RuleAnnotator rules,
      EntityLinker linker) {
    this(source, gazetteer, rules, linker, MergePolicy.MODEL_FIRST);
  }

  /**
   * This extractor with another merge policy.
   *
   * @throws NullPointerException if {@code policy} is null
   */
  public EntityExtractor withMergePolicy(MergePolicy policy) {
    return new EntityExtractor(source, gazetteer, rules, linker, policy);
  }

  /** The merge policy. */
  public MergePolicy mergePolicy() {
    return policy;
  }

  /**
   * An extractor over {@code source} with the default rules, the default alias table as linker
   * table and gazetteer.
   *
   * @throws NullPointerException if {@code source} is null
   */
  public EntityExtractor(MentionSource source) {
    this(source, AliasTable.defaults());
  }

  /**
   * An extractor over {@code source} with the default rules and {@code aliases} for both the
   * gazetteer and the linker.
   *
   * @throws NullPointerException if an argument is null
   */
  public EntityExtractor(MentionSource source, AliasTable aliases) {
    this(source, new GazetteerMentionSource(aliases), RuleAnnotator.getDefault(), new EntityLinker(aliases));
  }

  /**
   * The default extractor: the bundled statistical {@link NamedEntityRecognizer} as mention source,
   * the default rules, and the default alias table as gazetteer and linker table, with {@link
   * MergePolicy#MODEL_FIRST}. Built once, on first use (loading the model).
   */
  public static EntityExtractor getDefault() {
    return Default.INSTANCE;
  }

  private static final class Default {
    static final EntityExtractor INSTANCE =
        new EntityExtractor(NamedEntityRecognizer.getDefault());
  }

  /**
   * Mentions, annotations and entities of {@code text}: model and gazetteer mentions merged,
   * adjacent person mentions joined ({@link NameCompletion#joinAdjacent}), linked into entities,
   * person names completed from the document ({@link NameCompletion#complete}), joined again and
   * linked again.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the mention source returns a mention that does not fit
   *     the text
   */
  public DocumentEntities extract(String text) {
    Objects.requireNonNull(text, "text");
    List<Token> tokens = TOKENIZER.tokenize(text);
    return extract(text, tokens, SPLITTER.sentences(text, tokens));
  }

  /**
   * {@link #extract(String)} for a caller that already has the text's tokens and sentences (as
   * {@code Isnad.analyze} has): {@code tokens} must be what {@link Tokenizer#tokenize(String)}
   * returns for {@code text} and {@code sentences} what {@link SentenceSplitter#sentences(String,
   * List)} returns for them; then the result equals {@code extract(text)}. They are handed on to
   * the mention source ({@link MentionSource#mentions(String, List, List)}).
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a token ends beyond the text, or the mention source returns
   *     a mention that does not fit the text
   */
  public DocumentEntities extract(String text, List<Token> tokens, List<Span> sentences) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(sentences, "sentences");
    if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).end() > text.length()) {
      throw new IllegalArgumentException("tokens do not belong to the text");
    }
    NormalizedTokens view = new NormalizedTokens(text, tokens);
    List<Annotation> annotations = rules.annotate(view);
    List<Mention> model = new ArrayList<>(source.mentions(text, tokens, sentences));
    List<Mention> merged = gazetteer == null ? model : merge(model, gazetteer.mentions(view), policy);
    merged.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    merged = NameCompletion.joinAdjacent(text, merged);
    List<org.isnad.ner.link.Entity> entities = linker.link(text, merged, annotations);
    List<Mention> completed = NameCompletion.complete(view, merged, annotations, entities);
    if (completed != merged) {
      completed.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
      merged = NameCompletion.joinAdjacent(text, completed);
      entities = linker.link(text, merged, annotations);
    }
    return new DocumentEntities(text, merged, annotations, entities, ROLES.resolve(text, annotations, entities));
  }

  /** The model mentions plus the gazetteer mentions that overlap none of them. */
  static List<Mention> merge(List<Mention> model, List<Mention> gazetteer) {
    return merge(model, gazetteer, MergePolicy.MODEL_FIRST);
  }

  /**
   * Merges model and gazetteer mentions under {@code policy}; both lists may come in any order.
   * Linear apart from sorting, for mentions that overlap only a few others.
   */
  static List<Mention> merge(List<Mention> model, List<Mention> gazetteer, MergePolicy policy) {
    List<Mention> m = sortedByStart(model);
    List<Mention> g = sortedByStart(gazetteer);
    boolean[] modelDropped = new boolean[m.size()];
    boolean[] gazKept = new boolean[g.size()];
    int p = 0;
    for (int gi = 0; gi < g.size(); gi++) {
      Mention gm = g.get(gi);
      while (p < m.size() && m.get(p).end() <= gm.start()) {
        p++;
      }
      List<Integer> overlapping = new ArrayList<>();
      for (int k = p; k < m.size() && m.get(k).start() < gm.end(); k++) {
        if (m.get(k).end() > gm.start()) {
          overlapping.add(k);
        }
      }
      boolean keep = switch (policy) {
        case MODEL_FIRST -> overlapping.isEmpty();
        case GAZETTEER_FIRST -> true;
        case LONGER_GAZETTEER_NAME -> overlapping.stream().allMatch(k -> containsStrictly(gm, m.get(k)));
      };
      if (keep) {
        gazKept[gi] = true;
        for (int k : overlapping) {
          modelDropped[k] = true;
        }
      }
    }
    List<Mention> out = new ArrayList<>(m.size() + g.size());
    for (int k = 0; k < m.size(); k++) {
      if (!modelDropped[k]) {
        out.add(m.get(k));
      }
    }
    for (int k = 0; k < g.size(); k++) {
      if (gazKept[k]) {
        out.add(g.get(k));
      }
    }
    return out;
  }

  private static boolean containsStrictly(Mention outer, Mention inner) {
    return outer.start() <= inner.start() && inner.end() <= outer.end()
        && outer.end() - outer.start() > inner.end() - inner.start();
  }

  private static List<Mention> sortedByStart(List<Mention> mentions) {
    List<Mention> s = new ArrayList<>(mentions);
    s.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    return s;
  }
}
