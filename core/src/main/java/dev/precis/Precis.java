package dev.precis;

import dev.precis.model.Cluster;
import dev.precis.model.Source;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.represent.ClusterText;
import dev.precis.represent.ClusterTextBuilder;
import dev.precis.summarize.BudgetedSelector;
import dev.precis.summarize.Candidate;
import dev.precis.summarize.QueryRelevance;
import dev.precis.summarize.SelectionOptions;
import dev.precis.summarize.Summarizer;
import dev.precis.summarize.SupportFinder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The summarization pipeline in one place: text stages, a method's ranking, the shared selector,
 * and support. Thread-safe; one instance serves many clusters in parallel.
 *
 * <pre>{@code
 * Precis precis = new Precis();
 * Summary s = precis.summarize(cluster, Summarizer.named("centroid"), SelectionOptions.of(Budget.words(60)));
 * }</pre>
 */
public final class Precis {
  private final ClusterTextBuilder texts;
  private final BudgetedSelector selector;
  private final SupportFinder support;

  public Precis() {
    this(new ClusterTextBuilder(), new BudgetedSelector(), new SupportFinder());
  }

  public Precis(ClusterTextBuilder texts, BudgetedSelector selector, SupportFinder support) {
    this.texts = texts;
    this.selector = selector;
    this.support = support;
  }

  /** Prepares a cluster's text once, for one or several methods to summarize. */
  public ClusterText prepare(Cluster cluster) {
    return texts.build(cluster);
  }

  public Summary summarize(Cluster cluster, Summarizer method, SelectionOptions options) {
    return summarize(prepare(cluster), method, options);
  }

  public Summary summarize(ClusterText text, Summarizer method, SelectionOptions options) {
    return summarize(text, method, options, null);
  }

  /**
   * A summary biased toward {@code query} (null for none): the method's ranking is re-scored by
   * the one shared relevance term of {@link QueryRelevance}.
   */
  public Summary summarize(ClusterText text, Summarizer method, SelectionOptions options,
      QueryRelevance query) {
    List<Candidate> ranked = method.rank(text, options.budget());
    if (query != null) ranked = query.bias(text, ranked);
    Map<Integer, Double> scores = new HashMap<>();
    for (Candidate c : ranked) scores.putIfAbsent(c.sentence(), c.score());
    List<SummarySentence> sentences = new ArrayList<>();
    for (int i : selector.select(text, ranked, options)) {
      SupportFinder.Support s = support.find(text, i);
      sentences.add(new SummarySentence(text.sentence(i).text(), s.citations(), s.support(),
          scores.get(i)));
    }
    List<String> warnings = new ArrayList<>(text.warnings());
    if (sentences.isEmpty()) {
      warnings.add("cluster " + text.cluster().id() + ": no sentence to summarize"
          + (text.size() == 0 ? " (every article is empty or boilerplate)" : " fits the budget"));
    }
    List<Source> sources = new ArrayList<>();
    for (int a = 0; a < text.articleCount(); a++) {
      var article = text.cluster().articles().get(a);
      sources.add(new Source(a + 1, article.id(), text.cleanTitle(a), article.url(), article.outlet(),
          text.cleanText(a), text.sourceOf(a) == a ? 0 : text.sourceOf(a) + 1));
    }
    return new Summary(text.cluster().id(), method.name(), sentences, sources,
        text.names().names(), warnings);
  }
}
