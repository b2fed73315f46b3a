package org.isnad.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.isnad.claims.Claim;
import org.isnad.claims.Quote;
import org.isnad.claims.SourcedQuote;
import org.isnad.claims.SpeakerEntity;

/**
 * The index of a set of article pages: every speaker with their quotes across the articles
 * (grouped by {@link SpeakerEntity#key()}, the normalized canonical name; quotes whose source was
 * not resolved are listed under their own heading), and the claims that several articles share.
 * Each quote links to its place in its article ({@code NAME.html#qN}). Stateless and thread-safe.
 */
public final class IndexPage {
  private static final String UNRESOLVED = "مصدر غير محدد";

  private IndexPage() {}

  /**
   * The index page.
   *
   * @param articles the articles, in the order to list them; names must be distinct
   * @param claims   the claims of these articles (from {@link org.isnad.claims.Isnad#claims}, keyed
   *                 by article name); only those reported by at least two articles are listed
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if two articles have the same name
   */
  public static String render(List<Article> articles, List<Claim> claims) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(claims, "claims");
    Map<String, Article> byName = new LinkedHashMap<>();
    for (Article a : articles) {
      if (byName.put(a.name(), a) != null) {
        throw new IllegalArgumentException("two articles named " + a.name());
      }
    }
    StringBuilder out = new StringBuilder(16_384);
    Pages.head(out, "فهرس — إسناد");
    out.append("<header><h1>فهرس المتحدثين والتصريحات</h1><p class=\"legend\">")
        .append(articles.size()).append(" مقالات: ");
    for (Article a : articles) {
      out.append("<a href=\"").append(a.href()).append("\"><bdi>");
      Html.text(out, a.name());
      out.append("</bdi></a> ");
    }
    out.append("</p></header>\n<main>\n");
    speakers(articles, out);
    sharedClaims(byName, claims, out);
    out.append("</main>\n");
    Pages.tail(out);
    return out.toString();
  }

  private record Located(Article article, int number, Quote quote) {}

  private static void speakers(List<Article> articles, StringBuilder out) {
    Map<String, List<Located>> bySpeaker = new LinkedHashMap<>();
    Map<String, SpeakerEntity> names = new HashMap<>();
    for (Article a : articles) {
      List<Quote> quotes = a.analysis().quotes();
      for (int n : ArticlePage.readingOrder(quotes)) {
        Quote q = quotes.get(n - 1);
        String key = q.speakerEntity() == null ? "" : q.speakerEntity().key();
        bySpeaker.computeIfAbsent(key, k -> new ArrayList<>()).add(new Located(a, n, q));
        names.merge(key, q.speakerEntity() == null ? new SpeakerEntity("-", UNRESOLVED,
            org.isnad.claims.SourceType.OTHER, null) : q.speakerEntity(), IndexPage::fuller);
      }
    }
    List<String> keys = new ArrayList<>(bySpeaker.keySet());
    keys.sort(Comparator.<String>comparingInt(k -> k.isEmpty() ? 1 : 0)
        .thenComparingInt(k -> -bySpeaker.get(k).size()));
    out.append("<section id=\"speakers\"><h2>المتحدثون (").append(keys.size() - (bySpeaker.containsKey("") ? 1 : 0))
        .append(")</h2>\n");
    int s = 0;
    for (String key : keys) {
      SpeakerEntity who = names.get(key);
      List<Located> quotes = bySpeaker.get(key);
      out.append("<h3 id=\"s").append(++s).append("\" data-speaker-key=\"");
      Html.attribute(out, key);
      out.append("\">");
      Html.text(out, key.isEmpty() ? UNRESOLVED : who.canonical());
      out.append(" <span class=\"meta\">");
      if (!key.isEmpty()) {
        out.append(Pages.label(who.type()));
        if (who.title() != null) {
          out.append(" · ");
          Html.text(out, who.title());
        }
        out.append(" · ");
      }
      out.append(quotes.size()).append(" اقتباسات</span></h3>\n<ul>\n");
      for (Located l : quotes) {
        quoteItem(out, l);
      }
      out.append("</ul>\n");
    }
    out.append("</section>\n");
  }

  private static SpeakerEntity fuller(SpeakerEntity a, SpeakerEntity b) {
    int titleA = a.title() == null ? 0 : 1;
    int titleB = b.title() == null ? 0 : 1;
    return titleB > titleA || (titleB == titleA && b.canonical().length() > a.canonical().length()) ? b : a;
  }

  private static void quoteItem(StringBuilder out, Located l) {
    out.append("<li><a class=\"quote-link\" href=\"").append(l.article().href());
    if (l.number() > 0) {
      out.append("#q").append(l.number());
    }
    out.append("\"><bdi>");
    Html.text(out, l.article().name());
    out.append("</bdi> · ").append(l.number()).append("</a> <b>").append(Pages.label(l.quote().kind()))
        .append("</b>: ");
    Pages.excerpt(out, l.quote().content().text());
    out.append("</li>\n");
  }

  private static void sharedClaims(Map<String, Article> byName, List<Claim> claims, StringBuilder out) {
    List<Claim> shared = new ArrayList<>();
    for (Claim c : claims) {
      if (c.documents().size() > 1) {
        shared.add(c);
      }
    }
    out.append("<section id=\"claims\"><h2>تصريحات تنقلها عدة مقالات (").append(shared.size()).append(")</h2>\n");
    int n = 0;
    for (Claim c : shared) {
      out.append("<h3 id=\"c").append(++n).append("\">");
      Html.text(out, c.speaker().canonical());
      out.append(" <span class=\"meta\">").append(c.documents().size()).append(" مقالات · التشابه ")
          .append(Pages.confidence(c.score())).append("</span></h3>\n<ul>\n");
      for (SourcedQuote sq : c.quotes()) {
        Article a = byName.get(sq.documentId());
        if (a == null) {
          out.append("<li>");
          Html.text(out, sq.documentId());
          out.append(": ");
          Pages.excerpt(out, sq.quote().content().text());
          out.append("</li>\n");
        } else {
          quoteItem(out, new Located(a, number(a, sq.quote()), sq.quote()));
        }
      }
      out.append("</ul>\n");
    }
    out.append("</section>\n");
  }

  /** The quote's 1-based number in its article (identity first, then equality), or 0. */
  private static int number(Article a, Quote quote) {
    List<Quote> quotes = a.analysis().quotes();
    for (int i = 0; i < quotes.size(); i++) {
      if (quotes.get(i) == quote) {
        return i + 1;
      }
    }
    return quotes.indexOf(quote) + 1;
  }
}
