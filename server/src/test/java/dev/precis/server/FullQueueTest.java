package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With the queue of summaries full, posts are refused with 503 and Retry-After, and not stored. */
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
}
