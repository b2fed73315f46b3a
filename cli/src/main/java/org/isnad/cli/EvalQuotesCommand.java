package org.isnad.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.isnad.claims.Isnad;
import org.isnad.claims.QuoteEvaluation;
import org.isnad.claims.QuoteEvaluation.Finding;
import org.isnad.claims.QuoteEvaluation.Reference;
import org.isnad.claims.QuoteKind;
import org.isnad.core.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code isnad eval-quotes ARTICLES.jsonl GOLD.jsonl [--list]}: analyses every article (one JSON
 * object a line: {@code id}, {@code text}) and scores its quotes against the reference quotes
 * (one article a line: {@code id}, {@code quotes} with {@code kind}, {@code cue}, {@code
 * speaker_mention}, {@code speaker_entity}, {@code content} as {@code [start, end]} offsets) with
 * {@link QuoteEvaluation}. Prints the table of figures; {@code --list} first prints every miss,
 * extra quote and wrong speaker with some context. An article without a reference line is
 * reported on standard error and not scored; a reference line without its article, a bad line or
 * an offset outside its text is an error (exit 1).
 */
@Command(name = "eval-quotes", description = "Score attributed quotes against reference quotes (JSON Lines).")
final class EvalQuotesCommand implements Callable<Integer> {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Parameters(index = "0", paramLabel = "ARTICLES", description = "JSON Lines: {\"id\",\"text\"} per article.")
  Path articles;

  @Parameters(index = "1", paramLabel = "GOLD", description = "JSON Lines: {\"id\",\"quotes\":[…]} per article.")
  Path gold;

  @Option(names = "--list", description = "Print each miss, extra quote and wrong speaker with context.")
  boolean list;

  @Option(names = "--contextual", description = "Find entities with the contextual recognizer.")
  boolean contextual;

  PrintStream out = System.out;
  PrintStream err = System.err;

  @Override
  public Integer call() throws Exception {
    Map<String, String> texts;
    Map<String, List<Reference>> references;
    try {
      texts = read(articles, (node, line) -> text(node, line));
      references = read(gold, EvalQuotesCommand::references);
    } catch (InputException e) {
      err.println("isnad: " + e.getMessage());
      return DocumentCommand.INPUT_ERROR;
    }
    for (String id : references.keySet()) {
      if (!texts.containsKey(id)) {
        err.println("isnad: " + gold + ": no article with id " + id + " in " + articles);
        return DocumentCommand.INPUT_ERROR;
      }
    }
    Isnad isnad = contextual ? Pipeline.contextual() : Pipeline.isnad();
    List<QuoteEvaluation.Document> documents = new ArrayList<>();
    for (Map.Entry<String, String> e : texts.entrySet()) {
      List<Reference> refs = references.get(e.getKey());
      if (refs == null) {
        err.println("isnad: " + articles + ": article " + e.getKey() + " has no reference line; not scored");
        continue;
      }
      for (Reference r : refs) {
        if (r.content().end() > e.getValue().length() || r.cue().end() > e.getValue().length()
            || (r.speakerEntity() != null && r.speakerEntity().end() > e.getValue().length())) {
          err.println("isnad: " + gold + ": " + e.getKey() + ": offset beyond the end of the text");
          return DocumentCommand.INPUT_ERROR;
        }
      }
      documents.add(QuoteEvaluation.Document.of(e.getKey(), isnad.analyze(e.getValue()), refs));
    }
    QuoteEvaluation.Result result = QuoteEvaluation.score(documents);
    if (list) {
      Map<String, String> byId = texts;
      for (Finding f : result.findings()) {
        out.println(f.describe(byId.get(f.documentId())));
      }
      out.println();
    }
    out.print(result.format());
    return 0;
  }

  private interface LineParser<T> {
    T parse(JsonNode node, String where) throws InputException;
  }

  private static <T> Map<String, T> read(Path file, LineParser<T> parser) throws InputException {
    if (!Files.isRegularFile(file)) {
      throw new InputException(file + ": " + (Files.isDirectory(file) ? "is a directory" : "no such file"));
    }
    Map<String, T> out = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        String where = file + ":" + n;
        JsonNode node;
        try {
          node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
          throw new InputException(where + ": not JSON: " + e.getOriginalMessage());
        }
        if (!node.isObject() || !node.path("id").isTextual()) {
          throw new InputException(where + ": not an object with a string id");
        }
        if (out.put(node.get("id").asText(), parser.parse(node, where)) != null) {
          throw new InputException(where + ": duplicate id " + node.get("id").asText());
        }
      }
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage());
    }
    return out;
  }

  private static String text(JsonNode node, String where) throws InputException {
    if (!node.path("text").isTextual()) {
      throw new InputException(where + ": no string text");
    }
    return node.get("text").asText();
  }

  /** The reference quotes of one line. */
  static List<Reference> references(JsonNode node, String where) throws InputException {
    JsonNode quotes = node.get("quotes");
    if (quotes == null || !quotes.isArray()) {
      throw new InputException(where + ": no quotes array");
    }
    List<Reference> out = new ArrayList<>();
    for (JsonNode q : quotes) {
      QuoteKind kind;
      try {
        kind = QuoteKind.valueOf(q.path("kind").asText());
      } catch (IllegalArgumentException e) {
        throw new InputException(where + ": unknown kind " + q.path("kind"));
      }
      out.add(new Reference(kind, span(q, "cue", where, true), span(q, "speaker_mention", where, false),
          span(q, "speaker_entity", where, false), span(q, "content", where, true)));
    }
    return out;
  }

  private static Span span(JsonNode q, String field, String where, boolean required) throws InputException {
    JsonNode s = q.get(field);
    if (s == null || s.isNull()) {
      if (required) {
        throw new InputException(where + ": quote without " + field);
      }
      return null;
    }
    if (!s.isArray() || s.size() != 2 || !s.get(0).canConvertToInt() || !s.get(1).canConvertToInt()
        || s.get(0).asInt() < 0 || s.get(1).asInt() < s.get(0).asInt()) {
      throw new InputException(where + ": " + field + " is not [start, end]");
    }
    return new Span(s.get(0).asInt(), s.get(1).asInt());
  }
}
