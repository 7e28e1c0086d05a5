package dev.precis.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairedDifferenceTest {
  /** One ROUGE recall per fixture case of the DUC protocol: real per-case values. */
  private static double[] recalls(String metric) throws IOException {
    Path fixtures = Path.of(System.getProperty("precis.shared"), "rouge-fixtures", "fixtures.jsonl");
    ObjectMapper json = new ObjectMapper();
    return Files.readAllLines(fixtures).stream().map(line -> {
      try {
        return json.readTree(line);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }).filter(c -> c.get("option_set").asText().equals("duc-hong2014"))
        .map(c -> c.get("expected").get(metric).get("R"))
        .mapToDouble(JsonNode::asDouble).map(v -> 100 * v).toArray();
  }

  @Test
  void aSystemAheadOnEveryClusterIsAheadBeyondNoise() throws IOException {
    double[] r1 = recalls("ROUGE-1");
    double[] r2 = recalls("ROUGE-2");
    PairedDifference d = PairedDifference.of(r1, r2);
    double mean = java.util.Arrays.stream(r1).average().orElseThrow()
        - java.util.Arrays.stream(r2).average().orElseThrow();
    assertThat(d.mean()).isCloseTo(mean, within(1e-9));
    assertThat(d.low()).isPositive().isLessThan(d.mean());
    assertThat(d.high()).isGreaterThan(d.mean());
    assertThat(d.notAhead()).isZero();
  }

  @Test
  void pairingTellsASmallSteadyLeadFromNoise() throws IOException {
    double[] base = recalls("ROUGE-1");
    double[] better = base.clone();
    for (int i = 0; i < better.length; i++) better[i] += i % 2 == 0 ? 0.3 : 0.5;
    // Each system's own interval is far wider than the lead: unpaired, they overlap...
    BootstrapInterval.Interval a = BootstrapInterval.of(better);
    BootstrapInterval.Interval b = BootstrapInterval.of(base);
    assertThat(a.low()).isLessThan(b.high());
    // ...paired by cluster, the lead is certain.
    PairedDifference d = PairedDifference.of(better, base);
    assertThat(d.mean()).isCloseTo(0.4, within(0.01));
    assertThat(d.low()).isGreaterThan(0.3);
    assertThat(d.notAhead()).isZero();
  }

  @Test
  void alikeSystemsAreNotAheadOfEachOther() throws IOException {
    double[] r1 = recalls("ROUGE-1");
    PairedDifference same = PairedDifference.of(r1, r1);
    assertThat(same).isEqualTo(new PairedDifference(0, 0, 0, 1));
    // A system against itself with the clusters' scores swapped in pairs: as often ahead as not.
    double[] swapped = r1.clone();
    for (int i = 0; i + 1 < swapped.length; i += 2) {
      swapped[i] = r1[i + 1];
      swapped[i + 1] = r1[i];
    }
    PairedDifference d = PairedDifference.of(r1, swapped);
    assertThat(d.low()).isNegative();
    assertThat(d.high()).isPositive();
    assertThat(d.notAhead()).isBetween(0.2, 0.8);
  }

  @Test
  void isDeterministic() throws IOException {
    assertThat(PairedDifference.of(recalls("ROUGE-1"), recalls("ROUGE-2")))
        .isEqualTo(PairedDifference.of(recalls("ROUGE-1"), recalls("ROUGE-2")));
  }

  @Test
  void refusesUnpairedValues() {
    assertThatThrownBy(() -> PairedDifference.of(new double[] {1, 2}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("paired values differ in number: 2 and 1; pass one of each per cluster");
  }
}
