package dev.precis.summarize;

import dev.precis.SummaryRequest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.represent.ClusterText;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class KlSummarizerTest {
  @Test
  void eachChosenSentenceLowersTheDivergence() {
    for (ClusterText c : MethodFixtures.DEV) {
      int[] chosen = chosen(new KlSummarizer().rank(c, MethodFixtures.selector(c, Budget.words(300))));
      assertThat(chosen).as(c.cluster().id()).isNotEmpty();
      for (int k = 2; k <= chosen.length; k++) {
        assertThat(KlSummarizer.divergence(c, Arrays.copyOf(chosen, k)))
            .as("%s after %d sentences", c.cluster().id(), k)
            .isLessThan(KlSummarizer.divergence(c, Arrays.copyOf(chosen, k - 1)));
      }
    }
  }

  @Test
  void theFirstChoiceMinimizesTheDivergenceAmongEligibleSentences() {
    ClusterText c = MethodFixtures.SAMPLE;
    int first = chosen(new KlSummarizer().rank(c, MethodFixtures.selector(c, Budget.words(60))))[0];
    double best = KlSummarizer.divergence(c, new int[] {first});
    for (int i = 0; i < c.size(); i++) {
      if (c.sentence(i).words() < SummaryRequest.DEFAULT_MIN_WORDS) continue;
      assertThat(KlSummarizer.divergence(c, new int[] {i})).isGreaterThanOrEqualTo(best - 1e-12);
    }
  }

  static int[] chosen(List<Candidate> ranked) {
    return ranked.stream().filter(x -> x.score() > 1).mapToInt(Candidate::sentence).toArray();
  }
}
