package dev.precis.cli;

import dev.precis.model.Problem;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Where a command reports bad input: one line each on stderr ("place: reason"), safe to call
 * from worker threads, counted so the command can exit with {@link Main#SKIPPED}.
 */
final class ProblemLog implements Consumer<Problem> {
  private final PrintWriter err;
  private final AtomicInteger count = new AtomicInteger();

  ProblemLog(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void accept(Problem p) {
    count.incrementAndGet();
    synchronized (err) {
      err.println(p);
      err.flush();
    }
  }

  /** How many problems were reported. */
  int count() {
    return count.get();
  }

  /** 0 when nothing was reported, else {@link Main#SKIPPED}. */
  int exitCode() {
    return count.get() == 0 ? 0 : Main.SKIPPED;
  }
}
