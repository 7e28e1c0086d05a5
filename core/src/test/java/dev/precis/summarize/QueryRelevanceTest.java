package dev.precis.summarize;

import static dev.precis.summarize.MethodFixtures.SAMPLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.text.TermAnalyzer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class QueryRelevanceTest {
  /**
   * Every method that offers the whole cluster: the oracle needs references, random is tested
   * below, and First-3 offers only the opening sentences, none of which mentions helicopters.
   */
  static Stream<String> methods() {
    return Summarizer.names().stream()
        .filter(m -> !m.equals("oracle") && !m.equals("random") && !m.equals("lead3"));
  }

  @ParameterizedTest
  @MethodSource("methods")
  void aQueryAboutHelicoptersPutsAHelicopterSentenceFirst(String method) {
    List<Candidate> biased = new QueryRelevance("helicopter flights Green Zone")
        .bias(SAMPLE, Summarizer.named(method).rank(SAMPLE, MethodFixtures.selector(SAMPLE, Budget.words(60))));
    assertThat(SAMPLE.sentence(biased.get(0).sentence()).text()).as("%s", biased.subList(0, 3)).containsIgnoringCase("helicopter");
  }

  @Test
  void underTheRandomBaselineTheTopSentenceStillAnswersTheQuery() {
    // Random scores carry no content, so a sentence matching half the query ("Green Zone") that
    // the shuffle put first can beat the helicopter sentences; it is on topic all the same.
    List<Candidate> biased = new QueryRelevance("helicopter flights Green Zone")
        .bias(SAMPLE, new RandomSummarizer().rank(SAMPLE, MethodFixtures.selector(SAMPLE, Budget.words(60))));
    assertThat(SAMPLE.sentence(biased.get(0).sentence()).text()).containsAnyOf("helicopter", "Green Zone");
  }

  @Test
  void theOracleWithoutReferencesStaysEmpty() {
    assertThat(new QueryRelevance("helicopter").bias(SAMPLE, List.of())).isEmpty();
  }

  @Test
  void aQueryWithNoKnownTermKeepsTheMethodsOrder() {
    List<Candidate> ranked = new LexRankSummarizer().rank(SAMPLE, MethodFixtures.selector(SAMPLE, Budget.words(60)));
    List<Candidate> biased = new QueryRelevance("zebra quantum").bias(SAMPLE, ranked);
    assertThat(biased.stream().map(Candidate::sentence).toList())
        .isEqualTo(ranked.stream().map(Candidate::sentence).toList());
    assertThat(biased).allMatch(c -> c.score() >= 0 && c.score() <= 0.5);
  }

  @Test
  void relevanceIsTheCosineWithTheAnalyzedQuery() {
    QueryRelevance q = new QueryRelevance("Green Zone");
    for (int i = 0; i < SAMPLE.size(); i++) {
      double r = q.relevance(SAMPLE, i);
      assertThat(r).isBetween(0.0, 1.0);
      if (!SAMPLE.sentence(i).text().contains("Green Zone")) assertThat(r).isZero();
      else assertThat(r).isPositive();
    }
  }

  @Test
  void rejectsABlankQueryAndAWeightOutsideTheUnitInterval() {
    assertThatThrownBy(() -> new QueryRelevance("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("query must have some text, got '  '");
    assertThatThrownBy(() -> new QueryRelevance("Iraq", -0.1, new TermAnalyzer()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("query weight lambda must be in [0, 1], got -0.1");
  }
}
