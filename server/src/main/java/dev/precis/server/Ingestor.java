package dev.precis.server;

import dev.precis.model.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Takes posted articles into the events: gives each an id, places it with the grouping, and
 * appends the batch to the store in one transaction (with the batches posted meanwhile, which
 * commit with it or fail with it). The one writer: batches are taken in order, so the grouping and
 * the store see the same sequence.
 *
 * <p>On start the grouping is rebuilt by replaying the stored articles in their order, each batch
 * as of the day it arrived. When an append fails the batch is not acknowledged and the grouping,
 * which had already seen it, is rebuilt from the store again, so it never holds an article the
 * store lost. Which ids are taken is asked of the store, one query a batch: memory holds the
 * grouping's window, not the articles stored.
 */
public final class Ingestor {
  /** Stored articles are replayed into the grouping this many at a time. */
  private static final int REPLAY_CHUNK = 64;

  private final EventStore store;
  private final Supplier<Grouping> groupings;
  private final Clock clock;
  private final int maxGroup;
  /** Swapped by the writer after a failure; read ahead of it by any thread. */
  private volatile Grouping grouping;
  private volatile long nextSeq;
  private volatile long groupingNanos;
  private volatile long storeNanos;
  private final AtomicLong readingNanos = new AtomicLong();
  private final AtomicLong writingNanos = new AtomicLong();
  private final AtomicLong groups = new AtomicLong();

  public Ingestor(EventStore store, Supplier<Grouping> groupings, Clock clock) {
    this(store, groupings, clock, MAX_GROUP);
  }

  /** As above, committing at most {@code maxGroup} batches in one transaction. */
  public Ingestor(EventStore store, Supplier<Grouping> groupings, Clock clock, int maxGroup) {
    if (maxGroup < 1) throw new IllegalArgumentException("max group: must be at least 1, got " + maxGroup);
    this.store = store;
    this.groupings = groupings;
    this.clock = clock;
    this.maxGroup = maxGroup;
    rebuild();
  }

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  /** The current thread's CPU time, or 0 where the JVM does not measure it. */
  private static long cpuNanos() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
  }

  /** What became of one posted article: its id, its event, and whether it was already stored. */
  public record Accepted(String id, String eventId, boolean duplicate) {}

  /** The outcome of a batch: each article's, in order, or its problem; and the events that grew. */
  public record Outcome(List<Optional<Accepted>> accepted, List<Optional<BadRequest>> problems,
      Set<String> grownEvents) {}

  /**
   * Stores {@code batch}: returns once every new article in it is committed. An article whose id
   * is taken by another article is refused (the rest go on); one posted again, same id or no id
   * and the same content, is answered with what it became the first time.
   *
   * @throws EventStore.StoreException when the store failed; nothing of the batch is stored
   */
  public Outcome ingest(List<Article> batch) {
    // Everything of an article that needs no other runs here, in the request's thread, ahead of
    // the one writer: its id, what the grouping reads of it (cleaning, terms, names, MinHash, the
    // embedding), and what its event's row takes of it. The writer only places and stores.
    long cpu0 = cpuNanos();
    List<Article> named = new ArrayList<>(batch.size());
    List<EventRow> rows = new ArrayList<>(batch.size());
    for (Article posted : batch) {
      Article a = posted.id().isEmpty() ? withId(posted, contentId(posted)) : posted;
      named.add(a);
      rows.add(new EventRow(EventStore.opening(a.text()), a.title().toLowerCase(Locale.ROOT)));
    }
    Grouping reading = grouping;
    reading.readAhead(named);
    readingNanos.addAndGet(cpuNanos() - cpu0);
    Pending me = new Pending(named, rows);
    synchronized (waiting) {
      waiting.addLast(me);
    }
    try {
      synchronized (this) {
        // The writer takes every batch waiting, in order, and commits them in one transaction:
        // under concurrent posts a commit (a disk sync) serves several requests.
        while (!me.done) {
          List<Pending> group = new ArrayList<>();
          int articles = 0;
          synchronized (waiting) {
            while (!waiting.isEmpty() && group.size() < maxGroup
                && (group.isEmpty() || articles + waiting.peekFirst().named.size() <= MAX_GROUP_ARTICLES)) {
              articles += waiting.peekFirst().named.size();
              group.add(waiting.pollFirst());
            }
          }
          long w0 = cpuNanos();
          ingestGroup(group);
          writingNanos.addAndGet(cpuNanos() - w0);
          groups.incrementAndGet();
        }
      }
    } finally {
      reading.forget(named);
    }
    if (me.failure != null) throw me.failure;
    return me.outcome;
  }

  /** Batches committed in one transaction at most, by default. */
  static final int MAX_GROUP = 16;
  /** Articles committed in one transaction at most (a group takes at least one batch). */
  static final int MAX_GROUP_ARTICLES = 4000;

  /** What an article's event row takes of it: its opening words, its title's words for search. */
  private record EventRow(String opening, String searchWords) {}

  /** A batch waiting for the writer, and what became of it (written under the writer's lock). */
  private static final class Pending {
    final List<Article> named;
    final List<EventRow> rows;
    Outcome outcome;
    RuntimeException failure;
    boolean done;

    Pending(List<Article> named, List<EventRow> rows) {
      this.named = named;
      this.rows = rows;
    }
  }

  private final java.util.ArrayDeque<Pending> waiting = new java.util.ArrayDeque<>();

  /** Places the batches of {@code group} in order and commits them together, or none of them. */
  private void ingestGroup(List<Pending> group) {
    Map<String, Article> inGroup = new HashMap<>();
    List<EventStore.Appended> appended = new ArrayList<>();
    long[] seq = {nextSeq};
    List<Outcome> outcomes = new ArrayList<>();
    try {
      // Which ids are taken: one query for the whole group.
      List<String> ids = new ArrayList<>();
      for (Pending p : group) for (Article a : p.named) ids.add(a.id());
      Map<String, String> stored = store.eventsOf(ids);
      LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
      for (Pending p : group) outcomes.add(place(p, stored, today, inGroup, appended, seq));
      long t1 = System.nanoTime();
      store.append(appended, grouping.drainClosed());
      storeNanos += System.nanoTime() - t1;
    } catch (RuntimeException e) {
      rebuild();
      for (Pending p : group) {
        p.failure = e;
        p.done = true;
      }
      return;
    }
    nextSeq = seq[0];
    for (int i = 0; i < group.size(); i++) {
      group.get(i).outcome = outcomes.get(i);
      group.get(i).done = true;
    }
  }

  /**
   * Places one batch: its fresh articles go to the grouping and to {@code appended}; an id seen
   * before (stored, or earlier in the group: {@code inGroup}) is a duplicate or a conflict.
   */
  private Outcome place(Pending batch, Map<String, String> stored, LocalDate today,
      Map<String, Article> inGroup, List<EventStore.Appended> appended, long[] seq) {
    List<Article> named = batch.named;
    List<Optional<Accepted>> accepted = new ArrayList<>();
    List<Optional<BadRequest>> problems = new ArrayList<>();
    Set<String> grown = new LinkedHashSet<>();
    List<Article> fresh = new ArrayList<>();
    List<Integer> freshAt = new ArrayList<>();
    for (Article a : named) {
      Article earlier = inGroup.get(a.id());
      String event = earlier != null ? null : stored.get(a.id());
      if (earlier != null || event != null) {
        Article first = earlier != null ? earlier : store.article(a.id()).orElseThrow().article();
        if (sameContent(first, a)) {
          // Within this group its event is known once the batch is placed (null until then).
          accepted.add(Optional.of(new Accepted(a.id(), earlier != null ? null : event, true)));
          problems.add(Optional.empty());
        } else {
          accepted.add(Optional.empty());
          problems.add(Optional.of(new BadRequest(409, "id", "'" + a.id()
              + "' is the id of another article already stored; give a new id or none")));
        }
        continue;
      }
      inGroup.put(a.id(), a);
      fresh.add(a);
      freshAt.add(accepted.size());
      accepted.add(Optional.empty());
      problems.add(Optional.empty());
    }
    long t0 = System.nanoTime();
    List<String> events = fresh.isEmpty() ? List.of() : grouping.place(fresh, today);
    groupingNanos += System.nanoTime() - t0;
    for (int i = 0; i < fresh.size(); i++) {
      Article a = fresh.get(i);
      EventRow row = batch.rows.get(freshAt.get(i));
      appended.add(new EventStore.Appended(seq[0]++, a, events.get(i), day(a, today),
          today.toString(), row.opening(), row.searchWords()));
      grown.add(events.get(i));
      accepted.set(freshAt.get(i), Optional.of(new Accepted(a.id(), events.get(i), false)));
    }
    // A duplicate of an article earlier in this group: its event is known now.
    for (int i = 0; i < accepted.size(); i++) {
      Optional<Accepted> x = accepted.get(i);
      if (x.isPresent() && x.get().eventId() == null) {
        accepted.set(i, Optional.of(new Accepted(x.get().id(), placedIn(appended, x.get().id()), true)));
      }
    }
    return new Outcome(accepted, problems, grown);
  }

  private static String placedIn(List<EventStore.Appended> appended, String id) {
    for (EventStore.Appended a : appended) if (a.article().id().equals(id)) return a.eventId();
    throw new IllegalStateException("article " + id + " was placed in this group of batches");
  }

  /** Milliseconds spent grouping and storing batches since the start: where ingestion's time goes. */
  public long[] busyMillis() {
    return new long[] {groupingNanos / 1_000_000, storeNanos / 1_000_000};
  }

  /**
   * Where ingestion's CPU went since the start: milliseconds of CPU reading ahead (in the
   * requests' threads, side by side), of CPU of the one writer (placing and storing, one at a
   * time: what bounds the rate when reading ahead is not), and the groups committed.
   */
  public long[] cpuMillis() {
    return new long[] {readingNanos.get() / 1_000_000, writingNanos.get() / 1_000_000, groups.get()};
  }

  /** The number of articles stored. */
  public long size() {
    return nextSeq - 1;
  }

  /** A fresh grouping fed every stored article in order, each as of the day it arrived. */
  private void rebuild() {
    Grouping g = groupings.get();
    long[] last = {0};
    List<String> moved = new ArrayList<>();
    List<StoredArticle> chunk = new ArrayList<>();
    LocalDate restart = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    Consumer<List<StoredArticle>> replay = part -> {
      List<Article> articles = new ArrayList<>();
      for (StoredArticle s : part) articles.add(s.article());
      String received = part.get(0).received();
      List<String> events = g.place(articles,
          received.isEmpty() ? restart : LocalDate.parse(received));
      for (int i = 0; i < part.size(); i++) {
        StoredArticle s = part.get(i);
        if (!events.get(i).equals(s.eventId()) && moved.size() < 5) moved.add(s.article().id());
        last[0] = s.seq();
      }
      g.drainClosed(); // stored with the batch that closed them
      part.clear();
    };
    store.replay(s -> {
      if (!chunk.isEmpty() && !chunk.get(0).received().equals(s.received())) replay.accept(chunk);
      chunk.add(s);
      if (chunk.size() == REPLAY_CHUNK) replay.accept(chunk);
    });
    if (!chunk.isEmpty()) replay.accept(chunk);
    if (!moved.isEmpty()) {
      // The stored event stays the truth for articles already acknowledged.
      System.err.println("precis serve: replaying the store placed articles " + moved
          + " in other events than stored; the stored events are kept");
    }
    grouping = g;
    nextSeq = last[0] + 1;
  }

  /** An article posted without an id is named by its content, so posting it again finds it. */
  static String contentId(Article a) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part : List.of(a.title(), a.text(), a.url(), a.date(), a.outlet())) {
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return "a" + HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static boolean sameContent(Article x, Article y) {
    return x.title().equals(y.title()) && x.text().equals(y.text()) && x.url().equals(y.url())
        && x.date().equals(y.date()) && x.outlet().equals(y.outlet());
  }

  private static Article withId(Article a, String id) {
    return new Article(id, a.title(), a.text(), a.url(), a.date(), a.lang(), a.outlet());
  }

  /** The article's day as its date gives it (YYYY-MM-DD...), else the day it arrived (UTC). */
  private static String day(Article a, LocalDate today) {
    String d = a.date().strip();
    if (d.length() >= 10 && d.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
      return d.substring(0, 10);
    }
    return today.toString();
  }
}
