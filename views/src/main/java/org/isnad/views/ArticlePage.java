package org.isnad.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.isnad.claims.Analysis;
import org.isnad.claims.Quote;
import org.isnad.claims.SpeakerEntity;
import org.isnad.claims.TextSpan;
import org.isnad.ner.EntityType;
import org.isnad.ner.link.Entity;
import org.isnad.ner.link.EntityMention;

/**
 * A self-contained right-to-left HTML page of one {@link Analysis}: the original text with its
 * paragraphs (line breaks kept as written), every entity mention, quote content, cue, speaker and
 * medium marked, and beside it the article's quotes in reading order with speaker entity, medium
 * and confidence. The page needs no network: style and script are inline; the font stack names
 * fonts with Arabic on Linux, macOS and Windows.
 *
 * <p><b>Contract</b> (for tests and for users' own tooling): every entity mention is an element
 * with {@code data-kind="entity"}, every quote content {@code data-kind="quote"}, every cue
 * {@code data-kind="cue"}, every speaker mention {@code data-kind="speaker"} (and every medium
 * {@code data-kind="medium"}), each with {@code data-start} and {@code data-end}, offsets into the
 * original text, and text content exactly {@code text.substring(start, end)}. Quote numbers are
 * the 1-based positions in {@link Analysis#quotes()} (the order of the JSON {@code quotes} array):
 * a quote's content has {@code id="qN"}, and its content, cue, speaker and medium carry
 * {@code data-quote="N"} (several numbers, space-separated, when quotes share a span). Entity
 * elements carry {@code data-entity} (the entity id: {@code E1} …), {@code data-type} and
 * {@code data-canonical}; speaker elements carry the speaker entity's id in {@code data-entity}.
 * Nesting and the rare crossing spans: see {@link MarkLayout} ({@code data-kind="entity-part"}).
 * Two things HTML cannot carry, NUL and unpaired surrogates, appear as U+FFFD (one unit for one,
 * so offsets hold); see {@link Html}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ArticlePage {
  private ArticlePage() {}

  /**
   * The page of {@code analysis}, titled {@code name}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static String render(String name, Analysis analysis) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(analysis, "analysis");
    String text = analysis.text();
    StringBuilder out = new StringBuilder(text.length() * 4 + 16_384);
    Pages.head(out, name + " — إسناد");
    out.append("<header><h1><bdi>");
    Html.text(out, name);
    out.append("</bdi></h1>\n");
    legend(out);
    out.append("</header>\n<main class=\"layout\">\n<article class=\"text\" id=\"text\" data-length=\"")
        .append(text.length()).append("\">");
    new MarkLayout(text).render(marks(analysis), out);
    out.append("</article>\n");
    QuoteList.render(analysis.quotes(), out);
    out.append("</main>\n");
    Pages.tail(out);
    return out.toString();
  }

  private static void legend(StringBuilder out) {
    out.append("<p class=\"legend\">");
    for (EntityType t : EntityType.values()) {
      out.append("<span class=\"ent ent-").append(Pages.css(t)).append("\" data-label=\"")
          .append(Pages.label(t)).append("\">").append(t.label()).append("</span>");
    }
    out.append("<span class=\"quote kind-direct\">اقتباس مباشر</span>")
        .append("<span class=\"quote kind-indirect\">غير مباشر</span>")
        .append("<span class=\"quote kind-mixed\">مختلط</span>")
        .append("<span class=\"cue\">فعل القول</span>")
        .append("<span class=\"speaker\">المتحدث</span></p>\n");
  }

  /** Every span of the analysis as a mark; spans shared by several quotes become one mark. */
  static List<Mark> marks(Analysis analysis) {
    List<Mark> marks = new ArrayList<>();
    for (Entity e : analysis.entities().entities()) {
      for (EntityMention m : e.mentions()) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("data-entity", e.id());
        attributes.put("data-type", e.type().name());
        attributes.put("data-canonical", e.canonicalName());
        attributes.put("title", e.canonicalName() + " · " + e.id() + " · " + Pages.label(e.type())
            + (e.title() == null ? "" : " · " + e.title()));
        marks.add(new Mark(MarkKind.ENTITY, m.start(), m.end(), "ent ent-" + Pages.css(e.type()),
            attributes, Pages.label(e.type()), null));
      }
    }
    Map<String, Mark> shared = new HashMap<>();
    List<Quote> quotes = analysis.quotes();
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      int n = i + 1;
      SpeakerEntity who = q.speakerEntity();
      String whoText = who == null ? "مصدر غير محدد" : who.canonical() + " (" + who.id() + ")";
      Map<String, String> content = new LinkedHashMap<>();
      content.put("id", "q" + n);
      content.put("data-quote-kind", q.kind().name());
      content.put("title", "اقتباس " + n + " · " + Pages.label(q.kind()) + " · " + whoText
          + (q.medium() == null ? "" : " · " + q.medium().text()) + " · الثقة " + Pages.confidence(q.confidence()));
      add(shared, marks, n, new Mark(MarkKind.QUOTE, q.content().start(), q.content().end(),
          "quote kind-" + Pages.css(q.kind()), content, null, n + " " + Pages.label(q.kind())));
      Map<String, String> cue = new LinkedHashMap<>();
      cue.put("data-lemma", q.cue().lemma());
      cue.put("title", "فعل القول: " + q.cue().lemma() + " · اقتباس " + n);
      add(shared, marks, n, new Mark(MarkKind.CUE, q.cue().start(), q.cue().end(), "cue", cue, null, "" + n));
      if (q.speaker() != null) {
        Map<String, String> speaker = new LinkedHashMap<>();
        if (who != null) {
          speaker.put("data-entity", who.id());
        }
        speaker.put("title", "المتحدث: " + whoText + " · اقتباس " + n);
        add(shared, marks, n, span(MarkKind.SPEAKER, q.speaker(), "speaker", speaker, "" + n));
      }
      if (q.medium() != null) {
        Map<String, String> medium = new LinkedHashMap<>();
        medium.put("title", "الوسيلة · اقتباس " + n);
        add(shared, marks, n, span(MarkKind.MEDIUM, q.medium(), "medium", medium, null));
      }
    }
    return marks;
  }

  private static Mark span(MarkKind kind, TextSpan s, String css, Map<String, String> attributes, String badge) {
    return new Mark(kind, s.start(), s.end(), css, attributes, null, badge);
  }

  private static void add(Map<String, Mark> shared, List<Mark> marks, int quote, Mark m) {
    Mark same = shared.putIfAbsent(m.kind + ":" + m.start + ":" + m.end, m);
    if (same == null) {
      marks.add(m);
      m.quotes.add(quote);
    } else {
      same.quotes.add(quote);
    }
  }

  /** The quotes' 1-based numbers in reading order (by content start, then cue). */
  static List<Integer> readingOrder(List<Quote> quotes) {
    List<Integer> order = new ArrayList<>(quotes.size());
    for (int i = 1; i <= quotes.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.<Integer>comparingInt(n -> quotes.get(n - 1).content().start())
        .thenComparingInt(n -> quotes.get(n - 1).cue().start()));
    return order;
  }
}
