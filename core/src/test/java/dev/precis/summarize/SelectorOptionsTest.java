package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.SummaryRequest;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.represent.ClusterText;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every option reaches every method: the redundancy threshold and the minimum length change what
 * each method summarizes, the set-choosing ones and the learned method included, because the one
 * {@link Selector} applies them to every method's choice.
 */
class SelectorOptionsTest {
  private static final List<ClusterText> CLUSTERS = MethodFixtures.DEV.subList(0, 4);
  private static final Budget BUDGET = Budget.words(300);

  static Stream<String> methods() {
    return Summarizer.names().stream();
  }

  private static List<String> summary(String method, ClusterText text,
      UnaryOperator<SummaryRequest> change) {
    SelectionOptions options = change.apply(SummaryRequest.defaults().withBudget(BUDGET)).selection();
    Summary s = MethodFixtures.PRECIS.summarize(text, Summarizer.named(method), options);
    return s.sentences().stream().map(SummarySentence::text).toList();
  }

  /** On how many of the clusters {@code change} gives another summary than the defaults. */
  private static long changed(String method, UnaryOperator<SummaryRequest> change) {
    return CLUSTERS.stream()
        .filter(t -> !summary(method, t, change).equals(summary(method, t, r -> r)))
        .count();
  }

  @ParameterizedTest
  @MethodSource("methods")
  void aStricterRedundancyChangesTheSummary(String method) {
    assertThat(changed(method, r -> r.withRedundancy(0.2))).as(method).isPositive();
  }

  /**
   * The random and oracle methods are left out: on these clusters neither chooses a pair of
   * sentences between 0.5 and 0.9 alike (random sentences seldom are; the oracle gains nothing by
   * repeating), so a looser threshold has nothing to let in.
   */
  static Stream<String> methodsChoosingAlikeSentences() {
    return methods().filter(m -> !m.equals("random") && !m.equals("oracle"));
  }

  @ParameterizedTest
  @MethodSource("methodsChoosingAlikeSentences")
  void aLooserRedundancyChangesTheSummary(String method) {
    assertThat(changed(method, r -> r.withRedundancy(0.9))).as(method).isPositive();
  }

  @ParameterizedTest
  @MethodSource("methods")
  void aLongerMinimumChangesTheSummaryAndHoldsForEverySentence(String method) {
    assertThat(changed(method, r -> r.withMinWords(20))).as(method).isPositive();
    for (ClusterText t : CLUSTERS) {
      for (String s : summary(method, t, r -> r.withMinWords(20))) {
        // Shown without its dateline, a sentence may be shorter than it was chosen at.
        assertThat(s.split("\\s+").length).as(method + ": " + s).isGreaterThanOrEqualTo(14);
      }
    }
  }
}
