package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.model.Article;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real server process killed with SIGKILL while articles are being posted to it: after a
 * restart on the same store, every article it acknowledged is there, in the event it was
 * acknowledged with.
 */
class CrashTest {
  @Test
  void killDashNineDuringIngestionLosesNoAcknowledgedArticle(@TempDir Path dir) throws Exception {
    String store = StoreFixture.h2(dir);
    List<Article> articles = TestArticles.allSidesArticles(40);
    Map<String, String> acknowledged = new ConcurrentHashMap<>();
    AtomicInteger next = new AtomicInteger();

    Server first = Server.start(store);
    try {
      ingestAndKill(first, articles, acknowledged, next);
    } finally {
      first.process.destroyForcibly();
    }
    assertThat(acknowledged.size()).isGreaterThanOrEqualTo(30);
    restartAndCheck(store, articles, acknowledged);
  }

  private static void ingestAndKill(Server first, List<Article> articles, Map<String, String> acknowledged,
      AtomicInteger next) throws InterruptedException {
    Thread[] posters = new Thread[2];
    for (int t = 0; t < posters.length; t++) {
      posters[t] = new Thread(() -> {
        Api api = new Api(first.uri);
        try {
          for (int i; (i = next.getAndAdd(3)) < articles.size(); ) {
            List<Article> batch = articles.subList(i, Math.min(i + 3, articles.size()));
            Api.Answer a = api.post("articles", Api.jsonLines(batch));
            if (a.status() != 200) continue;
            for (JsonNode x : a.json().path("articles")) acknowledged.put(x.path("id").asText(), x.path("event").asText());
          }
        } catch (AssertionError connectionLost) {
          // The server was killed under this request: it was never acknowledged.
        }
      });
      posters[t].start();
    }
    while (acknowledged.size() < 30 && next.get() < articles.size()) Thread.sleep(20);
    first.process.destroyForcibly(); // SIGKILL: no shutdown hook runs
    first.process.waitFor(30, TimeUnit.SECONDS);
    for (Thread t : posters) t.join(60_000);
  }

  private static void restartAndCheck(String store, List<Article> articles,
      Map<String, String> acknowledged) throws Exception {
    Server second = Server.start(store);
    try {
      Api api = new Api(second.uri);
      for (var e : acknowledged.entrySet()) {
        Api.Answer a = api.get("articles/" + Api.segment(e.getKey()));
        assertThat(a.status()).as("acknowledged article " + e.getKey()).isEqualTo(200);
        assertThat(a.json().path("event").asText()).isEqualTo(e.getValue());
        assertThat(api.get("events/" + Api.segment(e.getValue())).status()).isEqualTo(200);
      }
      // The grouping was rebuilt: an article posted again joins the event it was acknowledged in.
      Article again = articles.get(0);
      if (acknowledged.containsKey(again.id())) {
        JsonNode x = api.post("articles", Api.json(again).toString()).json().path("articles").get(0);
        assertThat(x.path("event").asText()).isEqualTo(acknowledged.get(again.id()));
      }
    } finally {
      second.process.destroy();
      if (!second.process.waitFor(30, TimeUnit.SECONDS)) second.process.destroyForcibly();
    }
  }

  /** A server in a process of its own, started with this test's class path. */
  record Server(Process process, URI uri) {
    static Server start(String store) throws Exception {
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx1g", "-cp", System.getProperty("java.class.path"), ServerMain.class.getName(),
          "--port", "0", "--store", store, "--until-stdin-closes")
          .redirectErrorStream(true).start();
      BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String prefix = "precis serve: listening on ";
      for (String line; (line = out.readLine()) != null; ) {
        if (line.startsWith(prefix)) {
          URI uri = URI.create(line.substring(prefix.length(), line.indexOf(' ', prefix.length())));
          Thread drain = new Thread(() -> out.lines().forEach(l -> {}));
          drain.setDaemon(true);
          drain.start();
          return new Server(p, uri);
        }
      }
      throw new AssertionError("the server process ended before it listened (exit " + p.waitFor() + ")");
    }
  }
}
