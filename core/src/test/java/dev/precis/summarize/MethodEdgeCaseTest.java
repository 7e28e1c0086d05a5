package dev.precis.summarize;

import dev.precis.SummaryRequest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Summary;
import dev.precis.represent.ClusterText;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every method on degenerate clusters: a defined result, never an exception, never NaN. */
class MethodEdgeCaseTest {
  static final ClusterText ONE_SENTENCE = MethodFixtures.of("one",
      "The coalition said helicopters would fly over Baghdad on Monday night.");
  // Exact repeats across articles are removed as boilerplate, so the copies differ by a word.
  static final ClusterText DUPLICATES = MethodFixtures.of("dupes",
      "The coalition said helicopters would fly over Baghdad on Monday night.",
      "The coalition said helicopters would fly over Baghdad on Monday evening.",
      "The coalition said that helicopters would fly over Baghdad on Monday night.");
  static final ClusterText EMPTY = MethodFixtures.of("empty", "advertisement");

  static Stream<String> methods() {
    return Summarizer.names().stream();
  }

  @ParameterizedTest
  @MethodSource("methods")
  void aOneSentenceClusterGivesThatSentence(String method) {
    check(method, ONE_SENTENCE);
    Summary s = MethodFixtures.PRECIS.summarize(ONE_SENTENCE, Summarizer.named(method),
        SummaryRequest.defaults().withBudget(Budget.words(60)).selection());
    assertThat(s.sentences()).hasSize(method.equals("oracle") ? 0 : 1);
  }

  @ParameterizedTest
  @MethodSource("methods")
  void duplicateSentencesGiveOneOfThem(String method) {
    assertThat(DUPLICATES.size()).isEqualTo(3);
    check(method, DUPLICATES);
    Summary s = MethodFixtures.PRECIS.summarize(DUPLICATES, Summarizer.named(method),
        SummaryRequest.defaults().withBudget(Budget.words(60)).selection());
    assertThat(s.sentences()).hasSize(method.equals("oracle") ? 0 : 1);
  }

  @ParameterizedTest
  @MethodSource("methods")
  void anEmptyClusterGivesAnEmptyRanking(String method) {
    assertThat(Summarizer.named(method).rank(EMPTY, MethodFixtures.selector(EMPTY, Budget.words(60)))).isEmpty();
  }

  private static void check(String method, ClusterText c) {
    for (Budget b : List.of(Budget.words(1), Budget.words(60), Budget.sentences(1), Budget.characters(10))) {
      List<Candidate> ranked = Summarizer.named(method).rank(c, MethodFixtures.selector(c, b));
      double previous = Double.POSITIVE_INFINITY;
      for (Candidate x : ranked) {
        assertThat(x.score()).as("%s on %s, %s", method, c.cluster().id(), b).isFinite()
            .isLessThanOrEqualTo(previous);
        assertThat(x.sentence()).isBetween(0, c.size() - 1);
        previous = x.score();
      }
      assertThat(ranked.stream().map(Candidate::sentence).distinct().count()).isEqualTo(ranked.size());
    }
  }
}
