package dev.precis.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.model.Article;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** A client of a running server for the tests: requests in, status and JSON out. */
final class Api {
  static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;

  Api(URI base) {
    this.base = base;
  }

  record Answer(int status, String body, HttpResponse<String> response) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  /** {@code id} as one path segment. */
  static String segment(String id) {
    return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
  }

  Answer get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  Answer post(String path, String body) {
    return send(HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private Answer send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r = http.send(b.timeout(Duration.ofSeconds(120)).build(),
          HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.body(), r);
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Articles as JSON lines, the way a feed posts them. */
  static String jsonLines(List<Article> articles) {
    StringBuilder b = new StringBuilder();
    for (Article a : articles) b.append(json(a)).append('\n');
    return b.toString();
  }

  static ObjectNode json(Article a) {
    ObjectNode o = JSON.createObjectNode();
    if (!a.id().isEmpty()) o.put("id", a.id());
    o.put("title", a.title()).put("text", a.text());
    if (!a.url().isEmpty()) o.put("url", a.url());
    if (!a.date().isEmpty()) o.put("date", a.date());
    if (!a.outlet().isEmpty()) o.put("outlet", a.outlet());
    return o;
  }

  /** Waits until the event's summary covers all its articles (the refresh is asynchronous). */
  JsonNode freshEvent(String id) {
    long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < until) {
      Answer a = get("events/" + segment(id));
      if (a.status() == 200 && a.json().path("summary_state").asText().equals("fresh")) return a.json();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("event " + id + " was not summarized within 3 minutes");
  }
}
