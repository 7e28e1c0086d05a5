package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web page in a real browser: src/test/e2e/page.test.mjs drives Debian's Chromium with
 * playwright-core against a server fed the sample cluster and AllSides stories, and saves
 * screenshots in target/e2e-screenshots. Needs node, /usr/bin/chromium and {@code npm ci} in
 * src/test/e2e (CI's .ci/run installs all three).
 */
class WebPageTest {
  static final Path E2E = Path.of("src/test/e2e");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @Test
  void aCitationOpensItsSpanHighlightedInTheSource(@TempDir Path dir) throws Exception {
    StoreFixture.need(Files.isExecutable(CHROMIUM), "no /usr/bin/chromium (apt-get install -y chromium)");
    StoreFixture.need(onPath("node"), "no node on PATH (apt-get install -y nodejs)");
    StoreFixture.need(Files.isDirectory(E2E.resolve("node_modules/playwright-core")),
        "playwright-core is not installed (cd server/src/test/e2e && npm ci)");
    Path shots = Path.of("target/e2e-screenshots");
    Files.createDirectories(shots);
    ServerOptions o = ServerOptions.defaults().withPort(0).withStore(StoreFixture.h2(dir));
    try (PrecisServer server = PrecisServer.start(o, new PrintStream(PrintStream.nullOutputStream()))) {
      Api api = new Api(server.uri());
      Api.Answer sample = api.post("articles", Api.jsonLines(TestArticles.sample()));
      assertThat(sample.status()).as(sample.body()).isEqualTo(200);
      Api.Answer stories = api.post("articles", Api.jsonLines(TestArticles.allSidesArticles(8)));
      assertThat(stories.status()).as(stories.body()).isEqualTo(200);
      String event = sample.json().path("articles").get(0).path("event").asText();
      api.freshEvent(event);
      Process node = new ProcessBuilder("node", "page.test.mjs", server.uri().toString(), event,
          shots.toAbsolutePath().toString())
          .directory(E2E.toFile()).redirectErrorStream(true).start();
      boolean done = node.waitFor(3, TimeUnit.MINUTES);
      String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!done) node.destroyForcibly();
      System.out.println(out);
      assertThat(done).as("the browser test finished within 3 minutes").isTrue();
      assertThat(node.exitValue()).as(out).isZero();
      assertThat(out).contains("6 passed, 0 failed");
      assertThat(shots.resolve("citation.png")).isNotEmptyFile();
    }
  }

  static boolean onPath(String program) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, program))) return true;
    }
    return false;
  }
}
