package dev.precis.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * One request and its answer: the parts of {@link HttpExchange} the routes use, with the body read
 * under the server's size limit.
 */
public final class HttpCall {
  private final HttpExchange exchange;
  private final long maxBody;
  private final Map<String, String> pathParams;
  private Map<String, String> query;
  private int status;
  private long bytesOut;

  HttpCall(HttpExchange exchange, long maxBody, Map<String, String> pathParams) {
    this.exchange = exchange;
    this.maxBody = maxBody;
    this.pathParams = pathParams;
  }

  public String method() {
    return exchange.getRequestMethod();
  }

  public String path() {
    return exchange.getRequestURI().getRawPath();
  }

  /** A path parameter of the route's template ({@code {id}}), decoded. */
  public String pathParam(String name) {
    return pathParams.getOrDefault(name, "");
  }

  /** A query parameter, decoded, or "" when absent. */
  public String query(String name) {
    if (query == null) {
      query = new HashMap<>();
      String raw = exchange.getRequestURI().getRawQuery();
      if (raw != null) {
        for (String pair : raw.split("&")) {
          if (pair.isEmpty()) continue;
          int eq = pair.indexOf('=');
          String k = decode(eq < 0 ? pair : pair.substring(0, eq));
          String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
          query.putIfAbsent(k, v);
        }
      }
    }
    return query.getOrDefault(name, "");
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new BadRequest("query", "'" + s + "' is not URL-encoded correctly");
    }
  }

  public String header(String name) {
    String v = exchange.getRequestHeaders().getFirst(name);
    return v == null ? "" : v;
  }

  /** The most bytes of an oversized body read and dropped before it is refused. */
  static final long MAX_DISCARDED = 64L << 20;

  /** The request body as UTF-8 text, refused with 413 past the size limit. */
  public String body() {
    String length = header("Content-Length");
    if (!length.isEmpty()) {
      try {
        if (Long.parseLong(length.strip()) > maxBody) throw tooLarge(exchange.getRequestBody());
      } catch (NumberFormatException e) {
        throw new BadRequest("Content-Length", "'" + length + "' is not a number");
      }
    }
    try (InputStream in = exchange.getRequestBody()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[16 << 10];
      for (int n; (n = in.read(buf)) > 0; ) {
        out.write(buf, 0, n);
        if (out.size() > maxBody) throw tooLarge(in);
      }
      return out.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadRequest("body", "could not be read (" + e.getMessage() + ")");
    }
  }

  /**
   * The 413 for a body over the limit, after reading and dropping what the client is still
   * sending (up to {@value #MAX_DISCARDED} bytes): a server that answers and closes with the body
   * unread resets the connection, and the client may lose the answer.
   */
  private BadRequest tooLarge(InputStream rest) {
    try {
      long dropped = 0;
      byte[] buf = new byte[16 << 10];
      for (int n; dropped < MAX_DISCARDED && (n = rest.read(buf)) > 0; ) dropped += n;
    } catch (IOException e) {
      // The client went away: there is nobody left to answer.
    }
    return new BadRequest(413, "body", "is over the limit of " + maxBody
        + " bytes; send fewer articles per request");
  }

  public void header(String name, String value) {
    exchange.getResponseHeaders().set(name, value);
  }

  public void json(int status, String json) {
    send(status, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
  }

  public void send(int status, String contentType, byte[] body) {
    this.status = status;
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    try {
      boolean head = method().equals("HEAD");
      exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
      if (!head && body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
      bytesOut = body.length;
    } catch (IOException e) {
      // The client went away; nothing more can be said to it.
      status = 499;
    } finally {
      exchange.close();
    }
  }

  int status() {
    return status;
  }

  long bytesOut() {
    return bytesOut;
  }

  boolean answered() {
    return status != 0;
  }

  HttpExchange exchange() {
    return exchange;
  }
}
