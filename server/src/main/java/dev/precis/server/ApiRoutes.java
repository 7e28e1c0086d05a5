package dev.precis.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.precis.Precis;
import dev.precis.ingest.JsonCodec;
import dev.precis.model.Article;
import dev.precis.render.SummaryFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The HTTP API's routes, each a few lines over the store, the ingestion and the library. */
final class ApiRoutes {
  static final int PAGE = 20;

  private final EventStore store;
  private final Ingestor ingestor;
  private final SummaryRefresher refresher;
  private final Precis precis;
  private final ServerOptions options;
  private final ExecutorService summarizing;

  ApiRoutes(EventStore store, Ingestor ingestor, SummaryRefresher refresher, Precis precis,
      ServerOptions options, ExecutorService summarizing) {
    this.store = store;
    this.ingestor = ingestor;
    this.refresher = refresher;
    this.precis = precis;
    this.options = options;
    this.summarizing = summarizing;
    this.pages = new PageCache(store == null ? () -> 0 : store::version, MAX_CACHED_PAGES);
  }

  /** Every route, as /openapi.json documents them. */
  List<Route> routes() {
    return List.of(
        new Route("POST", "/articles", this::postArticles),
        new Route("GET", "/articles/{id}", this::article),
        new Route("GET", "/events", this::events),
        new Route("GET", "/events/{id}", this::event),
        new Route("POST", "/summarize", this::summarize),
        new Route("GET", "/health", this::health),
        new Route("GET", "/openapi.json", this::openapi));
  }

  private void postArticles(HttpCall call) {
    List<ArticleParser.Parsed> parsed = ArticleParser.parse(call.body(), options.maxArticles());
    if (!refresher.hasRoom()) {
      throw new Dispatcher.Unavailable("queue", refresher.pending()
          + " events are waiting for a summary, the most this server queues; retry later", 5);
    }
    List<Article> articles = new ArrayList<>();
    for (ArticleParser.Parsed p : parsed) p.article().ifPresent(articles::add);
    Ingestor.Outcome outcome = ingestor.ingest(articles);
    refresher.queue(outcome.grownEvents());
    ObjectNode root = JsonCodec.object();
    ArrayNode accepted = root.putArray("articles");
    ArrayNode problems = root.putArray("problems");
    int next = 0;
    for (ArticleParser.Parsed p : parsed) {
      if (p.problem().isPresent()) {
        problem(problems, p.place(), p.problem().get());
        continue;
      }
      int i = next++;
      Optional<Ingestor.Accepted> a = outcome.accepted().get(i);
      if (a.isPresent()) {
        accepted.addObject().put("place", p.place()).put("id", a.get().id())
            .put("event", a.get().eventId()).put("duplicate", a.get().duplicate());
      } else {
        problem(problems, p.place(), outcome.problems().get(i).orElseThrow());
      }
    }
    if (accepted.isEmpty()) {
      BadRequest first = firstProblem(parsed, outcome);
      ObjectNode e = root.putObject("error");
      e.put("status", first.status()).put("field", first.field()).put("reason", first.reason());
      call.json(first.status(), JsonCodec.text(root));
      return;
    }
    call.json(problems.isEmpty() ? 200 : 207, JsonCodec.text(root));
  }

  private static BadRequest firstProblem(List<ArticleParser.Parsed> parsed, Ingestor.Outcome o) {
    for (ArticleParser.Parsed p : parsed) if (p.problem().isPresent()) return p.problem().get();
    for (Optional<BadRequest> p : o.problems()) if (p.isPresent()) return p.get();
    throw new IllegalStateException("a batch with nothing accepted has a problem");
  }

  private static void problem(ArrayNode problems, String place, BadRequest b) {
    String reason = b.reason().startsWith(place + ": ") ? b.reason().substring(place.length() + 2) : b.reason();
    problems.addObject().put("place", place).put("status", b.status()).put("field", b.field())
        .put("reason", reason);
  }

  private void article(HttpCall call) {
    String id = call.pathParam("id");
    StoredArticle s = store.article(id).orElseThrow(() -> new BadRequest(404, "id",
        "no article '" + id + "' is stored"));
    Article a = s.article();
    ObjectNode root = JsonCodec.object();
    root.put("id", a.id()).put("event", s.eventId()).put("title", a.title()).put("url", a.url())
        .put("date", a.date()).put("outlet", a.outlet()).put("lang", a.lang())
        .put("text", a.text());
    // The cleaned text is what citation spans index; it comes with the event's first summary.
    if (s.cleanText().isEmpty()) root.putNull("clean_text");
    else root.put("clean_text", s.cleanText());
    call.json(200, JsonCodec.text(root));
  }

  /**
   * Pages of the events list as answered, made once per version of the store: readers after a
   * write get a page made after it, without a query each.
   */
  private final PageCache pages;
  /** Pages kept at most: 256 of 200 events (the largest) are about 25 MB. */
  static final int MAX_CACHED_PAGES = 256;

  private void events(HttpCall call) {
    int limit = PAGE;
    if (!call.query("limit").isEmpty()) {
      try {
        limit = Integer.parseInt(call.query("limit").strip());
      } catch (NumberFormatException e) {
        throw new BadRequest("limit", "'" + call.query("limit") + "' is not a whole number");
      }
    }
    // Checked before the cache: a bad parameter is refused, never kept.
    EventQuery q = new EventQuery(EventQuery.day("since", call.query("since")),
        EventQuery.day("until", call.query("until")), call.query("q"),
        EventQuery.Cursor.parse(call.query("cursor")), limit);
    String key = q.since().map(Object::toString).orElse("") + "\n"
        + q.until().map(Object::toString).orElse("") + "\n" + q.q() + "\n"
        + q.after().map(EventQuery.Cursor::token).orElse("") + "\n" + q.limit();
    call.send(200, JSON_TYPE, pages.page(key, () -> eventsPage(q)));
  }

  private static final String JSON_TYPE = "application/json; charset=utf-8";

  private byte[] eventsPage(EventQuery q) {
    // One more than the page tells whether there is a next page.
    List<StoredEvent> page = store.events(q, q.limit() + 1);
    boolean more = page.size() > q.limit();
    if (more) page = page.subList(0, q.limit());
    ObjectNode root = JsonCodec.object();
    ArrayNode events = root.putArray("events");
    for (StoredEvent e : page) brief(events.addObject(), e);
    if (more) {
      StoredEvent last = page.get(page.size() - 1);
      root.put("next_cursor", new EventQuery.Cursor(last.day(), last.firstSeq()).token());
    } else {
      root.putNull("next_cursor");
    }
    return JsonCodec.text(root).getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static ObjectNode brief(ObjectNode o, StoredEvent e) {
    return o.put("id", e.id()).put("title", e.title()).put("day", e.day())
        .put("source_count", e.articleCount()).put("opening", e.opening())
        .put("summary_state", e.summarizedCount() == e.articleCount() ? "fresh" : "stale")
        // While stale, the summary shown is the last one made, from this many of the sources.
        .put("summarized_sources", e.summarizedCount());
  }

  private void event(HttpCall call) {
    String id = call.pathParam("id");
    StoredEvent e = store.event(id).orElseThrow(() -> new BadRequest(404, "id",
        "no event '" + id + "' is stored"));
    ObjectNode root = brief(JsonCodec.object(), e);
    root.put("story_id", e.storyId());
    if (e.summaryJson().isEmpty()) root.putNull("summary");
    else root.putRawValue("summary", new RawValue(e.summaryJson()));
    ArrayNode sources = root.putArray("sources");
    for (StoredArticle s : store.articlesOf(id)) {
      Article a = s.article();
      sources.addObject().put("id", a.id()).put("title", a.title()).put("outlet", a.outlet())
          .put("date", a.date()).put("url", a.url());
    }
    ArrayNode timeline = root.putArray("timeline");
    for (StoredEvent t : store.story(e.storyId())) {
      brief(timeline.addObject(), t).put("current", t.id().equals(id));
    }
    call.json(200, JsonCodec.text(root));
  }

  private void summarize(HttpCall call) throws InterruptedException {
    SummarizeParser.Parsed p = SummarizeParser.parse(call.body(), options.maxArticles());
    Future<String> done;
    try {
      done = summarizing.submit(() -> SummaryFormat.JSON.render(precis.summarize(p.cluster(), p.request())));
    } catch (RejectedExecutionException e) {
      throw new Dispatcher.Unavailable("queue", "every summarizer is busy and the queue is full; retry later", 2);
    }
    try {
      call.json(200, done.get(options.requestTimeout().toMillis(), TimeUnit.MILLISECONDS).strip());
    } catch (TimeoutException e) {
      done.cancel(true);
      throw new Dispatcher.Unavailable("timeout", "the summary took longer than the request timeout of "
          + options.requestTimeout().toSeconds() + " s; send fewer or shorter articles", 2);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IllegalArgumentException bad) throw new BadRequest("request", bad.getMessage());
      throw new IllegalStateException("summarizing failed", e.getCause());
    }
  }

  private void health(HttpCall call) {
    boolean ok = store.healthy();
    ObjectNode root = JsonCodec.object();
    root.put("status", ok ? "ok" : "store unavailable").put("store", store.where())
        .put("articles", ingestor.size()).put("pending_summaries", refresher.pending())
        .put("summaries_refreshed", refresher.refreshed())
        .put("summaries_failed", refresher.failed())
        .put("grouping_ms", ingestor.busyMillis()[0]).put("storing_ms", ingestor.busyMillis()[1])
        .put("reading_cpu_ms", ingestor.cpuMillis()[0]).put("writer_cpu_ms", ingestor.cpuMillis()[1]);
    call.json(ok ? 200 : 503, JsonCodec.text(root));
  }

  private void openapi(HttpCall call) {
    call.send(200, "application/json; charset=utf-8", resource("openapi.json"));
  }

  static byte[] resource(String name) {
    try (InputStream in = ApiRoutes.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("resource " + name + " is missing from the jar");
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
