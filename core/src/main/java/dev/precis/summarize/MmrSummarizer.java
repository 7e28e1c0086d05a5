package dev.precis.summarize;

import dev.precis.represent.ClusterText;
import java.util.List;

/**
 * Maximal Marginal Relevance (Carbonell and Goldstein 1998, "The Use of MMR, Diversity-Based
 * Reranking for Reordering Documents and Producing Summaries", SIGIR): greedily choose the
 * sentence maximizing {@code lambda * Sim1(s, Q) - (1 - lambda) * max_{t in S} Sim2(s, t)}, until
 * no sentence fits the budget.
 *
 * <p>For generic summaries the query {@code Q} is the cluster centroid (the mean TF-IDF vector of
 * its sentences, as {@link CentroidSummarizer} computes it); both similarities are TF-IDF cosines;
 * lambda is 0.7 by default, the relevance-leaning setting the paper reports working best for
 * summaries. Candidates are those of {@link Selector#pool()}. The chosen set comes first, in choice
 * order; the other sentences follow by their relevance.
 */
final class MmrSummarizer implements Summarizer {
  private final double lambda;

  MmrSummarizer() {
    this(0.7);
  }

  /** @throws IllegalArgumentException if {@code lambda} is not in [0, 1] */
  MmrSummarizer(double lambda) {
    if (!(lambda >= 0 && lambda <= 1)) {
      throw new IllegalArgumentException("MMR lambda must be in [0, 1], got " + lambda);
    }
    this.lambda = lambda;
  }

  @Override
  public String name() {
    return "mmr";
  }

  @Override
  public List<Candidate> rank(ClusterText cluster, Selector selector) {
    int n = cluster.size();
    double[] relevance = CentroidSummarizer.centroidCosines(cluster);
    // Only the chosen sentences' rows of the cosine matrix are read: each is computed when its
    // sentence is chosen (time and memory linear in the sentences for each one chosen).
    CosineMatrix.Rows rows = new CosineMatrix.Rows(cluster);
    double[] row = new double[n];
    Selector.Pool pool = selector.pool();
    double[] maxSim = new double[n];
    while (true) {
      int best = -1;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        if (!pool.canAdd(i)) continue;
        double score = lambda * relevance[i] - (1 - lambda) * maxSim[i];
        if (score > bestScore) {
          bestScore = score;
          best = i;
        }
      }
      if (best < 0) break;
      pool.add(best);
      rows.row(best, row); // symmetric: row best is column best
      for (int i = 0; i < n; i++) maxSim[i] = Math.max(maxSim[i], row[i]);
    }
    return ChosenFirst.rank(pool.chosen(), relevance);
  }
}
