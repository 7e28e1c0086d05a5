package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.model.Article;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP API on a real server with the embedded store, fed the sample cluster. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {
  PrecisServer server;
  Api api;
  final ByteArrayOutputStream log = new ByteArrayOutputStream();
  JsonNode posted;

  @BeforeAll
  void start(@TempDir Path dir) {
    ServerOptions o = ServerOptions.defaults().withPort(0).withStore(StoreFixture.h2(dir))
        .withLimits(64 << 10, 20, Duration.ofSeconds(60));
    server = PrecisServer.start(o, new PrintStream(log, true, StandardCharsets.UTF_8));
    api = new Api(server.uri());
    Api.Answer a = api.post("articles", Api.jsonLines(TestArticles.sample()));
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    posted = a.json();
  }

  @AfterAll
  void stop() {
    server.close();
  }

  String sampleEvent() {
    return posted.path("articles").get(0).path("event").asText();
  }

  @Test
  void postedArticlesAreAnsweredWithTheirIdsAndEvents() {
    assertThat(posted.path("articles")).hasSize(5);
    for (JsonNode a : posted.path("articles")) {
      assertThat(a.path("id").asText()).startsWith("00");
      assertThat(a.path("event").asText()).isNotEmpty();
      assertThat(a.path("duplicate").asBoolean()).isFalse();
    }
    assertThat(posted.path("problems")).isEmpty();
  }

  @Test
  void anEventsSummaryCitesSpansOfItsArticlesCleanedText() {
    JsonNode event = api.freshEvent(sampleEvent());
    assertThat(event.path("day").asText()).isEqualTo("2020-01-06");
    JsonNode sentences = event.path("summary").path("sentences");
    assertThat(sentences.size()).isGreaterThan(0);
    for (JsonNode s : sentences) {
      assertThat(s.path("support").asInt()).isGreaterThanOrEqualTo(1);
      JsonNode c = s.path("citations").get(0);
      JsonNode article = api.get("articles/" + Api.segment(c.path("id").asText())).json();
      String clean = article.path("clean_text").asText();
      assertThat(clean.substring(c.path("start").asInt(), c.path("end").asInt())).isEqualTo(s.path("text").asText());
    }
    assertThat(event.path("sources").size()).isEqualTo(event.path("source_count").asInt());
    assertThat(event.path("timeline")).anySatisfy(t -> assertThat(t.path("current").asBoolean()).isTrue());
  }

  @Test
  void theEventsListShowsDayTitleSourcesAndOpening() {
    api.freshEvent(sampleEvent());
    JsonNode page = api.get("events?until=2020-12-31").json();
    JsonNode first = page.path("events").get(0);
    assertThat(first.path("id").asText()).isEqualTo(sampleEvent());
    assertThat(first.path("day").asText()).isEqualTo("2020-01-06");
    assertThat(first.path("title").asText()).isNotEmpty();
    assertThat(first.path("opening").asText()).isNotEmpty();
    assertThat(first.path("source_count").asInt()).isPositive();
    assertThat(api.get("events?q=withdraw&since=2020-01-01&until=2020-01-31").json().path("events").size())
        .isPositive();
    assertThat(api.get("events?q=zebra-crossing").json().path("events")).isEmpty();
  }

  @Test
  void aPostedArticlesEventIsInTheNextEventsPage() {
    // Read first, so that the page is made and kept before the post.
    assertThat(api.get("events?q=quokka").json().path("events")).isEmpty();
    api.get("events");
    String body = "{\"title\": \"Quokka census counts record numbers\", \"text\": \"Rangers on "
        + "Rottnest Island counted more quokkas this year than in any year before.\"}";
    Api.Answer posted = api.post("articles", body);
    assertThat(posted.status()).as(posted.body()).isEqualTo(200);
    String event = posted.json().path("articles").get(0).path("event").asText();
    assertThat(api.get("events?q=quokka").json().path("events"))
        .extracting(e -> e.path("id").asText()).containsExactly(event);
    // Undated, it is dated by the day it arrived: the newest, on the first page.
    assertThat(api.get("events").json().path("events")).extracting(e -> e.path("id").asText())
        .contains(event);
  }

  @Test
  void anArticlePostedAgainGetsTheSameIdAndEvent() {
    Article a = TestArticles.sample().get(1);
    JsonNode again = api.post("articles", Api.json(a).toString()).json().path("articles").get(0);
    assertThat(again.path("id").asText()).isEqualTo(a.id());
    assertThat(again.path("duplicate").asBoolean()).isTrue();
    assertThat(again.path("event").asText()).isEqualTo(posted.path("articles").get(1).path("event").asText());
  }

  @Test
  void aBatchWithABadLineStoresTheRestAndNamesTheLineAndField() {
    String body = "{\"title\": \"Good one\", \"text\": \"A sentence long enough to be an article here.\"}\n"
        + "{\"title\": \"No text\"}\n";
    Api.Answer a = api.post("articles", body);
    assertThat(a.status()).isEqualTo(207);
    JsonNode p = a.json().path("problems").get(0);
    assertThat(p.path("place").asText()).isEqualTo("line 2");
    assertThat(p.path("field").asText()).isEqualTo("text");
    assertThat(p.path("reason").asText()).isEqualTo("field 'text' is missing");
    assertThat(a.json().path("articles")).hasSize(1);
  }

  @Test
  void anArticleWithoutWordsIsRefusedAsTheOtherReadersRefuseIt() {
    String body = "{\"title\": \"Good one\", \"text\": \"A sentence long enough to be an article here.\"}\n"
        + "{\"title\": \"Only emoji\", \"text\": \"\uD83D\uDE00\uD83D\uDE00 \u200B\"}\n";
    Api.Answer a = api.post("articles", body);
    assertThat(a.status()).isEqualTo(207);
    JsonNode p = a.json().path("problems").get(0);
    assertThat(p.path("place").asText()).isEqualTo("line 2");
    assertThat(p.path("field").asText()).isEqualTo("text");
    assertThat(p.path("reason").asText()).startsWith("field 'text' has no words in its text");
    assertThat(a.json().path("articles")).hasSize(1);
  }

  @Test
  void badRequestsGetJsonErrorsNamingTheFieldAndReason() {
    assertError(api.post("articles", "{not json"), 400, "body");
    assertError(api.post("articles", "{\"title\": \"x\"}"), 400, "text");
    assertError(api.post("articles", "{\"text\": 5}"), 400, "text");
    assertError(api.post("articles", "{\"text\": \"x\", \"title\": \"" + "t".repeat(10_001) + "\"}"), 400, "title");
    assertError(api.get("events/e-nothing"), 404, "id");
    assertError(api.get("articles/nothing"), 404, "id");
    assertError(api.get("events?cursor=zzz"), 400, "cursor");
    assertError(api.get("events?since=yesterday"), 400, "since");
    assertError(api.get("events?limit=0"), 400, "limit");
    assertError(api.get("nowhere"), 404, "path");
    assertError(api.get("summarize"), 405, "method");
    assertError(api.post("summarize", "{\"articles\": []}"), 400, "articles");
    assertError(api.post("summarize", "{\"articles\": [{\"text\": \"a b c\"}], \"method\": \"best\"}"), 400, "method");
    assertError(api.post("summarize", "{\"articles\": [{\"text\": \"a b c\"}], \"redundancy\": 2}"), 400, "redundancy");
    assertError(api.post("summarize", "{\"articles\": [{\"text\": \"a b c\"}], \"budget\": {\"pages\": 2}}"), 400, "budget");
  }

  @Test
  void limitsOnBodySizeAndArticlesPerRequestAre413() {
    assertError(api.post("articles", "{\"text\": \"" + "x".repeat(70_000) + "\"}"), 413, "body");
    List<Article> many = new ArrayList<>();
    for (int i = 0; i < 21; i++) many.add(new Article("m" + i, "T" + i, "Text " + i));
    Api.Answer a = api.post("articles", Api.jsonLines(many));
    assertError(a, 413, "articles");
    assertThat(a.json().path("error").path("reason").asText())
        .isEqualTo("21 articles in one request, over the limit of 20; send them in several requests");
  }

  private static void assertError(Api.Answer a, int status, String field) {
    assertThat(a.status()).as(a.body()).isEqualTo(status);
    assertThat(a.json().path("error").path("field").asText()).as(a.body()).isEqualTo(field);
    assertThat(a.json().path("error").path("reason").asText()).isNotBlank();
    assertThat(a.body()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void summarizeReturnsASummaryAndStoresNothing() {
    long before = api.get("health").json().path("articles").asLong();
    StringBuilder body = new StringBuilder("{\"id\": \"iraq\", \"method\": \"centroid\", \"budget\": {\"words\": 40}, \"articles\": [");
    List<Article> sample = TestArticles.sample();
    for (int i = 0; i < sample.size(); i++) body.append(i > 0 ? "," : "").append(Api.json(sample.get(i)));
    Api.Answer a = api.post("summarize", body.append("]}").toString());
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    assertThat(a.json().path("id").asText()).isEqualTo("iraq");
    assertThat(a.json().path("method").asText()).isEqualTo("centroid");
    assertThat(a.json().path("sentences").get(0).path("citations").size()).isPositive();
    assertThat(api.get("health").json().path("articles").asLong()).isEqualTo(before);
  }

  @Test
  void healthSaysTheStoreAnswers() {
    Api.Answer a = api.get("health");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().path("status").asText()).isEqualTo("ok");
  }

  @Test
  void theOpenApiDocumentDescribesEveryRoute() {
    JsonNode doc = api.get("openapi.json").json();
    assertThat(doc.path("openapi").asText()).startsWith("3.");
    List<Route> routes = new ApiRoutes(null, null, null, null, null, null).routes();
    for (Route r : routes) {
      assertThat(doc.path("paths").path(r.template()).has(r.method().toLowerCase()))
          .as(r.method() + " " + r.template()).isTrue();
    }
    int documented = 0;
    for (JsonNode p : doc.path("paths")) documented += p.size();
    assertThat(documented).isEqualTo(routes.size());
  }

  @Test
  void everyRequestGetsAnAccessLogLine() {
    int before = lines();
    api.get("health");
    api.get("events/e-nothing");
    // The line is written once the answer is sent, so it may trail the answer by a moment.
    for (int i = 0; i < 100 && lines() < before + 2; i++) sleep(20);
    assertThat(lines()).isEqualTo(before + 2);
    // Each line is written by the thread that answered, so two answers' lines may come either way.
    List<String> last = log.toString(StandardCharsets.UTF_8).lines().skip(before).toList();
    assertThat(last).anySatisfy(l -> assertThat(l).contains(" GET /health 200 "));
    assertThat(last).anySatisfy(l -> assertThat(l).contains(" GET /events/e-nothing 404 "));
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private int lines() {
    return (int) log.toString(StandardCharsets.UTF_8).lines().count();
  }

  @Test
  void theWebPageIsServedFromTheJar() {
    Api.Answer page = api.get("");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.response().headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.body()).contains("/web/app.js").doesNotContain("https://");
    assertThat(api.get("web/app.js").status()).isEqualTo(200);
  }
}
