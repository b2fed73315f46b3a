package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles and runs the Java example of README.md, so the README cannot drift from the API. */
class ReadmeExampleTest {
  private static final String START = "```java\n";

  @TempDir Path tmp;

  static String example() throws Exception {
    Path readme = Path.of(System.getProperty("isnad.seeds", "../seeds")).getParent().resolve("README.md");
    String text = Files.readString(readme);
    int at = text.indexOf(START);
    assertTrue(at >= 0, "README.md has no ```java block");
    int from = at + START.length();
    return text.substring(from, text.indexOf("```", from));
  }

  @Test
  void readmeExampleCompilesAndRuns() throws Exception {
    String source = example();
    assertTrue(source.contains("public class Example"), "the example is a class named Example");
    Path file = tmp.resolve("Example.java");
    Files.writeString(file, source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "tests need a JDK");
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int rc = javac.run(null, null, diagnostics, "-classpath", System.getProperty("java.class.path"),
        "-d", tmp.toString(), file.toString());
    assertEquals(0, rc, diagnostics.toString(StandardCharsets.UTF_8));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream old = System.out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {tmp.toUri().toURL()}, getClass().getClassLoader())) {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      Method main = loader.loadClass("Example").getMethod("main", String[].class);
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(old);
    }
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertFalse(lines.isEmpty(), "the example prints its results");
    String expected = expectedOutput();
    assertEquals(expected.strip(), String.join("\n", lines).strip(), "README shows what the example prints");
  }

  /** The block right after the example, fenced as ```text, is what it prints. */
  static String expectedOutput() throws Exception {
    Path readme = Path.of(System.getProperty("isnad.seeds", "../seeds")).getParent().resolve("README.md");
    String text = Files.readString(readme);
    int code = text.indexOf(START);
    int at = text.indexOf("```text\n", text.indexOf("```", code + START.length()) + 3);
    assertTrue(at >= 0, "README.md shows the example's output in a ```text block after it");
    int from = at + "```text\n".length();
    return text.substring(from, text.indexOf("```", from));
  }
}
