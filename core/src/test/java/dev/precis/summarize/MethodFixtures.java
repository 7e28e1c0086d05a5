package dev.precis.summarize;

import dev.precis.Precis;
import dev.precis.SummaryRequest;
import dev.precis.TestData;
import dev.precis.model.Article;
import dev.precis.model.Cluster;
import dev.precis.represent.ClusterText;
import java.util.List;

/** Prepared clusters shared by the method tests: the sample and a few Multi-News dev clusters. */
final class MethodFixtures {
  private MethodFixtures() {}

  static final Precis PRECIS = new Precis();
  static final ClusterText SAMPLE = PRECIS.prepare(TestData.sample());
  static final List<ClusterText> DEV = TestData.multiNews(10).stream().map(PRECIS::prepare).toList();

  /** The selector of {@code text} under the default request's options and {@code budget}. */
  static Selector selector(ClusterText text, Budget budget) {
    return new Selector(text, options(budget));
  }

  /** The default request's selection options with {@code budget}. */
  static SelectionOptions options(Budget budget) {
    return SummaryRequest.defaults().withBudget(budget).selection();
  }

  static ClusterText of(String id, String... texts) {
    Article[] articles = new Article[texts.length];
    for (int i = 0; i < texts.length; i++) articles[i] = new Article("a" + i, "", texts[i]);
    return PRECIS.prepare(new Cluster(id, List.of(articles)));
  }
}
