package dev.precis.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
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
  private static final ObjectMapper JSON = new ObjectMapper();
  private final List<Route> routes;
  private final Route.Handler fallback;
  private final long maxBody;
  private final PrintStream accessLog;
  private final AtomicLong failures = new AtomicLong();

  Dispatcher(List<Route> routes, Route.Handler fallback, long maxBody, PrintStream accessLog) {
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

  @Override
  public void handle(HttpExchange exchange) {
    long start = System.nanoTime();
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
      long micros = (System.nanoTime() - start) / 1000;
      String q = exchange.getRequestURI().getRawQuery();
      accessLog.println(Instant.now() + " " + remote(exchange) + " " + method + " " + path
          + (q == null ? "" : "?" + q) + " " + call.status() + " " + call.bytesOut() + " "
          + (micros / 1000) + "." + String.format("%03d", micros % 1000) + "ms");
    }
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
    ObjectNode root = JSON.createObjectNode();
    ObjectNode e = root.putObject("error");
    e.put("status", status);
    if (!field.isEmpty()) e.put("field", field);
    e.put("reason", reason);
    return root.toString();
  }
}
