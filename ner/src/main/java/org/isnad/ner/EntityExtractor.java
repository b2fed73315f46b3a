package org.isnad.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.isnad.core.Tokenizer;
import org.isnad.ner.link.AliasTable;
import org.isnad.ner.link.EntityLinker;
import org.isnad.ner.link.GazetteerMentionSource;
import org.isnad.ner.rules.NormalizedTokens;
import org.isnad.ner.rules.RuleAnnotator;

/**
 * The one-call entry point: mentions, rule annotations and canonical entities of a text.
 *
 * <p>{@link #extract(String)} tokenizes the text once, runs the {@link RuleAnnotator}, asks the
 * mention source (normally the statistical recognizer) for mentions, adds the names of the alias
 * table found by a {@link GazetteerMentionSource} where they overlap no model mention (the model
 * wins on any overlap, so its boundaries and types are kept; a gazetteer name only fills a gap the
 * model left), and links everything into entities with the {@link EntityLinker}.
 *
 * <p>Immutable and thread-safe when its mention source is.
 */
public final class EntityExtractor {

  private static final Tokenizer TOKENIZER = new Tokenizer();

  private final MentionSource source;
  private final GazetteerMentionSource gazetteer;
  private final RuleAnnotator rules;
  private final EntityLinker linker;

  /**
   * An extractor with every part given; {@code gazetteer} may be null to use the model's mentions
   * only.
   *
   * @throws NullPointerException if source, rules or linker is null
   */
  public EntityExtractor(MentionSource source, GazetteerMentionSource gazetteer, RuleAnnotator rules,
      EntityLinker linker) {
    this.source = Objects.requireNonNull(source, "source");
    this.gazetteer = gazetteer;
    this.rules = Objects.requireNonNull(rules, "rules");
    this.linker = Objects.requireNonNull(linker, "linker");
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
   * The default extractor.
   *
   * <p>TODO(lead): wire {@code NamedEntityRecognizer.getDefault()::recognize} as the mention source
   * once the statistical recognizer is in main; until then the default finds the alias-table names
   * only.
   */
  public static EntityExtractor getDefault() {
    return Default.INSTANCE;
  }

  private static final class Default {
    static final EntityExtractor INSTANCE = new EntityExtractor(text -> List.of());
  }

  /**
   * Mentions, annotations and entities of {@code text}.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the mention source returns a mention that does not fit
   *     the text
   */
  public DocumentEntities extract(String text) {
    Objects.requireNonNull(text, "text");
    NormalizedTokens view = new NormalizedTokens(text, TOKENIZER.tokenize(text));
    List<Annotation> annotations = rules.annotate(view);
    List<Mention> model = new ArrayList<>(source.mentions(text));
    List<Mention> merged = gazetteer == null ? model : merge(model, gazetteer.mentions(view));
    merged.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    return new DocumentEntities(text, merged, annotations, linker.link(text, merged, annotations));
  }

  /** The model mentions plus the gazetteer mentions that overlap none of them. */
  static List<Mention> merge(List<Mention> model, List<Mention> gazetteer) {
    List<Mention> sortedModel = new ArrayList<>(model);
    sortedModel.sort(Comparator.comparingInt(Mention::start));
    List<Mention> out = new ArrayList<>(model);
    // both lists sorted by start: sweep, tracking the model mentions that may still overlap
    int p = 0;
    List<Mention> open = new ArrayList<>();
    for (Mention g : gazetteer) {
      while (p < sortedModel.size() && sortedModel.get(p).start() < g.end()) {
        open.add(sortedModel.get(p));
        p++;
      }
      open.removeIf(m -> m.end() <= g.start());
      boolean overlaps = false;
      for (Mention m : open) {
        if (m.start() < g.end() && g.start() < m.end()) {
          overlaps = true;
          break;
        }
      }
      if (!overlaps) {
        out.add(g);
      }
    }
    return out;
  }
}
