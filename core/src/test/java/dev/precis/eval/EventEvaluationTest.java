package dev.precis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.TestData;
import dev.precis.ingest.JsonlClusterReader;
import dev.precis.model.Article;
import dev.precis.model.Cluster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Flattening a cluster file into a stream, in file order or interleaved as a feed would be. */
class EventEvaluationTest {
  private static List<Cluster> clusters(String file, int n) throws IOException {
    List<Cluster> out = new ArrayList<>();
    try (JsonlClusterReader r = JsonlClusterReader.open(TestData.shared().resolve(file), p -> {})) {
      while (r.hasNext() && out.size() < n) out.add(r.next());
    }
    return out;
  }

  private static List<String> texts(EventEvaluation.Stream s) {
    return s.articles().stream().map(Article::text).toList();
  }

  @Test
  void aDatedStreamIsShuffledWithinEachDayOnly() throws IOException {
    List<Cluster> c = clusters("data/allsides-events/dev.jsonl.gz", 60);
    EventEvaluation.Stream file = EventEvaluation.flatten(c);
    EventEvaluation.Stream mixed = EventEvaluation.flatten(c, OptionalLong.of(1));
    assertThat(texts(mixed)).isNotEqualTo(texts(file)).containsExactlyInAnyOrderElementsOf(texts(file));
    List<String> days = file.articles().stream().map(a -> a.date().substring(0, 10)).toList();
    assertThat(mixed.articles().stream().map(a -> a.date().substring(0, 10)).toList()).isEqualTo(days);
    assertThat(mixed.articles().get(0).id()).isEqualTo("a00001");
  }

  @Test
  void anUndatedStreamIsShuffledWholeAndTheSameSeedGivesTheSameOrder() throws IOException {
    List<Cluster> c = clusters("data/multinews_test_sample/dev.jsonl.gz", 20);
    EventEvaluation.Stream file = EventEvaluation.flatten(c);
    EventEvaluation.Stream mixed = EventEvaluation.flatten(c, OptionalLong.of(7));
    assertThat(texts(mixed)).isNotEqualTo(texts(file)).containsExactlyInAnyOrderElementsOf(texts(file));
    assertThat(texts(EventEvaluation.flatten(c, OptionalLong.of(7)))).isEqualTo(texts(mixed));
    for (Article a : mixed.articles()) {
      String gold = mixed.gold().get(a.id());
      assertThat(c.stream().filter(x -> x.id().equals(gold)).findFirst().orElseThrow().articles())
          .extracting(Article::text).contains(a.text());
    }
  }
}
