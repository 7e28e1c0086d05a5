package dev.precis.server;

import dev.precis.Precis;
import dev.precis.SummaryRequest;
import dev.precis.model.Article;
import dev.precis.model.Cluster;
import dev.precis.model.Source;
import dev.precis.model.Summary;
import dev.precis.render.SummaryFormat;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refreshes events' summaries off the request path. An event that grew is queued once however
 * often it grows before its turn (a queued event is summarized with every article it has then);
 * the queue holds at most {@code capacity} events, and {@link #hasRoom()} tells the ingestion
 * when to answer 503 instead. Events left stale (the queue was full, or the process stopped) are
 * found in the store and queued again when the queue runs empty, and on start.
 */
public final class SummaryRefresher implements AutoCloseable {
  /** An event's summary reads at most its latest this many articles. */
  static final int MAX_ARTICLES = 100;

  private final EventStore store;
  private final Precis precis;
  private final SummaryRequest request;
  private final int capacity;
  private final ArrayDeque<String> queue = new ArrayDeque<>();
  private final Set<String> queued = new HashSet<>();
  private final List<Thread> workers = new ArrayList<>();
  private volatile boolean closed;
  private long refreshed;
  private long failed;

  public SummaryRefresher(EventStore store, Precis precis, SummaryRequest request, int capacity,
      int threads) {
    if (capacity < 1) throw new IllegalArgumentException("queue capacity must be at least 1, got " + capacity);
    this.store = store;
    this.precis = precis;
    this.request = request;
    this.capacity = capacity;
    for (int i = 0; i < threads; i++) {
      Thread t = new Thread(this::work, "precis-summaries-" + i);
      t.setDaemon(true);
      t.setPriority(Thread.NORM_PRIORITY - 1);
      workers.add(t);
    }
  }

  /** Starts the workers, first queueing the events the store holds stale. */
  public SummaryRefresher start() {
    queue(store.staleEvents(capacity));
    workers.forEach(Thread::start);
    return this;
  }

  /** Whether another event can be queued now. */
  public synchronized boolean hasRoom() {
    return queued.size() < capacity;
  }

  /** Events waiting for a summary. */
  public synchronized int pending() {
    return queued.size();
  }

  public synchronized long refreshed() {
    return refreshed;
  }

  public synchronized long failed() {
    return failed;
  }

  /** Queues events that grew; those past the capacity stay stale in the store until a sweep. */
  public synchronized void queue(Collection<String> eventIds) {
    for (String id : eventIds) {
      if (queued.size() >= capacity) break;
      if (queued.add(id)) queue.addLast(id);
    }
    notifyAll();
  }

  private void work() {
    while (!closed) {
      String id;
      synchronized (this) {
        if (queue.isEmpty()) {
          try {
            wait(2_000);
          } catch (InterruptedException e) {
            return;
          }
          if (queue.isEmpty() && !closed) sweep();
          continue;
        }
        id = queue.pollFirst();
        // Taken off before the work: an event that grows meanwhile is queued again.
        queued.remove(id);
      }
      try {
        refresh(id);
        synchronized (this) {
          refreshed++;
        }
      } catch (RuntimeException e) {
        synchronized (this) {
          failed++;
        }
        System.err.println("precis serve: summary of event " + id + " failed: " + e);
      }
    }
  }

  /** Queues stale events the store knows of (called with the lock held, the queue empty). */
  private void sweep() {
    try {
      for (String id : store.staleEvents(capacity)) {
        if (queued.add(id)) queue.addLast(id);
      }
    } catch (RuntimeException e) {
      System.err.println("precis serve: looking for stale summaries failed: " + e.getMessage());
    }
  }

  /** Summarizes the event with the articles it has now and stores the summary. */
  void refresh(String eventId) {
    List<StoredArticle> stored = store.articlesOf(eventId);
    if (stored.isEmpty()) return;
    List<Article> articles = new ArrayList<>();
    for (StoredArticle s : stored.subList(Math.max(0, stored.size() - MAX_ARTICLES), stored.size())) {
      articles.add(s.article());
    }
    Summary summary = precis.summarize(new Cluster(eventId, articles), request);
    Map<String, String> cleanTexts = new HashMap<>();
    StringBuilder search = new StringBuilder(summary.text());
    for (Source s : summary.sources()) cleanTexts.put(s.id(), s.cleanText());
    for (Article a : articles) search.append(' ').append(a.title());
    String day = summary.when() == null ? "" : summary.when().date();
    String opening = summary.sentences().isEmpty() ? "" : summary.sentences().get(0).text();
    // The event is titled by the cleaned headline of the article its opening sentence cites.
    String title = summary.sentences().isEmpty() ? ""
        : summary.sources().get(summary.sentences().get(0).citations().get(0).article() - 1).title();
    store.saveSummary(eventId, stored.size(), SummaryFormat.JSON.render(summary).strip(), title,
        day, opening, search.toString(), cleanTexts);
  }

  @Override
  public void close() {
    closed = true;
    synchronized (this) {
      notifyAll();
    }
    for (Thread t : workers) {
      try {
        t.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
