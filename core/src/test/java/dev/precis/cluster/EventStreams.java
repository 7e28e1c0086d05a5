package dev.precis.cluster;

import dev.precis.TestData;
import dev.precis.ingest.JsonlClusterReader;
import dev.precis.model.Article;
import dev.precis.model.Cluster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Streams for the tests, flattened from ../shared/data at test time. */
final class EventStreams {
  private EventStreams() {}

  static Path allSides() {
    return TestData.shared().resolve("data/allsides-events/dev.jsonl.gz");
  }

  /** The first {@code n} clusters of a cluster file. */
  static List<Cluster> clusters(Path file, int n) {
    List<Cluster> out = new ArrayList<>();
    try (JsonlClusterReader r = JsonlClusterReader.open(file, p -> {})) {
      while (r.hasNext() && out.size() < n) out.add(r.next());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The articles of {@code clusters} in file order (the AllSides file is sorted by date). */
  static List<Article> flatten(List<Cluster> clusters) {
    List<Article> out = new ArrayList<>();
    for (Cluster c : clusters) out.addAll(c.articles());
    return out;
  }

  /** Article id to its cluster's id. */
  static java.util.Map<String, String> gold(List<Cluster> clusters) {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    for (Cluster c : clusters) for (Article a : c.articles()) out.put(a.id(), c.id());
    return out;
  }
}
