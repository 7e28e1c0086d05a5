package dev.precis;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps a stream of inputs on several threads and delivers the results in input order, holding at
 * most a small window of inputs in flight: memory stays flat however long the stream is.
 */
public final class OrderedParallelMap<T, R> {
  private final int threads;
  private final Function<T, R> function;

  public OrderedParallelMap(int threads, Function<T, R> function) {
    if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    this.threads = threads;
    this.function = function;
  }

  /**
   * Applies the function to each input and gives the results to {@code results} in input order,
   * on the calling thread. A function that throws stops the run with that exception.
   */
  public void run(Iterator<T> inputs, Consumer<R> results) {
    if (threads == 1) {
      while (inputs.hasNext()) results.accept(function.apply(inputs.next()));
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "precis-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<R>> window = new ArrayDeque<>();
      while (inputs.hasNext()) {
        T input = inputs.next();
        window.add(pool.submit(() -> function.apply(input)));
        if (window.size() >= threads * 2) results.accept(take(window.poll()));
      }
      while (!window.isEmpty()) results.accept(take(window.poll()));
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R take(Future<R> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) throw re;
      if (e.getCause() instanceof Error err) throw err;
      throw new IllegalStateException(e.getCause());
    }
  }
}
