package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.represent.ClusterText;
import java.util.List;
import org.junit.jupiter.api.Test;

class RandomSummarizerTest {
  @Test
  void theOrderIsAPermutationSeededByTheClusterId() {
    ClusterText c = MethodFixtures.SAMPLE;
    List<Integer> first = order(c);
    assertThat(first).containsExactlyInAnyOrderElementsOf(
        c.sentences().stream().map(s -> s.index()).toList());
    assertThat(order(c)).isEqualTo(first);
    assertThat(first).isNotEqualTo(c.sentences().stream().map(s -> s.index()).toList());
  }

  private static List<Integer> order(ClusterText c) {
    return new RandomSummarizer().rank(c, MethodFixtures.selector(c, Budget.words(60))).stream().map(Candidate::sentence).toList();
  }
}
