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

class BootstrapIntervalTest {
  /** ROUGE-1 recall of the 80 fixture cases under the DUC protocol: real per-case values. */
  private static double[] rouge1Recalls() throws IOException {
    Path fixtures = Path.of(System.getProperty("precis.shared"), "rouge-fixtures", "fixtures.jsonl");
    ObjectMapper json = new ObjectMapper();
    List<String> lines = Files.readAllLines(fixtures);
    return lines.stream().map(line -> {
      try {
        return json.readTree(line);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }).filter(c -> c.get("option_set").asText().equals("duc-hong2014"))
        .map(c -> c.get("expected").get("ROUGE-1").get("R"))
        .mapToDouble(JsonNode::asDouble).toArray();
  }

  @Test
  void meanLiesInsideItsInterval() throws IOException {
    double[] values = rouge1Recalls();
    BootstrapInterval.Interval interval = BootstrapInterval.of(values);
    double mean = java.util.Arrays.stream(values).average().orElseThrow();
    assertThat(interval.mean()).isCloseTo(mean, within(1e-12));
    assertThat(interval.low()).isLessThan(interval.mean());
    assertThat(interval.high()).isGreaterThan(interval.mean());
  }

  @Test
  void sameSeedGivesTheSameInterval() throws IOException {
    double[] values = rouge1Recalls();
    assertThat(BootstrapInterval.of(values, 1000, 7)).isEqualTo(BootstrapInterval.of(values, 1000, 7));
    assertThat(BootstrapInterval.of(values)).isEqualTo(
        BootstrapInterval.of(values, BootstrapInterval.DEFAULT_RESAMPLES, BootstrapInterval.DEFAULT_SEED));
  }

  @Test
  void moreSpreadGivesAWiderInterval() {
    BootstrapInterval.Interval narrow = BootstrapInterval.of(new double[] {0.4, 0.5, 0.6, 0.5});
    BootstrapInterval.Interval wide = BootstrapInterval.of(new double[] {0.1, 0.5, 0.9, 0.5});
    assertThat(wide.high() - wide.low()).isGreaterThan(narrow.high() - narrow.low());
  }

  @Test
  void equalValuesGiveAPointInterval() {
    assertThat(BootstrapInterval.of(new double[] {0.25, 0.25, 0.25}, 50, 1))
        .isEqualTo(new BootstrapInterval.Interval(0.25, 0.25, 0.25));
  }

  @Test
  void oneResampleIsAllowed() {
    BootstrapInterval.Interval interval = BootstrapInterval.of(new double[] {0.2, 0.4}, 1, 3);
    assertThat(interval.low()).isEqualTo(interval.high());
  }

  @Test
  void refusesNoValues() {
    assertThatThrownBy(() -> BootstrapInterval.of(new double[0], 1000, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no values to bootstrap: pass at least one per-cluster value");
  }

  @Test
  void refusesNaNNamingItsIndex() {
    assertThatThrownBy(() -> BootstrapInterval.of(new double[] {0.1, Double.NaN}, 1000, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value 1 is NaN: bootstrap needs finite values");
  }

  @Test
  void refusesNoResamples() {
    assertThatThrownBy(() -> BootstrapInterval.of(new double[] {0.1}, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("resamples is 0: draw at least 1 (ROUGE draws 1000)");
  }
}
