package dev.precis.server;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Answers made once per version of the store: the JSON bytes of a page, by the request that asks
 * for it, kept until the store's version moves. A reader that comes after a write (a posted
 * article acknowledged, a summary saved) gets a page made after it; readers that come while a page
 * is being made wait for that one instead of each making their own, so a burst of readers after a
 * write costs one query. Readers share no lock with the writer: a page is made from the store's
 * committed state through the pool.
 *
 * <p>Holds at most {@code capacity} pages; past it, pages of older versions are dropped first.
 */
final class PageCache {
  private final LongSupplier version;
  private final int capacity;
  private final ConcurrentHashMap<String, Entry> pages = new ConcurrentHashMap<>();

  /** A page made as of {@code version} (or later), done or being made. */
  private record Entry(long version, CompletableFuture<byte[]> bytes) {}

  PageCache(LongSupplier version, int capacity) {
    if (capacity < 1) throw new IllegalArgumentException("capacity: must be at least 1, got " + capacity);
    this.version = version;
    this.capacity = capacity;
  }

  /**
   * The page of {@code key} as of the store's version now or later: the kept one if it is that
   * recent, else the one {@code make} makes now (one caller makes it, the others wait for it).
   * What {@code make} throws reaches every caller waiting for it, and nothing is kept.
   */
  byte[] page(String key, Supplier<byte[]> make) {
    long now = version.getAsLong();
    Entry e = pages.get(key);
    if (e == null || e.version() < now) {
      Entry mine = new Entry(now, new CompletableFuture<>());
      e = pages.compute(key, (k, old) -> old == null || old.version() < now ? mine : old);
      if (e == mine) {
        if (pages.size() > capacity) trim(now);
        try {
          mine.bytes().complete(make.get());
        } catch (RuntimeException | Error x) {
          pages.remove(key, mine);
          mine.bytes().completeExceptionally(x);
          throw x;
        }
      }
    }
    try {
      return e.bytes().join();
    } catch (CompletionException x) {
      if (x.getCause() instanceof RuntimeException r) throw r;
      if (x.getCause() instanceof Error r) throw r;
      throw x;
    }
  }

  /** Drops the pages older than {@code now}; all of them if that is not enough. */
  private void trim(long now) {
    pages.values().removeIf(p -> p.version() < now && p.bytes().isDone());
    if (pages.size() > capacity) pages.clear();
  }

  /** The number of pages kept (for tests). */
  int size() {
    return pages.size();
  }
}
