package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalEventsCommandTest extends CommandTestBase {
  @TempDir Path dir;

  private Path stories(int n) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(EventsCommandTest.ALLSIDES)), StandardCharsets.UTF_8))) {
      String line;
      while (lines.size() < n && (line = r.readLine()) != null) lines.add(line);
    }
    Path file = dir.resolve("stories.jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void printsBcubedAndPairScoresWithIntervalsAndEventCounts() throws IOException {
    assertThat(run("eval-events", stories(40).toString(), "--folds", "0", "--no-embeddings"))
        .isEqualTo(0);
    String table = out.toString();
    assertThat(table).contains("(dated, in time order), 40 gold events; join model: shipped");
    assertThat(table).containsPattern("B-cubed F1 +0\\.\\d{4}  \\[0\\.\\d{4}, [01]\\.\\d{4}]");
    assertThat(table).containsPattern("pair F1 +0\\.\\d{4}");
    assertThat(table).containsPattern("events found \\d+ \\(gold 40\\)");
  }

  @Test
  void anInterleavedStreamSaysItsSeedAndGivesTheSameTableAgain() throws IOException {
    Path file = stories(40);
    assertThat(run("eval-events", file.toString(), "--folds", "0", "--no-embeddings",
        "--interleave", "3")).isEqualTo(0);
    String first = out.toString();
    assertThat(first).contains("(dated, shuffled within each day by seed 3), 40 gold events");
    clearOutput();
    assertThat(run("eval-events", file.toString(), "--folds", "0", "--no-embeddings",
        "--interleave", "3")).isEqualTo(0);
    assertThat(out.toString()).isEqualTo(first);
  }

  @Test
  void droppingAFeatureNamesItAndAnUnknownOneIsAUsageError() throws IOException {
    Path file = stories(12);
    assertThat(run("eval-events", file.toString(), "--folds", "2", "--no-embeddings",
        "--drop", "names")).isEqualTo(0);
    assertThat(out.toString()).contains("cross-validated, 2 folds by gold event, without names");
    assertThat(run("eval-events", file.toString(), "--drop", "colour")).isEqualTo(2);
    assertThat(err.toString()).contains("--drop: unknown feature 'colour'; the features are"
        + " tfidf_centroid, tfidf_max, title_max, embed_centroid, embed_max, names, day_gap, undated");
    assertThat(run("eval-events", file.toString(), "--folds", "0", "--drop", "names")).isEqualTo(2);
    assertThat(err.toString()).contains("--drop: needs cross-validation (--folds 2 or more)");
  }

  @Test
  void crossValidationNeedsTwoFolds() throws IOException {
    assertThat(run("eval-events", stories(5).toString(), "--folds", "1")).isEqualTo(2);
    assertThat(err.toString()).contains("--folds: must be 0 (the shipped model) or 2 or more, got 1");
  }
}
