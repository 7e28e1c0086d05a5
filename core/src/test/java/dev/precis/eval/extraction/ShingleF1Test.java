package dev.precis.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ShingleF1Test {
  private final ShingleF1 metric = new ShingleF1();

  @Test
  void tokensAreUnicodeWordRunsWithCaseKept() {
    assertThat(ShingleF1.tokens("Café-au-lait, 3½ o'clock: Москва_2019!"))
        .containsExactly("Café", "au", "lait", "3½", "o", "clock", "Москва_2019");
  }

  @Test
  void identicalTextsMatchCompletely() {
    ShingleCounts c = metric.match("one two three four five", "one two three four five");
    assertThat(c).isEqualTo(new ShingleCounts(1, 0, 0));
  }

  @Test
  void countsAreNormalisedToSumToOne() {
    // truth shingles: [a b c d], [b c d e]; prediction: [a b c d], [b c d x]
    ShingleCounts c = metric.match("a b c d e", "a b c d x");
    assertThat(c.tp()).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(c.fp()).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(c.fn()).isCloseTo(1 / 3.0, within(1e-12));
  }

  @Test
  void aTextShorterThanAShingleIsOneShingle() {
    assertThat(metric.match("two words", "two words")).isEqualTo(new ShingleCounts(1, 0, 0));
    assertThat(metric.match("two words", "two")).isEqualTo(new ShingleCounts(0, 0.5, 0.5));
  }

  @Test
  void emptyPredictionCountsForRecallNotPrecision() {
    ExtractionScores s = metric.aggregate(List.of(
        metric.match("a b c d", "a b c d"), metric.match("e f g h", "")));
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(0.5);
    assertThat(s.f1()).isCloseTo(2 / 3.0, within(1e-12));
  }

  @Test
  void bothEmptyIsLeftOutOfBothMeans() {
    ExtractionScores s = metric.aggregate(List.of(metric.match("", ""), metric.match("a b c d", "a b c d")));
    assertThat(s).isEqualTo(new ExtractionScores(1, 1, 1));
  }

  @Test
  void peersScoreAsPublishedForThisFolder() {
    Path dir = Path.of(System.getProperty("precis.shared"), "data", "article-extraction");
    List<BenchmarkPage> pages = new java.util.ArrayList<>();
    BenchmarkPages.readJson(dir.resolve("ground-truth.json")).fields().forEachRemaining(e ->
        pages.add(new BenchmarkPage("article-extraction", e.getKey(), e.getKey(),
            new BenchmarkPage.Truth(e.getValue().path("articleBody").asText(), "", "", "", "", ""),
            java.util.Optional.empty())));
    List<ExtractionRow> rows = new ExtractionBenchmark(20, 1).run(dir, pages, "Precis", Map.of(), p -> {});
    Map<String, String> f1 = rows.stream().collect(Collectors.toMap(
        ExtractionRow::name, r -> String.format(java.util.Locale.ROOT, "%.3f", r.scores().f1())));
    assertThat(f1).containsEntry("rs_trafilatura", "0.970").containsEntry("AutoExtract", "0.967")
        .containsEntry("go_trafilatura", "0.958").containsEntry("trafilatura", "0.954")
        .containsEntry("newspaper", "0.949");
    assertThat(rows).extracting(ExtractionRow::pages).containsOnly(134);
  }
}
