package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every subcommand answers {@code -h}/{@code --help}, and README's command table lists each one. */
class HelpTest {
  private static Set<String> subcommands() {
    return new CommandLine(Main.class).getSubcommands().keySet();
  }

  private static String[] run(String... args) {
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
    return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void everySubcommandPrintsItsUsageForShortAndLongHelp() {
    assertTrue(subcommands().size() >= 8, subcommands().toString());
    for (String name : subcommands()) {
      for (String flag : new String[] {"-h", "--help"}) {
        String[] r = run(name, flag);
        assertEquals("0", r[0], name + " " + flag + ": " + r[2]);
        assertTrue(r[1].startsWith("Usage: isnad " + name), name + " " + flag + ": " + r[1]);
        assertTrue(r[1].contains("-h, --help"), r[1]);
        assertEquals("", r[2], name + " " + flag);
      }
    }
  }

  @Test
  void subcommandsAnswerVersion() {
    String[] r = run("quotes", "--version");
    assertEquals("0", r[0]);
    assertEquals("isnad 0.1.0", r[1].strip());
  }

  @Test
  void readmeCommandTableListsEverySubcommand() throws Exception {
    Path readme = Path.of(System.getProperty("isnad.seeds", "../seeds")).getParent().resolve("README.md");
    String text = Files.readString(readme);
    for (String name : subcommands()) {
      assertTrue(text.contains("| `isnad " + name + " ") || text.contains("| `isnad " + name + "`"),
          "README's command table has a row for " + name);
    }
  }
}
