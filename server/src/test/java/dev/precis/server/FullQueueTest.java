package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Summaries waiting: with their queue full, posts are refused with 503 and Retry-After and not
 * stored; an event waiting for its summary is shown stale, with what it has.
 */
class FullQueueTest {
  @Test
  void aPostWhileTheSummaryQueueIsFullGets503AndIsNotStored(@TempDir Path dir) {
    ServerOptions o = ServerOptions.defaults().withPort(0).withStore(StoreFixture.h2(dir)).withQueue(1, 1);
    // No summary is made, so the one event queued stays queued.
    try (PrecisServer server = PrecisServer.start(o, new PrintStream(PrintStream.nullOutputStream()),
        FirstWordGrouping::new, false)) {
      Api api = new Api(server.uri());
      assertThat(api.post("articles", "{\"title\": \"Flood hits town\", \"text\": \"The river rose.\"}").status())
          .isEqualTo(200);
      Api.Answer full = api.post("articles", "{\"title\": \"Vote passes\", \"text\": \"The bill passed.\"}");
      assertThat(full.status()).isEqualTo(503);
      assertThat(full.response().headers().firstValue("Retry-After")).hasValue("5");
      assertThat(full.json().path("error").path("field").asText()).isEqualTo("queue");
      assertThat(full.json().path("error").path("reason").asText())
          .isEqualTo("1 events are waiting for a summary, the most this server queues; retry later");
      assertThat(api.get("health").json().path("articles").asLong()).isEqualTo(1);
      assertThat(api.get("events/e-vote").status()).isEqualTo(404);
    }
  }

  @Test
  void anEventWaitingForItsSummaryIsShownStaleWithItsSourcesAndNoSummaryYet(@TempDir Path dir) {
    ServerOptions o = ServerOptions.defaults().withPort(0).withStore(StoreFixture.h2(dir));
    try (PrecisServer server = PrecisServer.start(o, new PrintStream(PrintStream.nullOutputStream()),
        FirstWordGrouping::new, false)) {
      Api api = new Api(server.uri());
      api.post("articles", "{\"title\": \"Flood hits town\", \"text\": \"The river rose.\"}");
      api.post("articles", "{\"title\": \"Flood recedes\", \"text\": \"The river fell.\"}");
      var event = api.get("events/e-flood").json();
      assertThat(event.path("summary_state").asText()).isEqualTo("stale");
      assertThat(event.path("summarized_sources").asInt()).isZero();
      assertThat(event.path("summary").isNull()).isTrue();
      assertThat(event.path("title").asText()).isEqualTo("Flood hits town");
      assertThat(event.path("opening").asText()).isEqualTo("The river rose.");
      assertThat(event.path("sources")).hasSize(2);
    }
  }
}
