package dev.precis.server;

import dev.precis.ingest.ClusterInputs;
import dev.precis.ingest.JsonlClusterReader;
import dev.precis.model.Article;
import dev.precis.model.Cluster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The tests' real inputs: the sample cluster in examples/ and the AllSides stream in ../shared. */
final class TestArticles {
  private TestArticles() {}

  static Path root() {
    for (Path p : List.of(Path.of("."), Path.of(".."))) {
      if (Files.isDirectory(p.resolve("examples/iraq-withdrawal-letter"))) return p;
    }
    throw new IllegalStateException("examples/iraq-withdrawal-letter not found");
  }

  static Path shared() {
    String p = System.getProperty("precis.shared");
    Path path = p == null ? root().resolve("../shared") : Path.of(p);
    if (!Files.isDirectory(path)) throw new IllegalStateException("../shared is not beside the checkout");
    return path;
  }

  /** The five articles of the sample cluster, dated as the event (they carry no date of their own). */
  static List<Article> sample() {
    try (ClusterInputs in = ClusterInputs.open(List.of(root().resolve("examples/iraq-withdrawal-letter")),
        p -> { throw new AssertionError("the sample has a problem: " + p); })) {
      List<Article> out = new ArrayList<>();
      for (Article a : in.next().articles()) {
        out.add(new Article(a.id(), a.title(), a.text(), a.url(), "2020-01-06", a.lang(), a.outlet()));
      }
      return out;
    }
  }

  /** The first {@code stories} AllSides stories (with their articles), in time order. */
  static List<Cluster> allSides(int stories) {
    List<Cluster> out = new ArrayList<>();
    Path file = shared().resolve("data/allsides-events/dev.jsonl.gz");
    try (JsonlClusterReader r = JsonlClusterReader.open(file, p -> {})) {
      while (r.hasNext() && out.size() < stories) out.add(r.next());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The articles of the first {@code stories} AllSides stories, flattened in time order. */
  static List<Article> allSidesArticles(int stories) {
    List<Article> out = new ArrayList<>();
    for (Cluster c : allSides(stories)) out.addAll(c.articles());
    return out;
  }
}
