package dev.precis.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.precis.ingest.JsonCodec;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends each request to its route and turns failures into JSON errors: a {@link BadRequest} into
 * its 4xx, a store failure or a full queue into 503 with Retry-After, anything else into 500 with
 * a reference to the log line that holds the details (never a stack trace in a response). Writes
 * one access-log line per request.
 */
final class Dispatcher implements HttpHandler {
  private final List<Route> routes;
  private final Route.Handler fallback;
  private final long maxBody;
  private final PrintStream accessLog;
  private final AtomicLong failures = new AtomicLong();

  private final java.util.concurrent.Executor writes;

  Dispatcher(List<Route> routes, Route.Handler fallback, long maxBody, PrintStream accessLog,
      java.util.concurrent.Executor writes) {
    this.writes = writes;
    this.routes = List.copyOf(routes);
    this.fallback = fallback;
    this.maxBody = maxBody;
    this.accessLog = accessLog;
  }

  /** A request that cannot be served now but may be later: 503 with Retry-After. */
  static final class Unavailable extends RuntimeException {
    final String field;
    final int retryAfterSeconds;

    Unavailable(String field, String reason, int retryAfterSeconds) {
      super(reason, null, false, false);
      this.field = field;
      this.retryAfterSeconds = retryAfterSeconds;
    }
  }

  /**
   * Answers reads (GET, HEAD) in the server's own threads and hands every other request to
   * {@code writes}: a post waits for the one writer and reads its articles ahead of it, and must
   * not hold a thread that a read could use; with a few threads for reads, answering them takes
   * a share of the CPU the size of that pool, and the rest is ingestion's. When {@code writes}
   * is full, the request gets 503 with Retry-After.
   */
  @Override
  public void handle(HttpExchange exchange) {
    long start = System.nanoTime();
    String method = exchange.getRequestMethod();
    if (writes == null || method.equals("GET") || method.equals("HEAD")) {
      answer(exchange, start);
      return;
    }
    try {
      writes.execute(() -> answer(exchange, start));
    } catch (java.util.concurrent.RejectedExecutionException e) {
      HttpCall call = new HttpCall(exchange, maxBody, Map.of());
      error(call, 503, "requests", "every thread taking posts is busy; retry shortly", 1);
      log(exchange, call, start);
    }
  }

  private void answer(HttpExchange exchange, long start) {
    String path = exchange.getRequestURI().getRawPath();
    String method = exchange.getRequestMethod();
    HttpCall call = null;
    try {
      Route.Handler handler = null;
      Map<String, String> params = Map.of();
      boolean pathKnown = false;
      for (Route r : routes) {
        Map<String, String> p = r.match(path);
        if (p == null) continue;
        pathKnown = true;
        if (r.method().equals(method) || (method.equals("HEAD") && r.method().equals("GET"))) {
          handler = r.handler();
          params = p;
          break;
        }
      }
      call = new HttpCall(exchange, maxBody, params);
      if (handler == null && pathKnown) {
        throw new BadRequest(405, "method", method + " is not served at " + path);
      }
      (handler == null ? fallback : handler).handle(call);
    } catch (BadRequest e) {
      error(call, e.status(), e.field(), e.reason(), 0);
    } catch (Unavailable e) {
      error(call, 503, e.field, e.getMessage(), e.retryAfterSeconds);
    } catch (EventStore.StoreException e) {
      long ref = failures.incrementAndGet();
      System.err.println("precis serve: failure " + ref + " on " + method + " " + path + ": "
          + e.getMessage());
      error(call, 503, "store", "the store is not answering; retry shortly (failure " + ref + ")", 5);
    } catch (Exception | StackOverflowError e) {
      long ref = failures.incrementAndGet();
      System.err.println("precis serve: failure " + ref + " on " + method + " " + path);
      e.printStackTrace();
      error(call, 500, "", "internal error; the server's log has failure " + ref, 0);
    } finally {
      if (call == null) call = new HttpCall(exchange, maxBody, Map.of());
      if (!call.answered()) exchange.close();
      log(exchange, call, start);
    }
  }

  /** One access-log line: time, client, method, path and query, status, bytes, milliseconds. */
  private void log(HttpExchange exchange, HttpCall call, long start) {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getRawPath();
    long micros = (System.nanoTime() - start) / 1000;
    String q = exchange.getRequestURI().getRawQuery();
    // Built by hand: a formatter per request costs more than the rest of a cached answer.
    StringBuilder line = new StringBuilder(96).append(Instant.now()).append(' ')
        .append(remote(exchange)).append(' ').append(method).append(' ').append(path);
    if (q != null) line.append('?').append(q);
    line.append(' ').append(call.status()).append(' ').append(call.bytesOut()).append(' ')
        .append(micros / 1000).append('.');
    long frac = micros % 1000;
    if (frac < 100) line.append('0');
    if (frac < 10) line.append('0');
    accessLog.println(line.append(frac).append("ms"));
  }

  private static String remote(HttpExchange e) {
    var a = e.getRemoteAddress();
    return a == null || a.getAddress() == null ? "-" : a.getAddress().getHostAddress();
  }

  private static void error(HttpCall call, int status, String field, String reason, int retryAfter) {
    if (call == null || call.answered()) return;
    if (retryAfter > 0) call.header("Retry-After", Integer.toString(retryAfter));
    call.json(status, errorJson(status, field, reason));
  }

  /** {@code {"error": {"status": 400, "field": "text", "reason": "is missing"}}} */
  static String errorJson(int status, String field, String reason) {
    ObjectNode root = JsonCodec.object();
    ObjectNode e = root.putObject("error");
    e.put("status", status);
    if (!field.isEmpty()) e.put("field", field);
    e.put("reason", reason);
    return JsonCodec.text(root);
  }
}
