package dev.precis.summarize;

import dev.precis.SummaryRequest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.Precis;
import dev.precis.TestData;
import dev.precis.learn.ScorerTrainer;
import dev.precis.model.Summary;
import dev.precis.represent.ClusterText;
import java.util.List;
import org.junit.jupiter.api.Test;

class LearnedSummarizerTest {
  static final Precis PRECIS = new Precis();

  @Test
  void theShippedModelWasTrainedOnTheDevSample() {
    SentenceScorer shipped = SentenceScorer.shipped();
    assertThat(shipped.trainedOn()).hasSize(181)
        .contains(ScorerTrainer.fingerprint(TestData.multiNews(1).get(0)));
  }

  @Test
  void theSampleSummarySaysWhatHappenedWithTheMajoritySpelling() {
    Summary s = PRECIS.summarize(TestData.sample(), Summarizer.named("learned"),
        SummaryRequest.defaults().withBudget(Budget.words(60)).selection());
    assertThat(s.sentences()).isNotEmpty();
    assertThat(s.text()).contains("Iraq").doesNotContain("Asper").doesNotContain("Esber");
    assertThat(s.text().split("\\s+").length).isLessThanOrEqualTo(60);
  }

  @Test
  void itsChoiceRanksFirstAndAvoidsNearRepeats() {
    ClusterText text = PRECIS.prepare(TestData.multiNews(3).get(2));
    List<Candidate> ranked = Summarizer.named("learned").rank(text, MethodFixtures.selector(text, Budget.words(300)));
    assertThat(ranked).hasSize(text.size());
    for (int i = 1; i < ranked.size(); i++) {
      assertThat(ranked.get(i).score()).isLessThan(ranked.get(i - 1).score());
    }
    List<Integer> chosen = ranked.stream().filter(c -> c.score() > 1).map(Candidate::sentence).toList();
    for (int a : chosen) {
      for (int b : chosen) {
        if (a != b) assertThat(text.vector(a).cosine(text.vector(b))).isLessThan(SummaryRequest.DEFAULT_REDUNDANCY);
      }
    }
  }

  @Test
  void featuresAreFiniteForEverySentence() {
    ClusterText text = PRECIS.prepare(TestData.sample());
    for (float[] row : new SentenceFeatures().of(text)) {
      assertThat(row).hasSize(SentenceFeatures.NAMES.size());
      for (float v : row) assertThat(Float.isFinite(v)).isTrue();
    }
  }
}
