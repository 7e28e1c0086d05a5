package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.represent.ClusterText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IlpSummarizerTest {
  @Test
  void theSolverFindsTheBruteForceOptimumOnSmallBudgets() {
    List<ClusterText> clusters = new ArrayList<>(MethodFixtures.DEV);
    clusters.add(MethodFixtures.SAMPLE);
    for (ClusterText c : clusters) {
      IlpSummarizer.Problem p = IlpSummarizer.problem(c, MethodFixtures.selector(c, Budget.words(45)));
      // Small budgets: the search proves the optimum well within the node limit.
      IlpSummarizer.Solution s = IlpSummarizer.solve(p);
      assertThat(s.exact()).as(c.cluster().id()).isTrue();
      assertThat(IlpSummarizer.feasible(p, s.chosen())).isTrue();
      assertThat(s.objective()).as(c.cluster().id()).isEqualTo(bruteForce(p, 0, new int[p.sentences.length], 0, 0));
    }
  }

  @Test
  void conceptsAreBigramsSharedByAtLeastTwoArticles() {
    ClusterText c = MethodFixtures.of("bigrams",
        "Helicopter flights over the Green Zone will increase this week.",
        "The Green Zone saw more helicopter flights on Monday night.",
        "Nothing else here is shared with anything at all today.");
    IlpSummarizer.Problem p = IlpSummarizer.problem(c, MethodFixtures.selector(c, Budget.words(40)));
    // "helicopt flight" and "green zone" are in two articles; nothing else is.
    assertThat(p.weight).containsExactly(2, 2);
    assertThat(IlpSummarizer.solve(p).objective()).isEqualTo(4);
  }

  private static double bruteForce(IlpSummarizer.Problem p, int j, int[] chosen, int count, int used) {
    if (j == p.sentences.length) return p.objective(java.util.Arrays.copyOf(chosen, count));
    double best = bruteForce(p, j + 1, chosen, count, used);
    if (used + p.cost[j] <= p.capacity) {
      chosen[count] = j;
      if (IlpSummarizer.feasible(p, java.util.Arrays.copyOf(chosen, count + 1))) {
        best = Math.max(best, bruteForce(p, j + 1, chosen, count + 1, used + p.cost[j]));
      }
    }
    return best;
  }
}
