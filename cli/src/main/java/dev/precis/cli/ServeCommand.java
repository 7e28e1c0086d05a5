package dev.precis.cli;

import dev.precis.SummaryRequest;
import dev.precis.server.ServerMain;
import dev.precis.server.ServerOptions;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code precis serve}: the HTTP service and its web page, over a store. */
@Command(
    name = "serve",
    header = "Serves events with cited summaries over HTTP, with a web page to read them.",
    mixinStandardHelpOptions = true,
    description = {
      "Starts an HTTP server: POST /articles takes articles (one JSON object, a JSON array or "
          + "JSON lines) and groups them into events as they arrive; GET /events lists the events "
          + "newest first; GET /events/{id} gives an event's summary, each sentence cited to "
          + "character spans of its sources; the web page at / shows them. GET /openapi.json "
          + "describes every route. The store is an H2 database in the --store folder, created on "
          + "first start, or PostgreSQL given a JDBC URL; after a crash every acknowledged "
          + "article is there and the events are rebuilt from the stored articles.",
      "",
      "Examples:",
      "  precis serve",
      "  precis serve --port 9000 --store /var/lib/precis",
      "  precis serve --store jdbc:postgresql://localhost/precis?user=precis",
      "  curl -s localhost:8080/articles --data-binary @articles.jsonl"})
public final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "The port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
      description = "The address to listen on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(names = "--store", paramLabel = "DIR|JDBC-URL", defaultValue = ServerOptions.DEFAULT_STORE,
      description = "A folder for the embedded store, or a jdbc:postgresql:// URL (default: ${DEFAULT-VALUE}).")
  String store;

  @Mixin SummaryOptions summary = new SummaryOptions();

  @Mixin EventGroupingOptions grouping;

  @Option(names = "--queue", paramLabel = "N", defaultValue = "16384",
      description = "The most events waiting for a summary; past it, posts get 503 with Retry-After (default: ${DEFAULT-VALUE}).")
  int queue;

  @Option(names = "--summarize-slots", paramLabel = "N", defaultValue = "2",
      description = "POST /summarize requests summarized at once, as many more waiting; past them, 503 with Retry-After (default: ${DEFAULT-VALUE}).")
  int summarizeSlots;

  @Option(names = "--max-articles", paramLabel = "N", defaultValue = "1000",
      description = "The most articles in one request (default: ${DEFAULT-VALUE}).")
  int maxArticles;

  @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "8388608",
      description = "The largest request body (default: ${DEFAULT-VALUE}, 8 MiB).")
  long maxBody;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "How long a request may take to arrive, and a summary to be made (default: ${DEFAULT-VALUE}).")
  int timeout;

  @Override
  public Integer call() {
    SummaryRequest request = summary.request();
    ServerOptions o = ServerOptions.defaults().withHost(host).withPort(port).withStore(store)
        .withLimits(maxBody, maxArticles, Duration.ofSeconds(timeout)).withRequest(request)
        .withGrouping(grouping.options()).withSummarizeSlots(summarizeSlots);
    ServerMain.run(o.withQueue(queue, o.summaryThreads()));
    return 0;
  }
}
