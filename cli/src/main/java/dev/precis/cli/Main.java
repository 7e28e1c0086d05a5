package dev.precis.cli;

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
    subcommands = {SummarizeCommand.class, EvalCommand.class, TrainCommand.class, ExtractCommand.class,
        EvalExtractionCommand.class, EventsCommand.class, EvalEventsCommand.class,
        ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main {
  /** Exit code when some input was reported and skipped but the rest was done. */
  public static final int SKIPPED = 1;
  /** Exit code for a wrong command line. */
  public static final int USAGE = 2;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with Precis's error handling, for {@link #main} and for tests. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    // Prose in --help is one string a paragraph, wrapped at the terminal's width (80 columns when
    // it is not a terminal); examples are lines of their own, each under 80 columns.
    cl.setUsageHelpAutoWidth(true);
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      if (e instanceof IllegalArgumentException) {
        line.getErr().println("precis: " + e.getMessage());
        return USAGE;
      }
      if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
        line.getErr().println("precis: input/output failed: " + e.getMessage());
        return 3;
      }
      line.getErr().println("precis: " + e);
      return 3;
    });
    return cl;
  }
}
