package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.precis.represent.ClusterText;
import dev.precis.text.TermAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRankSummarizerTest {
  static final ClusterText TWO = MethodFixtures.of("two",
      "Helicopters flew over the Green Zone in Baghdad on Monday night.",
      "Helicopter flights over the Green Zone will increase.");

  @Test
  void similarityIsSharedWordsOverTheSumOfLogLengths() {
    TermAnalyzer analyzer = new TermAnalyzer();
    assertThat(analyzer.terms(TWO.sentence(0).text()))
        .containsExactly("helicopt", "flew", "over", "green", "zone", "baghdad", "mondai", "night");
    assertThat(analyzer.terms(TWO.sentence(1).text()))
        .containsExactly("helicopt", "flight", "over", "green", "zone", "increas");
    double[][] sim = TextRankSummarizer.similarities(TWO);
    assertThat(sim[0][1]).isCloseTo(4 / (Math.log(8) + Math.log(6)), within(1e-12));
    assertThat(sim[1][0]).isEqualTo(sim[0][1]);
    assertThat(sim[0][0]).isZero();
  }

  @Test
  void scoresAverageOneAsInThePapersFormula() {
    List<Candidate> ranked = new TextRankSummarizer().rank(MethodFixtures.SAMPLE, MethodFixtures.selector(MethodFixtures.SAMPLE, Budget.words(60)));
    double mean = ranked.stream().mapToDouble(Candidate::score).average().orElseThrow();
    assertThat(mean).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void twoLinkedSentencesShareTheRankEqually() {
    List<Candidate> ranked = new TextRankSummarizer().rank(TWO, MethodFixtures.selector(TWO, Budget.words(60)));
    assertThat(ranked.get(0).score()).isCloseTo(1.0, within(1e-9));
    assertThat(ranked.get(1).score()).isCloseTo(1.0, within(1e-9));
  }
}
