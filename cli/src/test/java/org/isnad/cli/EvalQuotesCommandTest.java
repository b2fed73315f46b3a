package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalQuotesCommandTest {
  private static final String TEXT = "قال المدير العام كمال ناصر إن المصنع سيفتح أبوابه في الربيع. وأضاف أن العمال سيعودون.";

  @TempDir Path tmp;

  record Out(int code, String out, String err) {}

  private static Out run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    int code;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = Main.run(args);
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
    return new Out(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String span(String part) {
    int i = TEXT.indexOf(part);
    return "[" + i + ", " + (i + part.length()) + "]";
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(tmp.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void scoresAndListsFindings() throws IOException {
    Path articles = write("a.jsonl", "{\"id\":\"a1\",\"text\":\"" + TEXT + "\"}\n");
    Path gold = write("g.jsonl", "{\"id\":\"a1\",\"quotes\":["
        + "{\"kind\":\"INDIRECT\",\"cue\":" + span("قال") + ",\"speaker_mention\":" + span("المدير العام كمال ناصر")
        + ",\"speaker_entity\":" + span("كمال ناصر") + ",\"content\":" + span("المصنع سيفتح أبوابه في الربيع") + "},"
        + "{\"kind\":\"DIRECT\",\"cue\":" + span("قال") + ",\"speaker_mention\":null"
        + ",\"speaker_entity\":" + span("كمال ناصر") + ",\"content\":" + span("الربيع. وأضاف") + "}]}\n");
    Out r = run("eval-quotes", articles.toString(), gold.toString(), "--list");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("MISSED a1 DIRECT want=كمال ناصر (verb)"), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("overall ") && l.contains(" 2 ")), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("carried by the verb")), r.out());
  }

  @Test
  void badInputIsOneLineAndExitOne() throws IOException {
    Path articles = write("a.jsonl", "{\"id\":\"a1\",\"text\":\"" + TEXT + "\"}\n");
    Path broken = write("g.jsonl", "{\"id\":\"a1\",\"quotes\":[{\"kind\":\"INDIRECT\",\"cue\":[3,1]}]}\n");
    Out r = run("eval-quotes", articles.toString(), broken.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("isnad: ") && r.err().strip().lines().count() == 1, r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    Out missing = run("eval-quotes", articles.toString(), tmp.resolve("none.jsonl").toString());
    assertEquals(1, missing.code());
    assertTrue(missing.err().contains("no such file"), missing.err());
    Path orphan = write("o.jsonl", "{\"id\":\"zz\",\"quotes\":[]}\n");
    assertEquals(1, run("eval-quotes", articles.toString(), orphan.toString()).code());
  }
}
