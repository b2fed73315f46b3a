package org.isnad.ner.link;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.isnad.core.Tokenizer;
import org.isnad.ner.Mention;
import org.isnad.ner.MentionSource;
import org.isnad.ner.rules.NormalizedTokens;

/**
 * Finds the names of an {@link AliasTable} in a text, so that well-known entities (قسد، داعش،
 * الأمم المتحدة …) are found even where the statistical model misses them.
 *
 * <p>A name matches a run of tokens on one line whose {@link org.isnad.core.Normalizer#SEARCH}
 * forms equal the name's token forms exactly; the first token may carry glued proclitics (و ف ب ل
 * ك, لل), which are left out of the mention (لقسد → قسد, وبالولايات المتحدة → الولايات المتحدة,
 * للولايات المتحدة → لولايات المتحدة as in the seed gold conventions). At each token the longest
 * name wins and matching resumes after it, so mentions never overlap. Every mention has the
 * entry's type and confidence {@value #CONFIDENCE}.
 *
 * <p>Linear in the text (bounded by the longest name); immutable and thread-safe.
 */
public final class GazetteerMentionSource implements MentionSource {

  /** Confidence given to every gazetteer mention. */
  public static final double CONFIDENCE = 1.0;

  private static final Tokenizer TOKENIZER = new Tokenizer();

  private final AliasTable table;

  /**
   * A source over {@code table}.
   *
   * @throws NullPointerException if {@code table} is null
   */
  public GazetteerMentionSource(AliasTable table) {
    this.table = Objects.requireNonNull(table, "table");
  }

  /** A source over {@link AliasTable#defaults()}. */
  public static GazetteerMentionSource getDefault() {
    return new GazetteerMentionSource(AliasTable.defaults());
  }

  /** The table searched. */
  public AliasTable table() {
    return table;
  }

  @Override
  public List<Mention> mentions(String text) {
    Objects.requireNonNull(text, "text");
    return mentions(new NormalizedTokens(text, TOKENIZER.tokenize(text)));
  }

  /**
   * The names of the table found in an already built token view, in text order.
   *
   * @throws NullPointerException if {@code view} is null
   */
  public List<Mention> mentions(NormalizedTokens view) {
    Objects.requireNonNull(view, "view");
    String text = view.text();
    List<Mention> out = new ArrayList<>();
    int n = view.size();
    int i = 0;
    while (i < n) {
      int end = -1;
      int start = -1;
      AliasTable.Entry entry = null;
      if (AliasTable.isNameToken(view.token(i))) {
        int variants = 1 + view.bareCount(i);
        for (int k = 0; k < variants && end < 0; k++) {
          String first = k == 0 ? view.form(i) : view.bare(i, k - 1);
          for (String[] name : table.formsStartingWith(first)) {
            if (matches(view, i, name)) {
              end = i + name.length;
              start = k == 0 ? view.token(i).start() : view.bareStart(i, k - 1);
              entry = table.byForm(String.join(" ", name));
              break;
            }
          }
        }
      }
      if (entry != null) {
        int e = view.token(end - 1).end();
        out.add(new Mention(entry.type(), start, e, text.substring(start, e), CONFIDENCE));
        i = end;
      } else {
        i++;
      }
    }
    return Collections.unmodifiableList(out);
  }

  private static boolean matches(NormalizedTokens v, int i, String[] name) {
    if (i + name.length > v.size()) {
      return false;
    }
    for (int k = 1; k < name.length; k++) {
      if (!v.joined(i + k - 1) || !name[k].equals(v.form(i + k))) {
        return false;
      }
    }
    return true;
  }
}
