package org.isnad.ner.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.isnad.core.Token;
import org.isnad.core.Tokenizer;
import org.isnad.ner.Annotation;
import org.isnad.ner.AnnotationType;

/**
 * Finds titles and roles, dates and times, and quantities with hand-written rules over the
 * {@link org.isnad.core.Normalizer#SEARCH} forms of the tokens.
 *
 * <p>At every token the three grammars are tried ({@link DateRule DATE}, {@link QuantityRule
 * QUANTITY}, {@link TitleRule TITLE}, see their descriptions below); the longest match wins, a tie
 * going to DATE, then QUANTITY. Matching resumes after the match, so annotations never overlap and
 * come in text order. The first word of a match is tried as written, then without its glued
 * proclitics (و ف, then ب ل ك): the annotation then starts after them, so وأمس الخميس gives
 * "أمس الخميس" at the exact original offsets. Words of one annotation are on one line; punctuation
 * ends a match except the parentheses of a date (منتصف ليل السبت (10 شباط 2019)) and the
 * quotation marks around an organisation in a title (مدير المركز الإعلامي لـ “قسد”).
 *
 * <ul>
 *   <li>DATE: deictic days (اليوم، أمس الخميس), day names, day + month (+ year) with Levantine,
 *       Egyptian and Maghrebi month names, numeric dates and times, عام 2014, هذا العام, periods
 *       with a modifier (الشهر الجاري، الأسابيع القليلة الماضية), قبل يومين, الساعة الثالثة, with
 *       prefixes such as منتصف or ليل. A preceding preposition (خلال، في، منذ used as "during") is
 *       left out; قبل / بعد / منذ + a duration is kept (قبل يومين).
 *   <li>QUANTITY: [approximator] number [multiplier] [unit]: 70 كيلومترا، نحو 1500، أكثر من 20
 *       ألفا، 1%، ثلاثة كيلومترات، 3 ملايين دولار. The counted noun is left out (نحو 1500 من
 *       مقاتلي → نحو 1500). Vague count words without a number (عشرات القتلى، مئات، آلاف) are not
 *       quantities by default, because they give no figure; {@link #withVagueQuantities()} turns
 *       them on.
 *   <li>TITLE: a head from the lexicon extended by idafa, agreeing adjectives, باسم + organisation
 *       and, for membership roles, في / لـ / بـ + organisation; it stops before a first name, a verb
 *       or particle, a glued conjunction and punctuation (رئيس الوزراء العراقي حيدر العبادي →
 *       رئيس الوزراء العراقي).
 * </ul>
 *
 * <p>Linear in the number of tokens (each grammar looks at a bounded window); never throws on any
 * text. Instances are immutable and thread-safe.
 */
public final class RuleAnnotator {

  private static final RuleAnnotator DEFAULT = new RuleAnnotator(false);
  private static final Tokenizer TOKENIZER = new Tokenizer();

  private final boolean vagueQuantities;

  private RuleAnnotator(boolean vagueQuantities) {
    this.vagueQuantities = vagueQuantities;
  }

  /** The annotator with the default rules (vague count words are not quantities). */
  public static RuleAnnotator getDefault() {
    return DEFAULT;
  }

  /** An annotator that also marks vague count words (مئات، عشرات القتلى → عشرات) as QUANTITY. */
  public static RuleAnnotator withVagueQuantities() {
    return new RuleAnnotator(true);
  }

  /**
   * Annotates {@code text}, tokenizing it with the core {@link Tokenizer}.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public List<Annotation> annotate(String text) {
    Objects.requireNonNull(text, "text");
    return annotate(text, TOKENIZER.tokenize(text));
  }

  /**
   * Annotates {@code text} given its tokens (in order, as produced by {@link Tokenizer}).
   *
   * @return the annotations in text order, non-overlapping, unmodifiable
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a token lies outside the text
   */
  public List<Annotation> annotate(String text, List<Token> tokens) {
    return annotate(new NormalizedTokens(text, tokens));
  }

  /**
   * Annotates an already built token view.
   *
   * @throws NullPointerException if {@code view} is null
   */
  public List<Annotation> annotate(NormalizedTokens view) {
    Objects.requireNonNull(view, "view");
    String text = view.text();
    List<Annotation> out = new ArrayList<>();
    int n = view.size();
    int i = 0;
    while (i < n) {
      int bestEnd = -1;
      int bestStart = -1;
      AnnotationType bestType = null;
      int variants = view.isWord(i) ? 1 + view.bareCount(i) : 1;
      for (int k = 0; k < variants && bestEnd < 0; k++) {
        String form = k == 0 ? view.form(i) : view.bare(i, k - 1);
        int start = k == 0 ? view.token(i).start() : view.bareStart(i, k - 1);
        int e = DateRule.match(view, i, form);
        AnnotationType type = AnnotationType.DATE;
        int q = QuantityRule.match(view, i, form, vagueQuantities);
        if (q > e) {
          e = q;
          type = AnnotationType.QUANTITY;
        }
        int t = TitleRule.match(view, i, form);
        if (t > e) {
          e = t;
          type = AnnotationType.TITLE;
        }
        if (e > i) {
          bestEnd = e;
          bestStart = start;
          bestType = type;
        }
      }
      if (bestEnd > i) {
        int end = view.token(bestEnd - 1).end();
        out.add(new Annotation(bestType, bestStart, end, text.substring(bestStart, end)));
        i = bestEnd;
      } else {
        i++;
      }
    }
    return Collections.unmodifiableList(out);
  }
}
