package dev.precis.ingest;

import dev.precis.model.Problem;
import java.util.function.Consumer;

/**
 * Passes on at most {@value #SHOWN} problems of one input file, then counts the rest, so that a
 * binary file or a file of another format read as JSON lines gives a few lines and a count, not one
 * line per line of the file. {@link #close} reports the count, once.
 */
public final class ProblemCap implements Consumer<Problem>, AutoCloseable {
  /** Problems of one file shown before the rest are only counted. */
  public static final int SHOWN = 20;

  private final String file;
  private final Consumer<Problem> problems;
  private long count;
  private boolean closed;

  public ProblemCap(String file, Consumer<Problem> problems) {
    this.file = file;
    this.problems = problems;
  }

  @Override
  public void accept(Problem p) {
    if (++count <= SHOWN) problems.accept(p);
  }

  /** Reports how many problems were not shown, if any. */
  @Override
  public void close() {
    if (closed) return;
    closed = true;
    if (count > SHOWN) {
      problems.accept(new Problem(file, (count - SHOWN) + " more problems like those above were not"
          + " shown (" + count + " in all; the first " + SHOWN + " are listed)"));
    }
  }
}
