package dev.precis.summarize;

import dev.precis.SummaryRequest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.TestData;
import dev.precis.model.Cluster;
import dev.precis.text.TermAnalyzer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OracleSummarizerTest {
  static final TermAnalyzer ANALYZER = new TermAnalyzer();

  @Test
  void theOracleOverlapsTheReferenceMoreThanLead() {
    double oracle = 0;
    double lead = 0;
    for (Cluster c : TestData.multiNews(10)) {
      String reference = c.references().get(0);
      oracle += overlap(summary(c, "oracle"), reference);
      lead += overlap(summary(c, "lead"), reference);
    }
    assertThat(oracle).isGreaterThan(lead * 1.1);
  }

  @Test
  void aClusterWithoutReferencesHasAnEmptyRanking() {
    assertThat(new OracleSummarizer().rank(MethodFixtures.SAMPLE, MethodFixtures.selector(MethodFixtures.SAMPLE, Budget.words(60)))).isEmpty();
  }

  private static String summary(Cluster c, String method) {
    return MethodFixtures.PRECIS.summarize(c, Summarizer.named(method),
        SummaryRequest.defaults().withBudget(Budget.words(300)).selection()).text();
  }

  /** Stemmed unigrams of the reference that the summary has, clipped: ROUGE-1 recall's numerator. */
  private static int overlap(String summary, String reference) {
    Map<String, Integer> ref = new HashMap<>();
    for (String t : ANALYZER.terms(reference)) ref.merge(t, 1, Integer::sum);
    int hits = 0;
    for (String t : ANALYZER.terms(summary)) {
      Integer left = ref.get(t);
      if (left != null && left > 0) {
        hits++;
        ref.put(t, left - 1);
      }
    }
    return hits;
  }

  @Test
  void referencesAreReadFromTheCluster() {
    List<String> refs = TestData.multiNews(1).get(0).references();
    assertThat(refs).isNotEmpty();
  }
}
