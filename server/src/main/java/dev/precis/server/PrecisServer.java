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
  private final ExecutorService summarizing;

  private PrecisServer(HttpServer http, EventStore store, SummaryRefresher refresher,
      Ingestor ingestor, ExecutorService requests, ExecutorService summarizing) {
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
    // The JDK server closes a connection whose request has not arrived within this many seconds.
    System.setProperty("sun.net.httpserver.maxReqTime",
        Long.toString(options.requestTimeout().toSeconds()));
    System.setProperty("sun.net.httpserver.maxReqHeaders", "100");
    // Headers and body go out in separate writes: without TCP_NODELAY a keep-alive client waits
    // for its delayed ACK (40 ms) on every response.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    EventStore store = EventStore.open(options.store());
    ExecutorService requests = null;
    ExecutorService summarizing = null;
    SummaryRefresher refresher = null;
    try {
      Precis precis = new Precis();
      Ingestor ingestor = new Ingestor(store, groupings, Clock.systemUTC());
      refresher = new SummaryRefresher(store, precis, options.request(), options.queueCapacity(),
          options.summaryThreads());
      if (refresh) refresher.start();
      int slots = options.summarizeSlots();
      summarizing = new ThreadPoolExecutor(slots, slots, 0, TimeUnit.SECONDS,
          new ArrayBlockingQueue<>(slots), daemon("precis-summarize"));
      ApiRoutes api = new ApiRoutes(store, ingestor, refresher, precis, options, summarizing);
      HttpServer http = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 256);
      requests = Executors.newFixedThreadPool(32, daemon("precis-http"));
      http.setExecutor(requests);
      http.createContext("/", new Dispatcher(api.routes(), new StaticFiles(),
          options.maxBodyBytes(), accessLog));
      http.start();
      return new PrecisServer(http, store, refresher, ingestor, requests, summarizing);
    } catch (IOException e) {
      close(store, refresher, requests, summarizing);
      throw new UncheckedIOException("cannot listen on " + options.host() + ":" + options.port()
          + " (" + e.getMessage() + "); give another --port", e);
    } catch (RuntimeException e) {
      close(store, refresher, requests, summarizing);
      throw e;
    }
  }

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
    close(store, refresher, requests, summarizing);
  }

  private static void close(EventStore store, SummaryRefresher refresher, ExecutorService requests,
      ExecutorService summarizing) {
    if (requests != null) requests.shutdownNow();
    if (summarizing != null) summarizing.shutdownNow();
    if (refresher != null) refresher.close();
    store.close();
  }
}
