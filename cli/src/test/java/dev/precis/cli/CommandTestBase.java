package dev.precis.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** What the command-line tests share: run a command line as the launcher does, keep what it printed. */
abstract class CommandTestBase {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  /** What '-' reads, when a test sets it. */
  byte[] stdin;

  /** The command line under test: the whole program, unless a test narrows it to one command. */
  CommandLine commandLine() {
    return Main.commandLine();
  }

  /** Runs {@code args}; returns the exit status, with stdout in {@link #out}, stderr in {@link #err}. */
  int run(String... args) {
    CommandLine cl = commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    if (stdin != null && cl.getSubcommands().containsKey("summarize")) {
      ((SummarizeCommand) cl.getSubcommands().get("summarize").getCommand()).stdin =
          new java.io.ByteArrayInputStream(stdin);
    }
    return Main.execute(cl, args);
  }

  /** Forgets what was printed so far, before running another command in the same test. */
  void clearOutput() {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
  }
}
