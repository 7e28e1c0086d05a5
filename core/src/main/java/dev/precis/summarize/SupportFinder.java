package dev.precis.summarize;

import dev.precis.model.Citation;
import dev.precis.represent.ClusterText;
import dev.precis.represent.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds, for a chosen sentence, the articles that state it too: in every other article, the most
 * similar sentence, when its TF-IDF cosine with the chosen one is at or above the threshold
 * ({@value #DEFAULT_THRESHOLD} by default: on news, a pair above it reports the same fact in
 * other words; below it, pairs merely share a topic). Support counts independent sources, so
 * near-duplicate copies of one story count once.
 */
public final class SupportFinder {
  public static final double DEFAULT_THRESHOLD = 0.4;

  private final double threshold;

  public SupportFinder() {
    this(DEFAULT_THRESHOLD);
  }

  public SupportFinder(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("support threshold must be in (0, 1], got " + threshold);
    }
    this.threshold = threshold;
  }

  /** A sentence's citations (its own first, then one per supporting article) and support. */
  public record Support(List<Citation> citations, int support) {}

  public Support find(ClusterText cluster, int sentence) {
    Sentence s = cluster.sentence(sentence);
    int articles = cluster.articleCount();
    int[] best = new int[articles];
    double[] bestSim = new double[articles];
    java.util.Arrays.fill(best, -1);
    for (Sentence o : cluster.sentences()) {
      if (o.article() == s.article()) continue;
      double sim = cluster.vector(sentence).cosine(cluster.vector(o.index()));
      if (sim >= threshold && sim > bestSim[o.article()]) {
        bestSim[o.article()] = sim;
        best[o.article()] = o.index();
      }
    }
    List<Citation> citations = new ArrayList<>();
    Set<Integer> sources = new HashSet<>();
    citations.add(citation(cluster, s));
    sources.add(cluster.sourceOf(s.article()));
    for (int a = 0; a < articles; a++) {
      if (best[a] < 0) continue;
      citations.add(citation(cluster, cluster.sentence(best[a])));
      sources.add(cluster.sourceOf(a));
    }
    return new Support(citations, sources.size());
  }

  private static Citation citation(ClusterText cluster, Sentence s) {
    return new Citation(s.article() + 1, cluster.cluster().articles().get(s.article()).id(),
        s.start(), s.end());
  }
}
