package org.isnad.html;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.isnad.core.Span;
import org.jsoup.Jsoup;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The article text of a news web page, with the way back to the page: the counterpart for HTML of
 * {@link org.isnad.core.NormalizedText}. Analyse {@link #text()} as any text; {@link
 * #toSource(int, int)} maps an offset span in it to the span of the HTML source it came from.
 *
 * <pre>{@code
 * HtmlText page = HtmlText.parse(html);
 * Analysis analysis = isnad.analyze(page.text());
 * Span inPage = page.toSource(quote.content().span());   // html.substring(inPage.start(), inPage.end())
 * }</pre>
 *
 * <p>What is kept (see {@link PageStructure} for the rules): the headline and the main article
 * body; scripts, styles, JSON-LD, comments and all markup are dropped, and so is boilerplate where
 * the page's structure shows it (navigation, the site's header and footer, asides, link lists).
 * Character references are decoded. Block elements ({@code p, div, li, h1…h6, blockquote, tr…})
 * end a paragraph: a blank line in the text, which the sentence splitter treats as a paragraph
 * end; {@code <br>} is a line break; a table cell a space; whitespace collapses to one space as a
 * browser shows it (also inside {@code pre}). The text keeps the page's order, so source spans
 * never go backwards.
 *
 * <p>Parsing is jsoup's HTML5 parser, which repairs any markup (unclosed tags, stray end tags);
 * time and memory are linear in the page's length, whatever its nesting. Instances are immutable
 * and thread-safe.
 */
public final class HtmlText {
  private static final Set<String> PARAGRAPH_BLOCKS = Set.of("p", "div", "section", "article", "main",
      "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "li", "dt", "dd", "blockquote", "pre",
      "table", "tr", "caption", "figure", "figcaption", "header", "footer", "address", "hr", "form",
      "fieldset", "details", "summary", "center", "title", "body", "html");
  private static final Set<String> CELLS = Set.of("td", "th");
  private static final int DOCTYPE_PROBE = 512;

  private final String text;
  private final String headline;
  private final int[] starts;
  private final int[] ends;
  private final int sourceLength;

  private HtmlText(String text, String headline, int[] starts, int[] ends, int sourceLength) {
    this.text = text;
    this.headline = headline;
    this.starts = starts;
    this.ends = ends;
    this.sourceLength = sourceLength;
  }

  /**
   * Extracts the article text of {@code html}.
   *
   * @throws NullPointerException if {@code html} is null
   */
  public static HtmlText parse(String html) {
    Objects.requireNonNull(html, "html");
    Document document = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    PageStructure page = new PageStructure(document);
    Element article = page.article();
    Element headline = page.headlineBefore(article);
    TextBuilder out = new TextBuilder();
    String headlineText = null;
    if (headline != null) {
      collect(html, headline, page, out);
      headlineText = out.text();
      out.blockBreak();
    }
    collect(html, article, page, out);
    String text = out.text();
    if (headlineText == null) {
      Element h1 = article.selectFirst("h1");
      headlineText = h1 == null ? null : h1.text();
    }
    return new HtmlText(text, headlineText == null || headlineText.isEmpty() ? null : headlineText,
        out.starts(), out.ends(), html.length());
  }

  /**
   * True when {@code text} looks like an HTML page: after optional whitespace and byte order mark,
   * it starts with {@code <!DOCTYPE html} or {@code <html} (any case).
   */
  public static boolean looksLikeHtml(CharSequence text) {
    int i = 0;
    int n = Math.min(text.length(), DOCTYPE_PROBE);
    while (i < n && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
      i++;
    }
    String head = text.subSequence(i, Math.min(text.length(), i + 14)).toString().toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }

  private static void collect(String html, Element root, PageStructure page, TextBuilder out) {
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof CDataNode) {
          return FilterResult.SKIP_ENTIRELY; // a comment in HTML content, as browsers read it
        } else if (node instanceof TextNode t) {
          append(html, t, out);
        } else if (node instanceof Element e) {
          if (node != root && (PageStructure.isNotText(e) || page.isBoilerplate(e))) {
            return FilterResult.SKIP_ENTIRELY;
          }
          boundary(e, out);
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) {
          boundary(e, out);
        }
        return FilterResult.CONTINUE;
      }
    }, root);
  }

  private static void boundary(Element e, TextBuilder out) {
    String tag = e.normalName();
    if (PARAGRAPH_BLOCKS.contains(tag)) {
      out.blockBreak();
    } else if (tag.equals("br")) {
      out.lineBreak();
    } else if (CELLS.contains(tag)) {
      out.space(e.sourceRange().isTracked() ? e.sourceRange().start().pos() : 0);
    }
  }

  private static void append(String html, TextNode node, TextBuilder out) {
    String decoded = node.getWholeText();
    if (decoded.isEmpty()) {
      return;
    }
    int[] starts = new int[decoded.length()];
    int[] ends = new int[decoded.length()];
    if (node.sourceRange().isTracked()) {
      SourceAligner.align(html, node.sourceRange().start().pos(),
          Math.min(html.length(), node.sourceRange().end().pos()), decoded, starts, ends);
    } else {
      // text the parser made up (none in practice): an empty span where it would be
      int at = node.parent() instanceof Element p && p.sourceRange().isTracked()
          ? p.sourceRange().end().pos() : 0;
      java.util.Arrays.fill(starts, at);
      java.util.Arrays.fill(ends, at);
    }
    out.appendText(decoded, starts, ends);
  }

  /** The extracted text: headline, then the article body, paragraphs separated by blank lines. */
  public String text() {
    return text;
  }

  /** The headline (the article's {@code h1}, or the one before it, or the page title), or null. */
  public String headline() {
    return headline;
  }

  /**
   * The span of the HTML source that {@code [start, end)} of {@link #text()} came from: from the
   * first character's source start to the last one's source end (a character reference counts
   * whole). An empty span maps to an empty span.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= start <= end <= text().length()}
   */
  public Span toSource(int start, int end) {
    Objects.checkFromToIndex(start, end, text.length());
    if (start == end) {
      int at = start < text.length() ? starts[start] : (start == 0 ? 0 : ends[start - 1]);
      return new Span(Math.min(at, sourceLength), Math.min(at, sourceLength));
    }
    return new Span(starts[start], Math.max(starts[start], ends[end - 1]));
  }

  /** {@link #toSource(int, int)} of a span. */
  public Span toSource(Span span) {
    return toSource(span.start(), span.end());
  }

  @Override
  public String toString() {
    return "HtmlText[" + text.length() + " chars from " + sourceLength + " chars of HTML]";
  }
}
