package org.isnad.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code isnad} command. Exit codes: 0 success; 1 when an input could not be processed (the
 * other inputs are still processed), and with {@code analyze --jsonl} when any line gave an error
 * record (a summary line on standard error says how many and which came first); 2 for a usage
 * error.
 */
@Command(name = "isnad", mixinStandardHelpOptions = true, version = "isnad 0.1.0",
    description = "Arabic news text: normalization, tokens, entities and attributed quotes.",
    subcommands = {NormalizeCommand.class, TokenizeCommand.class, EntitiesCommand.class,
        NerCommand.class, EvalNerCommand.class, EvalQuotesCommand.class, QuotesCommand.class, ClaimsCommand.class, AnalyzeCommand.class,
        HtmlCommand.class, ServeCommand.class})
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code. */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    // -h/--help and -V/--version on every subcommand, those added later included
    cl.getSubcommands().values().forEach(sub -> sub.getCommandSpec().mixinStandardHelpOptions(true)
        .version(cl.getCommandSpec().version()));
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("isnad: " + e.getMessage());
      return DocumentCommand.INPUT_ERROR;
    });
    cl.setErr(new PrintWriter(System.err, true));
    return cl.execute(args);
  }
}
