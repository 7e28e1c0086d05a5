package dev.precis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.ingest.JsonCodec;
import dev.precis.ingest.JsonlClusterReader;
import dev.precis.model.Cluster;
import dev.precis.model.Problem;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.summarize.Budget;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cluster's own topic, as query-focused data (DUC 2005-2007) gives one per cluster: read from
 * a JSONL line's {@code query} or {@code topic}, and used by {@link Precis#summarize} unless the
 * request names one.
 */
class ClusterQueryTest {
  private static final String HELICOPTERS = "helicopter flights over the Green Zone";

  private static List<Cluster> read(String lines, List<Problem> problems) {
    List<Cluster> out = new ArrayList<>();
    try (JsonlClusterReader r = JsonlClusterReader.of("topics.jsonl",
        new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), problems::add)) {
      while (r.hasNext()) out.add(r.next());
    }
    return out;
  }

  @Test
  void aClusterLinesQueryOrTopicIsItsQuery() {
    List<Problem> problems = new ArrayList<>();
    List<Cluster> clusters = read("""
        {"id": "a", "query": "Iraq withdrawal letter", "topic": "ignored", "articles": ["The letter was sent."]}
        {"id": "b", "topic": " US troops in Iraq ", "articles": ["The letter was sent."]}
        {"id": "c", "articles": ["The letter was sent."]}
        {"id": "d", "query": 12, "articles": ["The letter was sent."]}
        """, problems);
    assertThat(clusters).extracting(Cluster::query)
        .containsExactly("Iraq withdrawal letter", "US troops in Iraq", "", "");
    assertThat(problems).extracting(Problem::toString)
        .containsExactly("topics.jsonl line 4: cluster d field 'query' is a number (12), not a string; left out");
    // Written back, the query is kept.
    assertThat(JsonCodec.write(clusters.get(0))).contains("\"query\":\"Iraq withdrawal letter\"");
    assertThat(read(JsonCodec.write(clusters.get(1)), problems).get(0).query()).isEqualTo("US troops in Iraq");
  }

  @Test
  void summarizeUsesTheClustersQueryUnlessTheRequestNamesOne() {
    Precis precis = new Precis();
    Cluster sample = TestData.sample();
    Cluster topical = new Cluster(sample.id(), sample.articles(), sample.references(), HELICOPTERS);
    SummaryRequest request = SummaryRequest.defaults().withBudget(Budget.words(60));
    Summary own = precis.summarize(topical, request);
    assertThat(own.text()).isEqualTo(precis.summarize(sample, request.withQuery(HELICOPTERS)).text());
    assertThat(own.sentences()).extracting(SummarySentence::text).anyMatch(s -> s.toLowerCase().contains("helicopter"));
    assertThat(precis.summarize(sample, request).sentences()).extracting(SummarySentence::text)
        .noneMatch(s -> s.toLowerCase().contains("helicopter"));
    assertThat(precis.summarize(topical, request.withQuery("Mark Esper denied")).text())
        .isEqualTo(precis.summarize(sample, request.withQuery("Mark Esper denied")).text());
  }
}
