package org.isnad.cli;

import static org.isnad.cli.CliTest.run;
import static org.isnad.cli.CliTest.seed;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerCommandsTest {
  /** Two CoNLL sentences with gold tags, each followed by a blank line. */
  private static final List<String> OBAMA = List.of("قال O", "الرئيس O", "الأمريكي O", "باراك B-PERS",
      "أوباما I-PERS", "في O", "واشنطن B-LOC", "", "وزار O", "بغداد B-LOC", "أمس O", "");

  @TempDir Path tmp;

  @Test
  void entitiesGivesCanonicalEntitiesWithTitlesAndAnnotations() throws IOException {
    String file = seed("000_c76431b2828d011e.txt");
    CliTest.Run r = run("entities", file);
    assertEquals(0, r.code(), r.err());
    JsonNode doc = r.out().get(0);
    String text = Files.readString(Path.of(file));
    JsonNode dillon = null;
    for (JsonNode e : doc.get("entities")) {
      for (JsonNode m : e.get("mentions")) {
        assertEquals(m.get("text").asText(), text.substring(m.get("start").asInt(), m.get("end").asInt()));
      }
      if (e.get("canonical").asText().equals("ريان ديلون")) {
        dillon = e;
      }
    }
    assertNotNull(dillon, "Ryan Dillon is an entity");
    assertEquals("PERSON", dillon.get("type").asText());
    assertEquals("العقيد", dillon.get("title").asText());
    JsonNode first = dillon.get("mentions").get(0);
    assertEquals("العقيد ريان ديلون", first.get("text").asText());
    assertEquals(573, first.get("start").asInt());
    assertEquals(590, first.get("end").asInt());
    assertTrue(dillon.get("mentions").size() >= 2, "the later surname-only mention links to him");
    boolean friday = false;
    for (JsonNode a : doc.get("annotations")) {
      friday |= a.get("type").asText().equals("DATE") && a.get("text").asText().equals("اليوم الجمعة");
    }
    assertTrue(friday);
  }

  private static String stdout(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream old = System.out;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      assertEquals(0, Main.run(args));
    } finally {
      System.setOut(old);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void nerConllAppendsATagAndKeepsEveryLine() throws IOException {
    Path in = tmp.resolve("in.conll");
    List<String> lines = OBAMA;
    Files.write(in, lines, StandardCharsets.UTF_8);
    String[] out = stdout("ner", "--conll", in.toString()).split("\n", -1);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isEmpty()) {
        assertEquals("", out[i]);
      } else {
        assertTrue(out[i].startsWith(lines.get(i) + " "), out[i]);
        String tag = out[i].substring(lines.get(i).length() + 1);
        assertTrue(tag.equals("O") || tag.matches("[BI]-(PERS|ORG|LOC|MISC)"), tag);
      }
    }
    Path tagged = tmp.resolve("tagged.conll");
    Files.writeString(tagged, String.join("\n", out), StandardCharsets.UTF_8);
    JsonNode score = CliTest.MAPPER.readTree(stdout("eval-ner", tagged.toString()));
    assertEquals(10, score.get("tokens").asInt());
    assertEquals(3, score.get("micro").get("gold").asInt());
  }

  @Test
  void evalNerFollowsConllevalSemantics() throws IOException {
    Path f = tmp.resolve("scored.conll");
    // gold: PERS(0-1), LOC(3); predicted: PERS(0) only partially, I-LOC after O starts a LOC chunk at 3
    Files.write(f, List.of("a B-PERS B-PERS", "b I-PERS O", "c O O", "d B-LOC I-LOC", "", "e B-ORG B-ORG"),
        StandardCharsets.UTF_8);
    JsonNode score = CliTest.MAPPER.readTree(stdout("eval-ner", f.toString()));
    JsonNode micro = score.get("micro");
    assertEquals(3, micro.get("gold").asInt());
    assertEquals(3, micro.get("predicted").asInt());
    assertEquals(2, micro.get("correct").asInt()); // LOC (I- after O) and ORG; PERS has the wrong span
    assertEquals(66.67, micro.get("f1").asDouble(), 0.01);
    assertEquals(0.0, score.get("types").get("PERS").get("f1").asDouble(), 1e-9);
    assertEquals(100.0, score.get("types").get("LOC").get("f1").asDouble(), 1e-9);
    String text = stdout("eval-ner", "--text", f.toString());
    assertTrue(text.contains("FB1:  66.67"), text);
  }

  @Test
  void evalNerMissingFileIsAOneLineError() throws IOException {
    CliTest.Run r = run("eval-ner", tmp.resolve("nope.conll").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().strip().endsWith("nope.conll: no such file"), r.err());
  }

  @Test
  void nerConllKeepsLinesInOrderAcrossChunksOfSentences() throws IOException {
    Path in = tmp.resolve("many.conll");
    StringBuilder sb = new StringBuilder();
    int sentences = NerCommand.CONTEXT_SENTENCES * 2 + 37;
    for (int s = 0; s < sentences; s++) {
      sb.append("زار\tO\n").append("بغداد\tB-LOC\n").append(s % 7 == 0 ? "\n\n" : "\n");
    }
    Files.writeString(in, sb.toString(), StandardCharsets.UTF_8);
    String[] inLines = sb.toString().split("\n", -1);
    String[] out = stdout("ner", "--conll", in.toString()).split("\n", -1);
    assertEquals(inLines.length, out.length);
    org.isnad.ner.NamedEntityRecognizer ner = org.isnad.ner.NamedEntityRecognizer.getDefault();
    List<String> expected = ner.tag(List.of("زار", "بغداد"));
    for (int i = 0; i < inLines.length; i++) {
      if (inLines[i].isEmpty()) {
        assertEquals("", out[i]);
      } else {
        String word = inLines[i].split("\t")[0];
        assertEquals(inLines[i] + "\t" + expected.get(word.equals("زار") ? 0 : 1), out[i]);
      }
    }
  }

  @Test
  void contextualRecognizerOnTheCommandLine() throws IOException {
    Path in = tmp.resolve("in.conll");
    List<String> lines = OBAMA;
    Files.write(in, lines, StandardCharsets.UTF_8);
    String[] out = stdout("ner", "--conll", "--contextual", in.toString()).split("\n", -1);
    assertEquals("واشنطن B-LOC B-LOC", out[6]);
    assertEquals("باراك B-PERS B-PERS", out[3]);
    assertEquals("", out[7]);
    CliTest.Run r = run("entities", "--contextual", seed("000_c76431b2828d011e.txt"));
    assertEquals(0, r.code(), r.err());
    boolean dillon = false;
    for (JsonNode e : r.out().get(0).get("entities")) {
      dillon |= e.get("canonical").asText().equals("ريان ديلون") && e.get("type").asText().equals("PERSON");
    }
    assertTrue(dillon, "Ryan Dillon is found by the contextual recognizer too");
    CliTest.Run a = run("analyze", "--contextual", seed("000_c76431b2828d011e.txt"));
    assertEquals(0, a.code(), a.err());
    assertTrue(a.out().get(0).get("quotes").size() > 0);
    assertTrue(a.out().get(0).get("entities").size() > 0);
  }
}
