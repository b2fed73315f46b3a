package org.isnad.views;

import java.util.List;
import org.isnad.claims.Quote;
import org.isnad.claims.SpeakerEntity;

/** The side list of an article page: its quotes in reading order, each with who, how and how sure. */
final class QuoteList {
  private QuoteList() {}

  static void render(List<Quote> quotes, StringBuilder out) {
    out.append("<aside class=\"quotes\"><h2>الاقتباسات (").append(quotes.size()).append(")</h2>\n<ol>\n");
    for (int n : ArticlePage.readingOrder(quotes)) {
      Quote q = quotes.get(n - 1);
      out.append("<li data-quote=\"").append(n).append("\" id=\"q").append(n).append("-item\">")
          .append("<a class=\"num\" href=\"#q").append(n).append("\">").append(n).append("</a> ")
          .append("<b>").append(Pages.label(q.kind())).append("</b> · ");
      Html.text(out, q.cue().text());
      out.append(" (");
      Html.text(out, q.cue().lemma());
      out.append(")<div class=\"who\">المتحدث: ");
      if (q.speaker() != null) {
        out.append('«');
        Html.text(out, q.speaker().text());
        out.append("» ← ");
      }
      SpeakerEntity who = q.speakerEntity();
      if (who == null) {
        out.append("<i>غير محدد</i>");
      } else {
        out.append("<b>");
        Html.text(out, who.canonical());
        out.append("</b> <span class=\"meta\">(").append(Html.text(who.id())).append(" · ")
            .append(Pages.label(who.type()));
        if (who.title() != null) {
          out.append(" · ");
          Html.text(out, who.title());
        }
        out.append(")</span>");
      }
      out.append("</div><div class=\"meta\">الوسيلة: ");
      if (q.medium() == null) {
        out.append('—');
      } else {
        Html.text(out, q.medium().text());
      }
      out.append(" · الثقة ").append(Pages.confidence(q.confidence())).append("</div><div class=\"content\">");
      Pages.excerpt(out, q.content().text());
      out.append("</div></li>\n");
    }
    out.append("</ol></aside>\n");
  }
}
