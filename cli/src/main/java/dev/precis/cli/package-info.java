/**
 * The {@code precis} command line: one thin picocli command per subcommand, each calling the
 * core library. Problems with the input are reported one line each on stderr; the exit code says
 * whether anything was skipped (0 none, 1 some, 2 wrong usage).
 */
package dev.precis.cli;
