package dev.precis.server;

import dev.precis.SummaryRequest;
import dev.precis.cluster.EventOptions;
import java.time.Duration;
import java.util.Objects;

/**
 * How a server runs.
 *
 * @param host            the address to listen on (127.0.0.1 by default: loopback only)
 * @param port            the port, 0 for any free one
 * @param store           a folder for the embedded store, or a jdbc:postgresql:// URL
 * @param maxBodyBytes    the largest request body taken
 * @param maxArticles     the most articles one request may post or summarize
 * @param requestTimeout  how long a request may take to arrive, and a summary to be made
 * @param queueCapacity   the most events waiting for a summary before posts get 503
 * @param summaryThreads  threads refreshing events' summaries in the background
 * @param summarizeSlots  POST /summarize requests summarized at once; as many more may wait
 * @param request         how events are summarized
 * @param grouping        how articles are grouped into events
 */
public record ServerOptions(String host, int port, String store, long maxBodyBytes, int maxArticles,
    Duration requestTimeout, int queueCapacity, int summaryThreads, int summarizeSlots,
    SummaryRequest request, EventOptions grouping) {
  public ServerOptions {
    Objects.requireNonNull(grouping, "grouping");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(request, "request");
    if (port < 0 || port > 65535) throw new IllegalArgumentException("port: must be 0-65535, got " + port);
    if (maxBodyBytes < 1024) throw new IllegalArgumentException("max body: must be at least 1024 bytes, got " + maxBodyBytes);
    if (maxArticles < 1) throw new IllegalArgumentException("max articles: must be at least 1, got " + maxArticles);
    if (queueCapacity < 1) throw new IllegalArgumentException("queue: must be at least 1, got " + queueCapacity);
    if (summaryThreads < 1) throw new IllegalArgumentException("summary threads: must be at least 1, got " + summaryThreads);
    if (summarizeSlots < 1) throw new IllegalArgumentException("summarize slots: must be at least 1, got " + summarizeSlots);
    if (requestTimeout.toSeconds() < 1) throw new IllegalArgumentException("timeout: must be at least 1 s, got " + requestTimeout);
  }

  public static final String DEFAULT_STORE = "precis-store";

  /**
   * Loopback, port 8080, the store in ./precis-store, 8 MiB bodies, 1000 articles, 30 s, 16,384
   * events waiting for a summary at most, the library's default summary and grouping.
   */
  public static ServerOptions defaults() {
    return new ServerOptions("127.0.0.1", 8080, DEFAULT_STORE, 8L << 20, 1000, Duration.ofSeconds(30),
        16384, 1, 2, SummaryRequest.defaults(), EventOptions.defaults());
  }

  public ServerOptions withPort(int p) {
    return new ServerOptions(host, p, store, maxBodyBytes, maxArticles, requestTimeout, queueCapacity,
        summaryThreads, summarizeSlots, request, grouping);
  }

  public ServerOptions withHost(String h) {
    return new ServerOptions(h, port, store, maxBodyBytes, maxArticles, requestTimeout, queueCapacity,
        summaryThreads, summarizeSlots, request, grouping);
  }

  public ServerOptions withStore(String s) {
    return new ServerOptions(host, port, s, maxBodyBytes, maxArticles, requestTimeout, queueCapacity,
        summaryThreads, summarizeSlots, request, grouping);
  }

  public ServerOptions withLimits(long body, int articles, Duration timeout) {
    return new ServerOptions(host, port, store, body, articles, timeout, queueCapacity,
        summaryThreads, summarizeSlots, request, grouping);
  }

  public ServerOptions withQueue(int capacity, int threads) {
    return new ServerOptions(host, port, store, maxBodyBytes, maxArticles, requestTimeout, capacity,
        threads, summarizeSlots, request, grouping);
  }

  public ServerOptions withSummarizeSlots(int slots) {
    return new ServerOptions(host, port, store, maxBodyBytes, maxArticles, requestTimeout, queueCapacity,
        summaryThreads, slots, request, grouping);
  }

  public ServerOptions withGrouping(EventOptions g) {
    return new ServerOptions(host, port, store, maxBodyBytes, maxArticles, requestTimeout, queueCapacity,
        summaryThreads, summarizeSlots, request, g);
  }

  public ServerOptions withRequest(SummaryRequest r) {
    return new ServerOptions(host, port, store, maxBodyBytes, maxArticles, requestTimeout, queueCapacity,
        summaryThreads, summarizeSlots, r, grouping);
  }
}
