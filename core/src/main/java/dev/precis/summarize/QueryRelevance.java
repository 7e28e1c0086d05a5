package dev.precis.summarize;

import dev.precis.represent.ClusterText;
import dev.precis.represent.SparseVector;
import dev.precis.text.TermAnalyzer;
import java.util.ArrayList;
import java.util.List;

/**
 * Biases any method's ranking towards a query: each candidate's new score is
 * {@code (1 - lambda) * normalizedScore + lambda * relevance}, where the method's scores are
 * min-max normalized to [0, 1] over the ranking and relevance is the TF-IDF cosine of the
 * sentence with the query (the query analyzed by {@link TermAnalyzer}, weighted by the cluster's
 * IDF; terms the cluster never uses are ignored), divided by the highest relevance among the
 * candidates. That scaling puts both parts on [0, 1]: a short query's raw cosines rarely pass
 * 0.4, which would let the method's order drown the query. Lambda is 0.5 by default.
 *
 * <p>The result is re-sorted best first. For methods that choose a set under the budget (MMR,
 * KL, submodular, ILP, oracle) the bias re-orders their ranking like any other: their chosen set
 * keeps its head start in the normalized score but is not re-optimized for the query, so the
 * summary is no longer guaranteed to be their optimum. A query with no term known to the cluster
 * leaves the order unchanged. Thread-safe.
 */
public final class QueryRelevance {
  private final String query;
  private final double lambda;
  private final TermAnalyzer analyzer;

  public QueryRelevance(String query) {
    this(query, 0.5, new TermAnalyzer());
  }

  /**
   * @throws IllegalArgumentException if {@code query} is blank or {@code lambda} is not in [0, 1]
   */
  public QueryRelevance(String query, double lambda, TermAnalyzer analyzer) {
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("query must have some text, got '" + query + "'");
    }
    if (!(lambda >= 0 && lambda <= 1)) {
      throw new IllegalArgumentException("query weight lambda must be in [0, 1], got " + lambda);
    }
    this.query = query;
    this.lambda = lambda;
    this.analyzer = analyzer;
  }

  /** The candidates of {@code ranked}, re-scored towards the query and re-sorted, best first. */
  public List<Candidate> bias(ClusterText cluster, List<Candidate> ranked) {
    SparseVector q = queryVector(cluster);
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Candidate c : ranked) {
      min = Math.min(min, c.score());
      max = Math.max(max, c.score());
    }
    double range = max - min;
    double[] relevance = new double[ranked.size()];
    double top = 0;
    for (int k = 0; k < relevance.length; k++) {
      relevance[k] = relevance(cluster, q, ranked.get(k).sentence());
      top = Math.max(top, relevance[k]);
    }
    List<Candidate> out = new ArrayList<>(ranked.size());
    for (int k = 0; k < relevance.length; k++) {
      Candidate c = ranked.get(k);
      double normalized = range > 0 && Double.isFinite(range) ? (c.score() - min) / range : 1;
      if (Double.isNaN(normalized)) normalized = 0;
      double r = top > 0 ? relevance[k] / top : 0;
      out.add(new Candidate(c.sentence(), (1 - lambda) * normalized + lambda * r));
    }
    return Candidates.sorted(out);
  }

  /**
   * Every sentence's relevance to the query, divided by the highest (so the most relevant is 1),
   * for a method that weighs the query inside its choice ({@link Summarizer#choosesWithQuery});
   * all 0 when no sentence shares a term with it.
   */
  public double[] relevances(ClusterText cluster) {
    SparseVector q = queryVector(cluster);
    double[] out = new double[cluster.size()];
    double top = 0;
    for (int i = 0; i < out.length; i++) {
      out[i] = relevance(cluster, q, i);
      top = Math.max(top, out[i]);
    }
    if (top > 0) for (int i = 0; i < out.length; i++) out[i] /= top;
    return out;
  }

  /** The TF-IDF cosine of sentence {@code i} with the query, in [0, 1] (before scaling). */
  public double relevance(ClusterText cluster, int i) {
    return relevance(cluster, queryVector(cluster), i);
  }

  private static double relevance(ClusterText cluster, SparseVector q, int i) {
    return Math.min(1, cluster.vector(i).cosine(q));
  }

  private SparseVector queryVector(ClusterText cluster) {
    float[] dense = new float[cluster.dictionary().size()];
    for (String term : analyzer.terms(query)) {
      int id = cluster.dictionary().id(term);
      if (id >= 0) dense[id] += cluster.idf(id);
    }
    return SparseVector.ofDense(dense);
  }
}
