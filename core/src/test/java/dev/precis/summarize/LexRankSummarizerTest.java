package dev.precis.summarize;

import static dev.precis.summarize.MethodFixtures.SAMPLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexRankSummarizerTest {
  @Test
  void scoresAreAProbabilityDistribution() {
    List<Candidate> ranked = new LexRankSummarizer().rank(SAMPLE, MethodFixtures.selector(SAMPLE, Budget.words(60)));
    assertThat(ranked).hasSize(SAMPLE.size());
    assertThat(ranked.stream().mapToDouble(Candidate::score).sum()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void scoresAreStationaryUnderTheDampedWalk() {
    double[] p = new double[SAMPLE.size()];
    for (Candidate c : new LexRankSummarizer().rank(SAMPLE, MethodFixtures.selector(SAMPLE, Budget.words(60)))) p[c.sentence()] = c.score();
    double[][] sim = CosineMatrix.of(SAMPLE);
    int n = p.length;
    for (int j = 0; j < n; j++) {
      double next = 0.15 / n;
      for (int i = 0; i < n; i++) {
        double rowSum = 0;
        for (double w : sim[i]) rowSum += w;
        next += 0.85 * p[i] * (rowSum == 0 ? 1.0 / n : sim[i][j] / rowSum);
      }
      assertThat(next).as("sentence %d", j).isCloseTo(p[j], within(1e-7));
    }
  }

  @Test
  void theMostCentralSentenceOfTheSampleIsAboutTheDenial() {
    Candidate top = new LexRankSummarizer().rank(SAMPLE, MethodFixtures.selector(SAMPLE, Budget.words(60))).get(0);
    assertThat(SAMPLE.sentence(top.sentence()).text()).contains("no plans to withdraw");
  }

  @Test
  void rejectsADampingOutsideTheUnitInterval() {
    assertThatThrownBy(() -> new LexRankSummarizer(1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("LexRank damping must be in [0, 1), got 1.0");
  }
}
