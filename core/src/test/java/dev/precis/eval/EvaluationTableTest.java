package dev.precis.eval;

import dev.precis.rouge.RougeOptions;
import dev.precis.rouge.RougeScorer;
import dev.precis.rouge.RougeScores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTableTest {
  private final RougeScorer scorer = new RougeScorer(RougeOptions.parse("-n 2 -m -f A"));

  /** The reference and three summaries of the seed cluster's event, one better than the next. */
  private static final List<List<String>> REFERENCE = List.of(List.of(
      "US Defense Secretary Mark Esper said there had been no decision to leave Iraq.",
      "A draft letter about repositioning troops was sent by mistake."));
  private static final List<String> GOOD = List.of(
      "Defense Secretary Mark Esper said there has been no decision to leave Iraq.",
      "The letter about repositioning troops was a draft sent by mistake.");
  private static final List<String> FAIR = List.of("Mark Esper said there was no decision on Iraq.");
  private static final List<String> POOR = List.of("Tehran has promised revenge for the murder.");

  private RougeScores score(List<String> summary) {
    return scorer.score(summary, REFERENCE);
  }

  @Test
  void comparesEveryOtherMethodPairedByCluster() {
    EvaluationTable table = new EvaluationTable(scorer.options().metrics());
    table.add("good", "a", score(GOOD));
    table.add("good", "b", score(FAIR));
    table.add("poor", "a", score(POOR));
    table.add("poor", "b", score(POOR));
    table.add("fair", "b", score(FAIR));
    List<EvaluationTable.Comparison> against = table.against("good");
    assertThat(against).extracting(EvaluationTable.Comparison::method).containsExactly("poor", "fair");
    EvaluationTable.Comparison poor = against.get(0);
    assertThat(poor.clusters()).isEqualTo(2);
    double expected = 100 * ((score(GOOD).get("ROUGE-1").f() - score(POOR).get("ROUGE-1").f())
        + (score(FAIR).get("ROUGE-1").f() - score(POOR).get("ROUGE-1").f())) / 2;
    assertThat(poor.differences().get("ROUGE-1").mean()).isCloseTo(expected, within(1e-9));
    assertThat(poor.differences().get("ROUGE-2").notAhead()).isZero();
    // Only cluster b is shared with fair, where both wrote the same summary.
    EvaluationTable.Comparison fair = against.get(1);
    assertThat(fair.clusters()).isEqualTo(1);
    assertThat(fair.differences().get("ROUGE-1").mean()).isZero();
    assertThat(table.formatAgainst("good"))
        .startsWith("good against each method, paired by cluster")
        .containsPattern("\\npoor +2 \\| +\\+\\d+\\.\\d\\d \\[ *\\+\\d+\\.\\d\\d, +\\+\\d+\\.\\d\\d] 0\\.000")
        .containsPattern("\\nfair +1 \\| +\\+0\\.00 ");
  }

  @Test
  void aRepeatedClusterIdKeepsEveryCopyPairedInOrder() {
    EvaluationTable table = new EvaluationTable(scorer.options().metrics());
    table.add("good", "same", score(GOOD));
    table.add("poor", "same", score(POOR));
    table.add("good", "same", score(FAIR));
    table.add("poor", "same", score(FAIR));
    assertThat(table.rows().get(0).clusters()).isEqualTo(2);
    EvaluationTable.Comparison c = table.against("good").get(0);
    assertThat(c.clusters()).isEqualTo(2);
    double expected = 100 * (score(GOOD).get("ROUGE-1").f() - score(POOR).get("ROUGE-1").f()) / 2;
    assertThat(c.differences().get("ROUGE-1").mean()).isCloseTo(expected, within(1e-9));
  }

  @Test
  void aMethodNotInTheTableIsNamedWithThoseThatAre() {
    EvaluationTable table = new EvaluationTable(scorer.options().metrics());
    table.add("lead", "a", score(FAIR));
    table.addMethod("centroid");
    assertThatThrownBy(() -> table.against("learned"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'learned' is not in the table; it has lead, centroid");
  }
}
