package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.precis.represent.ClusterText;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeighbourGraphTest {
  /** A dev cluster with fewer sentences than neighbours kept: its graph is the whole one. */
  private static ClusterText small() {
    return MethodFixtures.DEV.stream().filter(t -> t.size() > 10 && t.size() <= NeighbourGraph.NEIGHBOURS)
        .findFirst().orElseThrow();
  }

  @Test
  void aClusterWithFewerSentencesThanNeighboursGetsLexRanksExactScores() {
    ClusterText text = small();
    double[] exact = LexRankSummarizer.scores(CosineMatrix.of(text), 0.85);
    double[] graph = NeighbourGraph.cosine(text).stationary(0.85);
    for (int i = 0; i < exact.length; i++) assertThat(graph[i]).isCloseTo(exact[i], within(1e-12));
  }

  @Test
  void aClusterWithFewerSentencesThanNeighboursGetsTextRanksExactScores() {
    ClusterText text = small();
    double[] exact = LexRankSummarizer.scores(TextRankSummarizer.similarities(text), 0.85);
    double[] graph = TextRankSummarizer.neighbours(text).stationary(0.85);
    for (int i = 0; i < exact.length; i++) assertThat(graph[i]).isCloseTo(exact[i], within(1e-12));
  }

  @Test
  void aLargeClusterKeepsTheNearestNeighboursOfEachSentence() {
    // Ten dev clusters as one: more sentences than neighbours, so each keeps its best links.
    ClusterText text = MethodFixtures.PRECIS.prepare(new dev.precis.model.Cluster("ten",
        MethodFixtures.DEV.stream().flatMap(t -> t.cluster().articles().stream())
            .map(a -> new dev.precis.model.Article(a.id() + "-" + a.title().hashCode(), a.title(),
                a.text()))
            .toList()));
    assertThat(text.size()).isGreaterThan(NeighbourGraph.NEIGHBOURS * 2);
    double[][] exact = CosineMatrix.of(text);
    double[] p = NeighbourGraph.cosine(text).stationary(0.85);
    assertThat(java.util.Arrays.stream(p).sum()).isCloseTo(1, within(1e-9));
    // The graph keeps the walk's picture: of the whole matrix's 20 most central sentences,
    // about half are among the graph's 20 (10 on these clusters; chance would give one).
    double[] full = LexRankSummarizer.scores(exact, 0.85);
    List<Integer> byFull = byScore(full);
    List<Integer> byGraph = byScore(p);
    List<Integer> shared = new java.util.ArrayList<>(byFull.subList(0, 20));
    shared.retainAll(byGraph.subList(0, 20));
    assertThat(shared).hasSizeGreaterThanOrEqualTo(8);
  }

  private static List<Integer> byScore(double[] s) {
    List<Integer> order = new java.util.ArrayList<>();
    for (int i = 0; i < s.length; i++) order.add(i);
    order.sort((x, y) -> Double.compare(s[y], s[x]));
    return order;
  }
}
