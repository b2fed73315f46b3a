package org.isnad.views;

import java.util.Objects;
import org.isnad.claims.Analysis;

/**
 * One analysed article of an index page: its name (the page is {@code name + ".html"} next to the
 * index) and its analysis.
 *
 * @param name     the article's name, also the document id its claims use
 * @param analysis what {@link org.isnad.claims.Isnad#analyze(String)} found in it
 */
public record Article(String name, Analysis analysis) {
  /** @throws NullPointerException if a component is null */
  public Article {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(analysis, "analysis");
  }

  /** The relative link to this article's page, percent-encoded ({@code 000_c7.html}). */
  public String href() {
    return Html.pathSegment(name + ".html");
  }
}
