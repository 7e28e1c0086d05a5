package dev.precis.summarize;

import dev.precis.SummaryRequest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.represent.ClusterText;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SubmodularSummarizerTest {
  @Test
  void theObjectiveGrowsWithEveryChoiceAndBeatsEverySingleSentence() {
    for (ClusterText c : MethodFixtures.DEV) {
      int n = c.size();
      double[][] w = CosineMatrix.of(c);
      double alpha = Math.min(1, SubmodularSummarizer.A / n);
      double[] cap = new double[n];
      double[] reward = new double[n];
      for (int i = 0; i < n; i++) {
        cap[i] = alpha * Arrays.stream(w[i]).sum();
        reward[i] = Arrays.stream(w[i]).sum() / n;
      }
      int[] part = SubmodularSummarizer.partition(w, Math.max(1, (int) Math.round(0.2 * n)),
          new Random(c.cluster().id().hashCode()));
      int[] chosen = KlSummarizerTest.chosen(new SubmodularSummarizer().rank(c, MethodFixtures.selector(c, Budget.words(100))));
      double f = SubmodularSummarizer.value(w, cap, reward, part, chosen);
      for (int k = 1; k < chosen.length; k++) {
        assertThat(SubmodularSummarizer.value(w, cap, reward, part, Arrays.copyOf(chosen, k)))
            .isLessThan(f);
      }
      for (int v = 0; v < n; v++) {
        if (c.sentence(v).words() < SummaryRequest.DEFAULT_MIN_WORDS || c.sentence(v).words() > 100) continue;
        assertThat(SubmodularSummarizer.value(w, cap, reward, part, new int[] {v}))
            .as("%s: sentence %d alone", c.cluster().id(), v).isLessThanOrEqualTo(f);
      }
    }
  }

  @Test
  void kMeansPutsEverySentenceInOneOfKParts() {
    double[][] w = CosineMatrix.of(MethodFixtures.SAMPLE);
    int[] part = SubmodularSummarizer.partition(w, 17, new Random(1));
    assertThat(part).hasSize(MethodFixtures.SAMPLE.size());
    assertThat(Arrays.stream(part).allMatch(p -> p >= 0 && p < 17)).isTrue();
    assertThat(Arrays.stream(part).distinct().count()).isGreaterThan(1);
  }

  @Test
  void aNewsClusterIsWeighedWhole() {
    assertThat(SubmodularSummarizer.ground(MethodFixtures.SAMPLE))
        .containsExactly(java.util.stream.IntStream.range(0, MethodFixtures.SAMPLE.size()).toArray());
  }

  @Test
  void aLargeClusterIsWeighedOnItsMostCentralSentences() {
    // Thirty-six dev clusters as one: more sentences than are weighed pair by pair.
    dev.precis.represent.ClusterText big = MethodFixtures.PRECIS.prepare(new dev.precis.model.Cluster(
        "thirty-six", dev.precis.TestData.multiNews(36).stream().flatMap(c -> c.articles().stream())
            .map(a -> new dev.precis.model.Article(a.id() + "-" + a.title().hashCode(), a.title(), a.text()))
            .toList()));
    assertThat(big.size()).isGreaterThan(NeighbourGraph.MAX_PAIRWISE);
    int[] ground = SubmodularSummarizer.ground(big);
    assertThat(ground).hasSize(SubmodularSummarizer.GROUND).isSorted();
    double[] centrality = CentroidSummarizer.centroidCosines(big);
    double least = Arrays.stream(ground).mapToDouble(i -> centrality[i]).min().orElseThrow();
    java.util.Set<Integer> in = new java.util.HashSet<>();
    for (int i : ground) in.add(i);
    for (int i = 0; i < big.size(); i++) {
      if (!in.contains(i)) assertThat(centrality[i]).isLessThanOrEqualTo(least);
    }
    List<Candidate> ranked = new SubmodularSummarizer().rank(big, MethodFixtures.selector(big, Budget.words(100)));
    assertThat(ranked).hasSize(big.size());
    List<Integer> chosen = ranked.stream().filter(x -> x.score() > 1).map(Candidate::sentence).toList();
    assertThat(chosen).isNotEmpty().allMatch(in::contains);
    assertThat(chosen.stream().mapToInt(i -> big.sentence(i).words()).sum()).isLessThanOrEqualTo(100);
  }
}
