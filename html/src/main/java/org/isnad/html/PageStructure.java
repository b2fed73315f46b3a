package org.isnad.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What the structure of a page says: which elements carry no text at all, which are boilerplate,
 * where the article is and what its headline is. Rules, all from the markup, none from words:
 * <ul>
 *   <li><b>Not text</b>: {@code script} (JSON-LD included), {@code style}, {@code noscript},
 *       {@code template}, embedded media and graphics, form controls, and anything marked
 *       {@code hidden}, {@code aria-hidden="true"} or {@code style="display:none"}.</li>
 *   <li><b>Boilerplate</b>: {@code nav}, {@code aside}, {@code menu}, {@code footer}; a
 *       {@code header} outside any {@code article}/{@code main} (the site's banner; an article's
 *       own header with its headline and byline is kept); ARIA landmarks other than the main one
 *       ({@code navigation, banner, contentinfo, complementary, search, menu, toolbar}); an element
 *       whose class or id has a word naming a site part ({@code nav, menu, breadcrumb, related,
 *       share, social, comments, sidebar, widget, ad(s), promo, newsletter, popular, trending, …});
 *       and a link list: a list, table, {@code div}, {@code section} or paragraph with
 *       {@value #LINK_LIST_SHARE} or more of its text inside links (related-article lists,
 *       "read also" lines, tag clouds).</li>
 *   <li><b>The article</b>: the {@code itemprop="articleBody"} element, else the {@code article},
 *       else the {@code main} (or {@code role="main"}) element with the most text that is not
 *       inside links; else the element whose {@code p} children hold the most such text; else the
 *       body. When a paragraph container elsewhere holds more text than the chosen element, it wins
 *       (a page whose {@code article} elements are only teasers).</li>
 *   <li><b>The headline</b>: an {@code h1} inside the article is kept with it; otherwise the last
 *       {@code h1} before the article that is neither boilerplate nor mostly a link (a site logo
 *       is); otherwise, unless the article has an {@code h2} of its own, the page's
 *       {@code title}.</li>
 * </ul>
 * Built in one pass over the page (text and link-text lengths of every element, bottom-up), so
 * linear in its size whatever the nesting. Not thread-safe; used by one extraction.
 */
final class PageStructure {
  /** Share of an element's text inside links from which it is a link list. */
  static final double LINK_LIST_SHARE = 0.6;

  private static final Set<String> NOT_TEXT = Set.of("script", "style", "noscript", "template",
      "iframe", "svg", "math", "canvas", "object", "embed", "video", "audio", "source", "track",
      "button", "select", "option", "optgroup", "textarea", "input", "datalist", "head", "map");
  private static final Set<String> BOILERPLATE_TAGS = Set.of("nav", "aside", "menu", "footer");
  private static final Set<String> BOILERPLATE_ROLES = Set.of("navigation", "banner", "contentinfo",
      "complementary", "search", "menu", "menubar", "toolbar");
  private static final Set<String> BOILERPLATE_WORDS = Set.of("nav", "navbar", "navigation", "menu",
      "breadcrumb", "breadcrumbs", "related", "share", "sharing", "social", "comments", "comment",
      "sidebar", "widget", "advert", "advertisement", "ads", "ad", "promo", "newsletter", "subscribe",
      "popular", "trending", "mostread", "recommended", "outbrain", "taboola", "cookie", "cookies",
      "masthead", "footer");
  private static final Set<String> LINK_LIST_TAGS = Set.of("ul", "ol", "dl", "table", "div",
      "section", "p");

  private final Document document;
  /** Per element: {text length, link text length, text length of its p children}. */
  private final Map<Element, int[]> stats = new IdentityHashMap<>();

  PageStructure(Document document) {
    this.document = document;
    measure();
  }

  private void measure() {
    Deque<int[]> open = new ArrayDeque<>();
    int[] links = {0};
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          open.push(new int[3]);
          if (e.normalName().equals("a")) {
            links[0]++;
          }
        } else if (node instanceof TextNode t && !(node instanceof CDataNode) && !open.isEmpty()) {
          int length = visibleLength(t.getWholeText());
          open.peek()[0] += length;
          if (links[0] > 0) {
            open.peek()[1] += length;
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          int[] own = open.pop();
          if (e.normalName().equals("a")) {
            links[0]--;
          }
          if (NOT_TEXT.contains(e.normalName())) {
            own[0] = 0;
            own[1] = 0;
          }
          stats.put(e, own);
          if (!open.isEmpty()) {
            int[] parent = open.peek();
            parent[0] += own[0];
            parent[1] += own[1];
            if (e.normalName().equals("p")) {
              parent[2] += own[0] - own[1];
            }
          }
        }
      }
    }, document);
  }

  private static int visibleLength(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (!TextBuilder.isHtmlWhitespace(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private int[] stats(Element e) {
    return stats.getOrDefault(e, new int[3]);
  }

  /** Text length outside links. */
  private int ownText(Element e) {
    int[] s = stats(e);
    return s[0] - s[1];
  }

  /** True for an element that carries no text to extract; see the class comment. */
  static boolean isNotText(Element e) {
    if (NOT_TEXT.contains(e.normalName()) || e.hasAttr("hidden")
        || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    return !style.isEmpty() && style.toLowerCase(Locale.ROOT).replace(" ", "").contains("display:none");
  }

  /** True for boilerplate; see the class comment. */
  boolean isBoilerplate(Element e) {
    if (isLandmark(e)) {
      return true;
    }
    String tag = e.normalName();
    if (hasBoilerplateWord(e.className()) || hasBoilerplateWord(e.id())) {
      return true;
    }
    if (LINK_LIST_TAGS.contains(tag)) {
      int[] s = stats(e);
      return s[0] > 0 && s[1] >= LINK_LIST_SHARE * s[0];
    }
    return false;
  }

  /** Boilerplate by tag or ARIA role alone. */
  private static boolean isLandmark(Element e) {
    String tag = e.normalName();
    if (BOILERPLATE_TAGS.contains(tag)) {
      return true;
    }
    if (tag.equals("header") && e.closest("article, main, [role=main]") == null) {
      return true;
    }
    return BOILERPLATE_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT));
  }

  private static boolean hasBoilerplateWord(String attribute) {
    if (attribute.isEmpty()) {
      return false;
    }
    for (String word : attribute.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (BOILERPLATE_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code e} or one of its ancestors is not text or a landmark of boilerplate (class
   * words and link density are left out here: a wrapper of the whole page may well be called
   * "layout-with-sidebar").
   */
  boolean isExcluded(Element e) {
    for (Element a = e; a != null; a = a.parent()) {
      if (isNotText(a) || isLandmark(a)) {
        return true;
      }
    }
    return false;
  }

  /** The element that holds the article; see the class comment. */
  Element article() {
    Element semantic = best("[itemprop=articleBody]");
    if (semantic == null) {
      semantic = best("article");
    }
    if (semantic == null) {
      semantic = best("main, [role=main]");
    }
    Element paragraphs = null;
    int most = 0;
    for (Map.Entry<Element, int[]> entry : stats.entrySet()) {
      Element e = entry.getKey();
      if (entry.getValue()[2] > most && !isExcluded(e)) {
        most = entry.getValue()[2];
        paragraphs = e;
      }
    }
    if (semantic != null && (paragraphs == null || ownText(semantic) >= most)) {
      return semantic;
    }
    return paragraphs != null ? paragraphs : document.body();
  }

  private Element best(String query) {
    Element best = null;
    for (Element e : document.select(query)) {
      if (ownText(e) > 0 && !isExcluded(e) && (best == null || ownText(e) > ownText(best))) {
        best = e;
      }
    }
    return best;
  }

  /**
   * The headline to put before the article, or null when the article holds its own {@code h1}
   * or the page has none; see the class comment.
   */
  Element headlineBefore(Element article) {
    for (Element h1 : article.getElementsByTag("h1")) {
      if (!isExcluded(h1) || h1 == article) {
        return null;
      }
    }
    Element headline = null;
    for (Element h1 : document.getElementsByTag("h1")) {
      if (!precedes(h1, article)) {
        break;
      }
      int[] s = stats(h1);
      if (s[0] > 0 && s[1] < LINK_LIST_SHARE * s[0] && !isExcluded(h1) && !isBoilerplate(h1)) {
        headline = h1;
      }
    }
    if (headline == null && article.selectFirst("h2") != null) {
      return null; // the article starts with its own heading
    }
    if (headline == null && document.head() != null) {
      headline = document.head().selectFirst("title");
    }
    return headline;
  }

  /** True when {@code a} starts before {@code b} and does not contain it. */
  private static boolean precedes(Element a, Element b) {
    return a.sourceRange().isTracked() && b.sourceRange().isTracked()
        && a.sourceRange().start().pos() < b.sourceRange().start().pos() && !b.parents().contains(a);
  }
}
