package dev.precis.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.TestData;
import dev.precis.model.Cluster;
import dev.precis.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterInputsTest {
  @TempDir Path dir;
  final List<Problem> problems = new ArrayList<>();

  List<Cluster> read(Path... paths) {
    List<Cluster> out = new ArrayList<>();
    try (ClusterInputs in = ClusterInputs.open(List.of(paths), problems::add)) {
      in.forEachRemaining(out::add);
    }
    return out;
  }

  @Test
  void aFolderIsOneClusterOfItsArticlesInNameOrder() {
    List<Cluster> clusters = read(TestData.sampleFolder());
    assertThat(clusters).singleElement().satisfies(c -> {
      assertThat(c.id()).isEqualTo("iraq-withdrawal-letter");
      assertThat(c.articles()).extracting(a -> a.id()).containsExactly("000_f5f297b50b6fc771",
          "001_7a4a4748feaeb490", "002_8df3ed9f1389d31c", "003_3b371ce5eab93972", "004_c2cf1a3736ccef2d");
    });
    assertThat(problems).isEmpty();
  }

  @Test
  void filesGivenTogetherAreOneCluster() {
    Path a = TestData.sampleFolder().resolve("001_7a4a4748feaeb490.txt");
    Path b = TestData.sampleFolder().resolve("004_c2cf1a3736ccef2d.txt");
    assertThat(read(a, b)).singleElement().satisfies(c -> assertThat(c.articles()).hasSize(2));
  }

  @Test
  void emptyFolderIsReported() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertThat(read(empty)).isEmpty();
    assertThat(problems).extracting(Problem::toString).containsExactly(empty + ": folder has no files; skipped");
  }

  @Test
  void missingPathIsReportedAndTheNextIsRead() {
    Path missing = dir.resolve("nope");
    assertThat(read(missing, TestData.sampleFolder())).hasSize(1);
    assertThat(problems).extracting(Problem::toString).containsExactly(missing + ": no such file or folder");
  }

  @Test
  void unsupportedAndBinaryFilesInAFolderAreReportedTheRestKept() throws IOException {
    Path f = Files.createDirectory(dir.resolve("mixed"));
    Files.writeString(f.resolve("a.txt"), "Headline\nSome text here.");
    Files.write(f.resolve("b.txt"), new byte[] {1, 0, 2, 0});
    Files.writeString(f.resolve("c.pdf"), "%PDF");
    assertThat(read(f)).singleElement().satisfies(c -> assertThat(c.articles()).hasSize(1));
    assertThat(problems).extracting(Problem::toString).containsExactly(
        f.resolve("b.txt") + ": binary data, not text; skipped",
        f.resolve("c.pdf") + ": not an article file (supported: .txt, .html, .htm, .html.gz, .warc, .warc.gz); skipped");
  }

  @Test
  void aJsonlFileGivesEachOfItsClusters() {
    assertThat(read(TestData.multiNews())).hasSize(181);
  }

  @Test
  void noPathIsAMistakeOfTheCaller() {
    assertThatThrownBy(() -> ClusterInputs.open(List.of(), problems::add))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("no input path given");
  }
}
