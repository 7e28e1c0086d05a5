package dev.precis;

import dev.precis.ingest.ClusterInputs;
import dev.precis.ingest.JsonlClusterReader;
import dev.precis.model.Cluster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where the tests' real inputs are: the sample cluster in examples/ and the data in ../shared. */
public final class TestData {
  private TestData() {}

  public static Path shared() {
    String p = System.getProperty("precis.shared");
    Path path = p == null ? Path.of("..", "..", "shared") : Path.of(p);
    if (!Files.isDirectory(path)) {
      throw new IllegalStateException("../shared is not beside the checkout (looked at " + path + ")");
    }
    return path;
  }

  public static Path sampleFolder() {
    for (Path p : List.of(Path.of("examples", "iraq-withdrawal-letter"),
        Path.of("..", "examples", "iraq-withdrawal-letter"))) {
      if (Files.isDirectory(p)) return p;
    }
    throw new IllegalStateException("examples/iraq-withdrawal-letter not found");
  }

  public static Cluster sample() {
    try (ClusterInputs in = ClusterInputs.open(List.of(sampleFolder()), p -> {
      throw new AssertionError("the sample has a problem: " + p);
    })) {
      return in.next();
    }
  }

  public static Path multiNews() {
    return shared().resolve("data/multinews_test_sample/dev.jsonl.gz");
  }

  /** The first {@code n} clusters of the Multi-News dev sample. */
  public static List<Cluster> multiNews(int n) {
    List<Cluster> out = new ArrayList<>();
    try (JsonlClusterReader r = JsonlClusterReader.open(multiNews(), p -> {})) {
      while (r.hasNext() && out.size() < n) out.add(r.next());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
