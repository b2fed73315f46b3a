package org.isnad.ner.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.isnad.core.Token;
import org.isnad.core.TokenType;
import org.isnad.core.Tokenizer;
import org.isnad.ner.EntityType;
import org.isnad.ner.rules.NormalizedTokens;

/**
 * A curated table of well-known entities and their names: داعش = تنظيم الدولة = الدولة الإسلامية
 * = تنظيم الدولة الإسلامية; قسد = قوات سوريا الديمقراطية; الولايات المتحدة = أمريكا (but not واشنطن,
 * the city, which is an entity of its own) …
 *
 * <p>{@link #defaults()} reads the bundled {@code org/isnad/ner/aliases.tsv}; its header documents
 * the format (key, type, canonical name, {@code |}-separated aliases, tab-separated) and the names
 * left out because they are ambiguous. Users extend it with {@link #with(AliasTable)} or {@link
 * #with(Entry...)} and tables read by {@link #load(Reader)}: on a name claimed by two entries, or a
 * key given twice, the later one wins.
 *
 * <p>Names are compared by their {@link org.isnad.core.Normalizer#SEARCH} token forms joined by
 * single spaces, so hamza, alef maksura, teh marbuta, diacritic, tatweel and spacing variants match
 * without entries of their own; {@link #lookup(String)} also tries the name with the glued
 * proclitics (و ف ب ل ك) of its first word removed. Immutable and thread-safe.
 */
public final class AliasTable {

  /** Resource path of the bundled table. */
  public static final String RESOURCE = "/org/isnad/ner/aliases.tsv";

  private static final Tokenizer TOKENIZER = new Tokenizer();
  private static final char COMMENT = '#';
  private static final String ALIAS_SEPARATOR = "\\|";
  private static final int COLUMNS = 4;

  private static final class Defaults {
    static final AliasTable TABLE = readResource();
  }

  /**
   * One entity of the table.
   *
   * @param key       stable identifier, comparable across documents (e.g. {@code org:isis})
   * @param type      the entity type
   * @param canonical the usual full name
   * @param aliases   the other names (the canonical name is always matched too)
   */
  public record Entry(String key, EntityType type, String canonical, List<String> aliases) {
    /**
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the key or canonical name is blank or contains a tab or
     *     line break, or an alias is blank
     */
    public Entry {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(canonical, "canonical");
      Objects.requireNonNull(aliases, "aliases");
      if (key.isBlank() || canonical.isBlank() || hasSeparator(key) || hasSeparator(canonical)) {
        throw new IllegalArgumentException("bad alias entry key/canonical: '" + key + "' / '" + canonical + "'");
      }
      for (String a : aliases) {
        if (a == null || a.isBlank()) {
          throw new IllegalArgumentException("blank alias in entry " + key);
        }
      }
      aliases = List.copyOf(aliases);
    }

    /** An entry from its parts. */
    public static Entry of(String key, EntityType type, String canonical, String... aliases) {
      return new Entry(key, type, canonical, List.of(aliases));
    }

    /** The canonical name followed by the aliases. */
    public List<String> names() {
      List<String> all = new ArrayList<>(aliases.size() + 1);
      all.add(canonical);
      all.addAll(aliases);
      return all;
    }

    private static boolean hasSeparator(String s) {
      return s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    }
  }

  private static final AliasTable EMPTY = new AliasTable(new LinkedHashMap<>());

  /** Entries by key, in insertion order. */
  private final Map<String, Entry> byKey;
  /** Entries by the matching form of each of their names. */
  private final Map<String, Entry> byForm;
  /** Matching forms as token arrays, by first token, longest first. */
  private final Map<String, List<String[]>> byFirstToken;
  private final int maxTokens;

  private AliasTable(LinkedHashMap<String, Entry> entries) {
    this.byKey = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    Map<String, Entry> forms = new HashMap<>();
    for (Entry e : entries.values()) {
      for (String name : e.names()) {
        String f = form(name);
        if (!f.isEmpty()) {
          forms.put(f, e); // later entries win
        }
      }
    }
    Map<String, List<String[]>> first = new HashMap<>();
    int max = 0;
    for (String f : forms.keySet()) {
      String[] tokens = f.split(" ");
      first.computeIfAbsent(tokens[0], k -> new ArrayList<>()).add(tokens);
      max = Math.max(max, tokens.length);
    }
    for (List<String[]> l : first.values()) {
      l.sort((a, b) -> b.length - a.length);
    }
    Map<String, List<String[]>> frozen = new HashMap<>();
    first.forEach((k, l) -> frozen.put(k, List.copyOf(l)));
    this.byForm = Map.copyOf(forms);
    this.byFirstToken = Map.copyOf(frozen);
    this.maxTokens = max;
  }

  /** The bundled table ({@value #RESOURCE}). */
  public static AliasTable defaults() {
    return Defaults.TABLE;
  }

  /** A table without entries. */
  public static AliasTable empty() {
    return EMPTY;
  }

  /**
   * Reads a table in the {@code aliases.tsv} format.
   *
   * @throws IOException if reading fails
   * @throws IllegalArgumentException for a malformed line (the message gives its number)
   * @throws NullPointerException if {@code reader} is null
   */
  public static AliasTable load(Reader reader) throws IOException {
    Objects.requireNonNull(reader, "reader");
    LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();
    BufferedReader r = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    int lineNo = 0;
    for (String line; (line = r.readLine()) != null; ) {
      lineNo++;
      if (line.isBlank() || line.strip().charAt(0) == COMMENT) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < COLUMNS - 1 || cols.length > COLUMNS) {
        throw new IllegalArgumentException("alias table line " + lineNo + ": expected " + COLUMNS
            + " tab-separated columns, found " + cols.length);
      }
      EntityType type;
      try {
        type = EntityType.fromLabel(cols[1].strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("alias table line " + lineNo + ": " + e.getMessage(), e);
      }
      List<String> aliases = new ArrayList<>();
      if (cols.length == COLUMNS) {
        for (String a : cols[3].split(ALIAS_SEPARATOR)) {
          if (!a.isBlank()) {
            aliases.add(a.strip());
          }
        }
      }
      try {
        Entry e = new Entry(cols[0].strip(), type, cols[2].strip(), aliases);
        entries.remove(e.key());
        entries.put(e.key(), e);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("alias table line " + lineNo + ": " + e.getMessage(), e);
      }
    }
    return new AliasTable(entries);
  }

  /**
   * Reads a UTF-8 table from a stream (not closed).
   *
   * @throws IOException if reading fails
   * @throws IllegalArgumentException for a malformed line
   */
  public static AliasTable load(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    return load(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /**
   * Reads a UTF-8 table from a file.
   *
   * @throws IOException if reading fails
   * @throws IllegalArgumentException for a malformed line
   */
  public static AliasTable load(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return load(r);
    }
  }

  /** This table plus {@code entries}; theirs win on a shared key or name. */
  public AliasTable with(Entry... entries) {
    Objects.requireNonNull(entries, "entries");
    LinkedHashMap<String, Entry> all = new LinkedHashMap<>(byKey);
    for (Entry e : entries) {
      Objects.requireNonNull(e, "entry");
      all.remove(e.key());
      all.put(e.key(), e);
    }
    return new AliasTable(all);
  }

  /** This table plus the entries of {@code other}; other's win on a shared key or name. */
  public AliasTable with(AliasTable other) {
    Objects.requireNonNull(other, "other");
    return with(other.byKey.values().toArray(new Entry[0]));
  }

  /** All entries in table order (unmodifiable). */
  public List<Entry> entries() {
    return List.copyOf(byKey.values());
  }

  /** The entry with this key. */
  public Optional<Entry> entry(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /**
   * The entry one of whose names is {@code name}, compared by matching form, first as written,
   * then without the glued proclitics of its first word.
   *
   * @throws NullPointerException if {@code name} is null
   */
  public Optional<Entry> lookup(String name) {
    Objects.requireNonNull(name, "name");
    NormalizedTokens v = new NormalizedTokens(name, TOKENIZER.tokenize(name));
    int first = 0;
    while (first < v.size() && !isNameToken(v.token(first))) {
      first++;
    }
    if (first == v.size()) {
      return Optional.empty();
    }
    StringBuilder rest = new StringBuilder();
    for (int i = first + 1; i < v.size(); i++) {
      if (isNameToken(v.token(i))) {
        rest.append(' ').append(v.form(i));
      }
    }
    Entry e = byForm.get(v.form(first) + rest);
    for (int k = 0; e == null && k < v.bareCount(first); k++) {
      e = byForm.get(v.bare(first, k) + rest);
    }
    return Optional.ofNullable(e);
  }

  /** The entry for an exact matching form (tokens joined by single spaces). */
  Entry byForm(String form) {
    return byForm.get(form);
  }

  /** Matching forms, as token arrays longest first, whose first token is {@code first}. */
  List<String[]> formsStartingWith(String first) {
    return byFirstToken.getOrDefault(first, List.of());
  }

  /** Tokens in the longest name. */
  int maxTokens() {
    return maxTokens;
  }

  /** Number of entries. */
  public int size() {
    return byKey.size();
  }

  /** The matching form of a name: SEARCH forms of its word tokens joined by single spaces. */
  static String form(String name) {
    List<Token> tokens = TOKENIZER.tokenize(name);
    NormalizedTokens v = new NormalizedTokens(name, tokens);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < v.size(); i++) {
      if (isNameToken(v.token(i))) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(v.form(i));
      }
    }
    return sb.toString();
  }

  static boolean isNameToken(Token t) {
    return t.type() == TokenType.WORD || t.type() == TokenType.LATIN || t.type() == TokenType.NUMBER;
  }

  private static AliasTable readResource() {
    try (InputStream in = AliasTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  @Override
  public String toString() {
    return "AliasTable[" + byKey.size() + " entries]";
  }
}
