package dev.precis.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** What the command-line tests share: run a command line as the launcher does, keep what it printed. */
abstract class CommandTestBase {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  /** The command line under test: the whole program, unless a test narrows it to one command. */
  CommandLine commandLine() {
    return Main.commandLine();
  }

  /** Runs {@code args}; returns the exit status, with stdout in {@link #out}, stderr in {@link #err}. */
  int run(String... args) {
    CommandLine cl = commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  /** Forgets what was printed so far, before running another command in the same test. */
  void clearOutput() {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
  }
}
