package dev.precis.cli;

import dev.precis.ingest.IoReasons;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code precis}: the command line's entry point. */
@Command(
    name = "precis",
    mixinStandardHelpOptions = true,
    version = "precis 0.1.0",
    description = {
        "Summarizes clusters of news articles about one event into a few sentences,",
        "each cited to the articles it came from.",
        "",
        "Examples:",
        "  precis summarize examples/iraq-withdrawal-letter",
        "  precis summarize clusters.jsonl.gz --format json --out summaries.jsonl",
        "  precis eval dev.jsonl.gz --method lead,centroid,learned",
        "  precis serve --port 8080",
        "  precis summarize --help"},
    footer = {"", Main.EXIT_CODES},
    subcommands = {SummarizeCommand.class, EvalCommand.class, TrainCommand.class, ExtractCommand.class,
        EvalExtractionCommand.class, EventsCommand.class, EvalEventsCommand.class,
        ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main {
  /** Exit code when some input was reported and skipped, or came out empty, but the rest was done. */
  public static final int SKIPPED = 1;
  /** Exit code for a wrong command line. */
  public static final int USAGE = 2;
  /** Exit code when the run could not finish (output not written, out of memory), or ./precis could not build. */
  public static final int FAILED = 3;

  /** The exit codes, as every command's --help states them. */
  static final String EXIT_CODES = "Exit status: 0 all input used; 1 some input was bad or gave"
      + " nothing, each case reported on stderr, the rest done; 2 wrong command line, nothing done;"
      + " 3 the run could not finish (an output could not be written, out of memory, or the"
      + " launcher could not build the program), said on stderr.";

  public static void main(String[] args) {
    CommandLine cl = commandLine();
    cl.setOut(StdoutWriter.open());
    System.exit(execute(cl, args));
  }

  /** Runs {@code args} on {@code cl}, mapping an out-of-memory error to one line with the fix. */
  static int execute(CommandLine cl, String... args) {
    try {
      return cl.execute(args);
    } catch (Error e) {
      if (outOfMemory(e)) return outOfMemory(cl.getErr());
      throw e;
    }
  }

  /**
   * Whether {@code e} is, or was caused by, running out of memory: also when it struck a class's
   * static initializer, which leaves only its name in the message of the error that follows.
   */
  private static boolean outOfMemory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OutOfMemoryError || String.valueOf(t.getMessage()).contains("OutOfMemoryError")) {
        return true;
      }
    }
    return false;
  }

  private static int outOfMemory(PrintWriter err) {
    long mb = Runtime.getRuntime().maxMemory() >> 20;
    err.println("precis: out of memory (the Java heap is " + mb + " MB); give it more, e.g."
        + " PRECIS_JAVA_OPTS=-Xmx" + Math.max(2, 2 * ((mb + 1023) / 1024)) + "g ./precis ...,"
        + " or use fewer --threads");
    err.flush();
    return FAILED;
  }

  /** The command line with Precis's error handling, for {@link #main} and for tests. */
  public static CommandLine commandLine() {
    return handled(new CommandLine(new Main()));
  }

  /** {@code cl} with Precis's help layout, error messages and exit codes. */
  static CommandLine handled(CommandLine cl) {
    // Prose in --help is one string a paragraph, wrapped at the terminal's width (80 columns when
    // it is not a terminal); examples are lines of their own, each under 80 columns.
    cl.setUsageHelpAutoWidth(true);
    // An option whose default is an enum constant (--order) shows it by its command-line name.
    cl.setDefaultValueProvider(arg -> arg.initialValue() instanceof Enum<?> e ? EnumNames.lowerCase(e) : null);
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      PrintWriter err = line.getErr();
      Throwable cause = e;
      if (e instanceof UncheckedIOException u) cause = u.getCause();
      if (cause instanceof IllegalArgumentException) {
        err.println("precis: " + cause.getMessage());
        return USAGE;
      }
      if (cause instanceof Output.OutputFailed) {
        err.println("precis: " + cause.getMessage());
        return FAILED;
      }
      if (cause instanceof IOException io) {
        err.println("precis: input/output failed: " + IoReasons.of(io)
            + (io.getMessage() == null ? "" : " (" + io.getMessage() + ")"));
        return FAILED;
      }
      err.println("precis: internal error, please report it with the command line: " + e);
      return FAILED;
    });
    return cl;
  }
}
