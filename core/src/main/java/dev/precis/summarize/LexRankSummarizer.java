package dev.precis.summarize;

import dev.precis.represent.ClusterText;
import java.util.ArrayList;
import java.util.List;

/**
 * Continuous LexRank (Erkan and Radev 2004, "LexRank: Graph-based Lexical Centrality as Salience
 * in Text Summarization", JAIR 22): the stationary distribution of a random walk on the graph of
 * sentences weighted by the TF-IDF cosine of each pair.
 *
 * <p>As in the paper's continuous variant (its equation 5), each row of the cosine matrix,
 * self-similarity included, is divided by its sum, and the walk jumps to a uniformly random
 * sentence with probability {@code 1 - damping} ({@code d = 0.15} in the paper, so the damping
 * here is 0.85). A sentence with no terms has an empty row and is treated as linking to every
 * sentence. Power iteration stops when the scores move by less than {@value #TOLERANCE} in L1
 * norm, or after {@value #MAX_ITERATIONS} steps. Scores are the stationary probabilities: they
 * sum to 1.
 */
final class LexRankSummarizer implements Summarizer {
  static final double TOLERANCE = 1e-7;
  static final int MAX_ITERATIONS = 200;

  private final double damping;

  LexRankSummarizer() {
    this(0.85);
  }

  /** @throws IllegalArgumentException if {@code damping} is not in [0, 1) */
  LexRankSummarizer(double damping) {
    if (!(damping >= 0 && damping < 1)) {
      throw new IllegalArgumentException("LexRank damping must be in [0, 1), got " + damping);
    }
    this.damping = damping;
  }

  @Override
  public String name() {
    return "lexrank";
  }

  @Override
  public List<Candidate> rank(ClusterText cluster, Selector selector) {
    // A cluster too large to weigh every pair links each sentence to its nearest neighbours.
    double[] p = cluster.size() <= NeighbourGraph.MAX_PAIRWISE
        ? scores(CosineMatrix.of(cluster), damping)
        : NeighbourGraph.cosine(cluster).stationary(damping);
    List<Candidate> out = new ArrayList<>(p.length);
    for (int i = 0; i < p.length; i++) out.add(new Candidate(i, p[i]));
    return Candidates.sorted(out);
  }

  /**
   * The stationary distribution of the damped walk on {@code weights} (rows normalized; a row of
   * zeros links to every sentence). Shared with {@link TextRankSummarizer}, whose PageRank is the
   * same walk scaled by the number of sentences. The walk runs over the non-zero weights only
   * ({@link NeighbourGraph#stationary}): the same sums, as a zero adds nothing.
   */
  static double[] scores(double[][] weights, double damping) {
    return NeighbourGraph.ofMatrix(weights).stationary(damping);
  }
}
