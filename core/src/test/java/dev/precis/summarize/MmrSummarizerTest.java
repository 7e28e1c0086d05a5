package dev.precis.summarize;

import dev.precis.SummaryRequest;
import static dev.precis.summarize.MethodFixtures.SAMPLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.represent.ClusterText;
import dev.precis.represent.SparseVector;
import java.util.List;
import org.junit.jupiter.api.Test;

class MmrSummarizerTest {
  @Test
  void theFirstChoiceIsTheEligibleSentenceClosestToTheCentroid() {
    SparseVector centroid = CentroidSummarizer.centroid(SAMPLE);
    int best = -1;
    for (int i = 0; i < SAMPLE.size(); i++) {
      if (SAMPLE.sentence(i).words() < SummaryRequest.DEFAULT_MIN_WORDS) continue;
      if (best < 0 || SAMPLE.vector(i).cosine(centroid) > SAMPLE.vector(best).cosine(centroid)) best = i;
    }
    assertThat(new MmrSummarizer().rank(SAMPLE, MethodFixtures.selector(SAMPLE, Budget.words(60))).get(0).sentence()).isEqualTo(best);
  }

  @Test
  void theChosenSetFitsTheBudgetAndIsNotRedundant() {
    for (ClusterText c : MethodFixtures.DEV) {
      List<Candidate> ranked = new MmrSummarizer().rank(c, MethodFixtures.selector(c, Budget.words(100)));
      List<Integer> chosen = ranked.stream().filter(x -> x.score() > 1).map(Candidate::sentence).toList();
      assertThat(chosen.stream().mapToInt(i -> c.sentence(i).words()).sum()).isLessThanOrEqualTo(100);
      for (int a : chosen) {
        for (int b : chosen) {
          if (a != b) assertThat(c.vector(a).cosine(c.vector(b))).isLessThan(0.5);
        }
      }
      assertThat(ranked).hasSize(c.size());
    }
  }

  @Test
  void rejectsALambdaOutsideTheUnitInterval() {
    assertThatThrownBy(() -> new MmrSummarizer(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MMR lambda must be in [0, 1], got 1.5");
  }

  @Test
  void aRowOfTheCosinesIsTheMatrixsRowToTheLastBit() {
    for (ClusterText c : List.of(SAMPLE, MethodFixtures.DEV.get(0), MethodFixtures.DEV.get(1))) {
      double[][] matrix = CosineMatrix.of(c);
      CosineMatrix.Rows rows = new CosineMatrix.Rows(c);
      double[] row = new double[c.size()];
      for (int r = 0; r < c.size(); r++) {
        rows.row(r, row);
        assertThat(row).as("row %d of %s", r, c.cluster().id()).containsExactly(matrix[r]);
      }
    }
  }
}
