package org.isnad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.isnad.claims.Analysis;
import org.isnad.claims.Isnad;
import org.isnad.claims.Quote;
import org.isnad.views.Article;
import org.isnad.views.ArticlePage;
import org.isnad.views.IndexPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code isnad html FILE… --out DIR}: writes {@code DIR/NAME.html} for each input (NAME = the file
 * name without {@code .txt}; standard input is {@code stdin}) and {@code DIR/index.html}. Two
 * inputs with the same NAME (or one named {@code index}) get {@code NAME-2}, {@code NAME-3} …, said
 * on standard error. A bad input gets a one-line error and exit code 1; the others are still
 * written, and so is the index. Prints one JSON line per page written: {@code {"document":FILE,
 * "page":PATH}}, and last {@code {"index":PATH}}.
 */
@Command(name = "html", description = "Right-to-left HTML view of each article (entities, quotes, "
    + "cues, speakers) and an index of speakers and shared claims.")
final class HtmlCommand implements Callable<Integer> {
  private static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
  private static final String INDEX = "index";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "UTF-8 text files; - reads standard input.")
  List<String> files;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Directory to write the pages to (created if missing).")
  Path out;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + DEFAULT_MAX_BYTES,
      description = "Largest input accepted, in bytes (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(names = "--html", description = "Read every input as a web page (also chosen by a .html/.htm name or a leading <!DOCTYPE or <html>): the view shows the article text extracted from it.")
  boolean html;

  InputStream stdin = System.in;
  PrintStream stdout = System.out;
  PrintStream stderr = System.err;

  @Override
  public Integer call() {
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      stderr.println("isnad: " + out + ": cannot create the output directory: " + e.getMessage());
      return DocumentCommand.INPUT_ERROR;
    }
    Isnad isnad = Pipeline.isnad();
    boolean failed = false;
    List<Article> articles = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    taken.add(INDEX);
    for (String file : files) {
      Inputs.Document document;
      try {
        document = Inputs.read(file, maxBytes, stdin);
      } catch (InputException e) {
        stderr.println("isnad: " + file + ": " + e.getMessage());
        failed = true;
        continue;
      }
      if (HtmlInput.isHtml(html ? HtmlInput.Format.html : HtmlInput.Format.auto, file, document.text())) {
        document = document.asHtml();
      }
      String text = document.text();
      String name = unique(pageName(file), taken, file);
      Analysis analysis = isnad.analyze(text);
      failed |= !write(name, ArticlePage.render(name, analysis), "document", file);
      articles.add(new Article(name, analysis));
    }
    Map<String, List<Quote>> quotes = new LinkedHashMap<>();
    for (Article a : articles) {
      quotes.put(a.name(), a.analysis().quotes());
    }
    failed |= !write(INDEX, IndexPage.render(articles, isnad.claims(quotes)), null, null);
    return failed ? DocumentCommand.INPUT_ERROR : 0;
  }

  /** The file name without its directory and a trailing {@code .txt}; {@code stdin} for {@code -}. */
  static String pageName(String file) {
    if ("-".equals(file)) {
      return "stdin";
    }
    Path fileName = Path.of(file).getFileName();
    String name = fileName == null ? file : fileName.toString();
    if (name.toLowerCase(Locale.ROOT).endsWith(".txt") && name.length() > 4) {
      name = name.substring(0, name.length() - 4);
    }
    return name;
  }

  private String unique(String name, Set<String> taken, String file) {
    String chosen = name;
    for (int i = 2; !taken.add(chosen.toLowerCase(Locale.ROOT)); i++) {
      chosen = name + "-" + i;
    }
    if (!chosen.equals(name)) {
      stderr.println("isnad: " + file + ": page name " + name + " is taken, written as " + chosen + ".html");
    }
    return chosen;
  }

  private boolean write(String name, String page, String field, String value) {
    Path path = out.resolve(name + ".html");
    try {
      Files.writeString(path, page, StandardCharsets.UTF_8);
      ObjectNode line = MAPPER.createObjectNode();
      if (field != null) {
        line.put(field, value).put("page", path.toString());
      } else {
        line.put("index", path.toString());
      }
      stdout.println(MAPPER.writeValueAsString(line));
      return true;
    } catch (IOException e) {
      stderr.println("isnad: " + path + ": cannot write: " + e.getMessage());
      return false;
    }
  }
}
