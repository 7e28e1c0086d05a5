package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalExtractionCommandTest extends CommandTestBase {
  @TempDir Path tmp;
  @Override
  CommandLine commandLine() {
    return new CommandLine(new EvalExtractionCommand());
  }

  @Test
  void printsPrecisBesideThePeers() throws IOException {
    String id = "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856";
    Files.createDirectories(tmp.resolve("html"));
    Files.createDirectories(tmp.resolve("peers"));
    Files.copy(ExtractCommandTest.PAGE, tmp.resolve("html").resolve(id + ".html.gz"));
    Files.writeString(tmp.resolve("ground-truth.json"), "{\"" + id + "\": {\"articleBody\":"
        + " \"Gaming used to be so simple. We'd buy a game, sit down in front of a console.\"}}");
    Files.writeString(tmp.resolve("peers").resolve("nothing.json"), "{\"output\": {}}");
    assertThat(run(tmp.toString(), "--resamples", "10")).isEqualTo(0);
    assertThat(out.toString().lines().toList()).hasSize(4).satisfies(lines -> {
      assertThat(lines.get(0)).startsWith("extractor").contains("precision", "recall", "F1 95% CI");
      assertThat(lines.get(1)).startsWith("Precis ");
      assertThat(lines.get(2)).startsWith("nothing ").contains("0.000");
      assertThat(lines.get(3)).isEqualTo("1 pages; shingle F1 (4-token shingles), 10 bootstrap resamples");
    });
  }

  @Test
  void aFolderWithoutGroundTruthIsAUsageError() {
    assertThat(run(tmp.toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo(tmp + ": no ground-truth.json; give the benchmark folder,"
        + " e.g. ../shared/data/article-extraction" + System.lineSeparator());
  }
}
