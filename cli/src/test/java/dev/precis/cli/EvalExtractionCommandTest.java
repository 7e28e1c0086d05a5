package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalExtractionCommandTest extends CommandTestBase {
  static final Path DATA = Path.of(System.getProperty("precis.shared"), "data", "article-extraction");
  @TempDir Path tmp;

  @Override
  CommandLine commandLine() {
    return new CommandLine(new EvalExtractionCommand());
  }

  /** A benchmark folder of the first {@code n} pages of the dev set, with a peer that found nothing. */
  private Path folder(int n) throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode truth = json.readTree(DATA.resolve("ground-truth.json").toFile());
    ObjectNode few = json.createObjectNode();
    Files.createDirectories(tmp.resolve("html"));
    Files.createDirectories(tmp.resolve("peers"));
    Iterator<Map.Entry<String, JsonNode>> it = truth.fields();
    for (int i = 0; i < n; i++) {
      Map.Entry<String, JsonNode> e = it.next();
      few.set(e.getKey(), e.getValue());
      Files.copy(DATA.resolve("html").resolve(e.getKey() + ".html.gz"),
          tmp.resolve("html").resolve(e.getKey() + ".html.gz"));
    }
    json.writeValue(tmp.resolve("ground-truth.json").toFile(), few);
    Files.writeString(tmp.resolve("peers").resolve("nothing.json"), "{\"output\": {}}");
    return tmp;
  }

  @Test
  void printsCrossValidatedPrecisBesideThePeers() throws IOException {
    Path dir = folder(3);
    assertThat(run(dir.toString(), "--folds", "3", "--resamples", "10")).isEqualTo(0);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(0)).isEqualTo("== " + dir + " ==");
    assertThat(lines.get(1)).startsWith("extractor").contains("precision", "recall", "F1 95% CI");
    assertThat(lines.get(2)).startsWith("Precis (cv) ");
    assertThat(lines.get(3)).startsWith("nothing ").contains("0.000");
    assertThat(lines.get(4)).isEqualTo("3 pages; shingle F1 (4-token shingles), 10 bootstrap resamples");
    assertThat(lines.get(5)).startsWith("Precis pages under F1 0.5: ");
    assertThat(lines.get(7)).isEqualTo("Precis (cv): 3-fold cross-validation over 3 sites of 3"
        + " pages, each page extracted by a model trained without its site");
  }

  @Test
  void aSavedModelCanBeScoredAgain() throws IOException {
    Path dir = folder(3);
    Path model = tmp.resolve("models").resolve("m.ubj");
    assertThat(run(dir.toString(), "--folds", "2", "--resamples", "10", "--save-model",
        model.toString())).isEqualTo(0);
    assertThat(out.toString()).contains("wrote the block model trained on all 3 pages to " + model);
    clearOutput();
    assertThat(run(dir.toString(), "--model", model.toString(), "--resamples", "10")).isEqualTo(0);
    assertThat(out.toString().lines().toList().get(2)).startsWith("Precis (model) ");
  }

  @Test
  void moreFoldsThanSitesIsAUsageError() throws IOException {
    Path dir = folder(2);
    assertThat(run(dir.toString(), "--folds", "5")).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("--folds: must be between 2 and the number of sites (2),"
        + " got 5" + System.lineSeparator());
  }

  @Test
  void aFolderWithoutGroundTruthIsAUsageError() {
    assertThat(run(tmp.toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo(tmp + ": no ground-truth.json; give a benchmark folder,"
        + " e.g. ../shared/data/article-extraction" + System.lineSeparator());
  }
}
