package dev.precis.server;

import com.sun.net.httpserver.HttpServer;
import dev.precis.Precis;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A running server: the store opened (and migrated), the grouping rebuilt from it, the summary
 * refresher started, and the HTTP routes bound.
 *
 * <pre>{@code
 * try (PrecisServer s = PrecisServer.start(ServerOptions.defaults().withPort(0), System.out)) {
 *   URI api = s.uri();
 * }
 * }</pre>
 */
public final class PrecisServer implements AutoCloseable {
  private final HttpServer http;
  private final EventStore store;
  private final SummaryRefresher refresher;
  private final Ingestor ingestor;
  private final ExecutorService requests;
  private final ExecutorService writes;
  private final ExecutorService summarizing;

  private PrecisServer(HttpServer http, EventStore store, SummaryRefresher refresher,
      Ingestor ingestor, ExecutorService requests, ExecutorService writes,
      ExecutorService summarizing) {
    this.writes = writes;
    this.http = http;
    this.ingestor = ingestor;
    this.store = store;
    this.refresher = refresher;
    this.requests = requests;
    this.summarizing = summarizing;
  }

  /** Starts a server grouping articles with the events grouping of the library. */
  public static PrecisServer start(ServerOptions options, PrintStream accessLog) {
    return start(options, accessLog, () -> new EventGrouping(options.grouping()));
  }

  /** Starts a server grouping articles with fresh groupings from {@code groupings}. */
  public static PrecisServer start(ServerOptions options, PrintStream accessLog,
      Supplier<Grouping> groupings) {
    return start(options, accessLog, groupings, true);
  }

  /** As above; with {@code refresh} false no summary is made (for tests of a full queue). */
  static PrecisServer start(ServerOptions options, PrintStream accessLog,
      Supplier<Grouping> groupings, boolean refresh) {
    return start(options, accessLog, groupings, refresh, Ingestor.MAX_GROUP);
  }

  /** As above, the writer committing at most {@code maxGroup} batches at once (the load benchmark's). */
  static PrecisServer start(ServerOptions options, PrintStream accessLog,
      Supplier<Grouping> groupings, boolean refresh, int maxGroup) {
    // The JDK server closes a connection whose request has not arrived within this many seconds.
    System.setProperty("sun.net.httpserver.maxReqTime",
        Long.toString(options.requestTimeout().toSeconds()));
    System.setProperty("sun.net.httpserver.maxReqHeaders", "100");
    // Headers and body go out in separate writes: without TCP_NODELAY a keep-alive client waits
    // for its delayed ACK (40 ms) on every response.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    EventStore store = EventStore.open(options.store());
    ExecutorService requests = null;
    ExecutorService writes = null;
    ExecutorService summarizing = null;
    SummaryRefresher refresher = null;
    try {
      Precis precis = new Precis();
      Ingestor ingestor = new Ingestor(store, groupings, Clock.systemUTC(), maxGroup);
      refresher = new SummaryRefresher(store, precis, options.request(), options.queueCapacity(),
          options.summaryThreads());
      if (refresh) refresher.start();
      int slots = options.summarizeSlots();
      summarizing = new ThreadPoolExecutor(slots, slots, 0, TimeUnit.SECONDS,
          new ArrayBlockingQueue<>(slots), daemon("precis-summarize"));
      ApiRoutes api = new ApiRoutes(store, ingestor, refresher, precis, options, summarizing);
      HttpServer http = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 256);
      requests = Executors.newFixedThreadPool(READ_THREADS, daemon("precis-http"));
      http.setExecutor(requests);
      writes = new ThreadPoolExecutor(WRITE_THREADS, WRITE_THREADS, 0, TimeUnit.SECONDS,
          new ArrayBlockingQueue<>(WRITES_WAITING), daemon("precis-post"));
      http.createContext("/", new Dispatcher(api.routes(), new StaticFiles(),
          options.maxBodyBytes(), accessLog, writes));
      http.start();
      return new PrecisServer(http, store, refresher, ingestor, requests, writes, summarizing);
    } catch (IOException e) {
      close(store, refresher, requests, writes, summarizing);
      throw new UncheckedIOException("cannot listen on " + options.host() + ":" + options.port()
          + " (" + e.getMessage() + "); give another --port", e);
    } catch (RuntimeException e) {
      close(store, refresher, requests, writes, summarizing);
      throw e;
    }
  }

  /**
   * Threads answering reads: one a core (two at least). A cached page is answered in
   * microseconds, so a few do; and while readers keep them all busy they take that many threads'
   * share of the CPU, no more, leaving the rest to ingestion. With 2 cores, 64 connections reading
   * and 4 posting, 2 threads split the server's CPU about evenly between reads and posts, 4 gave
   * reads twice the posts' share (README, Load). {@code -Dprecis.server.readThreads=N} sets it.
   */
  static final int READ_THREADS = Integer.getInteger("precis.server.readThreads",
      Math.max(2, Runtime.getRuntime().availableProcessors()));
  /**
   * Threads answering posts: a post waits for the writer (so one a connection that posts), a
   * summary for its slot. Past them and {@link #WRITES_WAITING} more, a post gets 503.
   */
  static final int WRITE_THREADS = 32;
  static final int WRITES_WAITING = 256;

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    int[] n = {0};
    return r -> {
      Thread t = new Thread(r, name + "-" + (n[0]++));
      t.setDaemon(true);
      return t;
    };
  }

  EventStore store() {
    return store;
  }

  Ingestor ingestor() {
    return ingestor;
  }

  SummaryRefresher refresher() {
    return refresher;
  }

  public int port() {
    return http.getAddress().getPort();
  }

  /** Where the server answers, e.g. {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    String host = http.getAddress().getAddress().getHostAddress();
    if (host.contains(":")) host = "[" + host + "]";
    return URI.create("http://" + host + ":" + port() + "/");
  }

  /** Stops taking requests, lets those in progress finish (up to 2 s), and closes the store. */
  @Override
  public void close() {
    http.stop(2);
    close(store, refresher, requests, writes, summarizing);
  }

  private static void close(EventStore store, SummaryRefresher refresher, ExecutorService requests,
      ExecutorService writes, ExecutorService summarizing) {
    if (requests != null) requests.shutdownNow();
    if (writes != null) writes.shutdownNow();
    if (summarizing != null) summarizing.shutdownNow();
    if (refresher != null) refresher.close();
    store.close();
  }
}
