package dev.precis.summarize;

import dev.precis.represent.ClusterText;
import java.util.ArrayList;
import java.util.List;

/**
 * TextRank for sentence extraction (Mihalcea and Tarau 2004, "TextRank: Bringing Order into
 * Texts", EMNLP): weighted PageRank with damping 0.85 on the graph of sentences, where two
 * sentences are linked by {@code |{w : w in S_i and w in S_j}| / (log |S_i| + log |S_j|)}.
 *
 * <p>Words are the analyzed terms (stemmed, stop words removed), counted once each for the
 * overlap; {@code |S|} is the sentence's number of terms. A pair whose denominator is not
 * positive (two one-term sentences) is not linked. No sentence links to itself. Scores are
 * {@code WS(V_i) = (1 - d) + d * sum_j w_ji / sum_k w_jk * WS(V_j)} at convergence, the paper's
 * formula, so they average 1. The score of a sentence linked to none is spread evenly over all
 * sentences (the usual PageRank treatment of dangling nodes, which the paper does not discuss).
 */
final class TextRankSummarizer implements Summarizer {
  static final double DAMPING = 0.85;

  @Override
  public String name() {
    return "textrank";
  }

  @Override
  public List<Candidate> rank(ClusterText cluster, Selector selector) {
    // A cluster too large to weigh every pair links each sentence to its nearest neighbours.
    double[] p = cluster.size() <= NeighbourGraph.MAX_PAIRWISE
        ? LexRankSummarizer.scores(similarities(cluster), DAMPING)
        : neighbours(cluster).stationary(DAMPING);
    List<Candidate> out = new ArrayList<>(p.length);
    for (int i = 0; i < p.length; i++) out.add(new Candidate(i, p[i] * p.length));
    return Candidates.sorted(out);
  }

  /** The matrix of the paper's sentence similarity, zero on the diagonal. */
  /** The paper's weights between each sentence and its nearest neighbours ({@link NeighbourGraph}). */
  static NeighbourGraph neighbours(ClusterText cluster) {
    TermCounts counts = TermCounts.of(cluster);
    return NeighbourGraph.of(cluster, (i, j) -> {
      int[] a = counts.ids(i), b = counts.ids(j);
      int overlap = 0;
      for (int x = 0, y = 0; x < a.length && y < b.length; ) {
        if (a[x] == b[y]) {
          overlap++;
          x++;
          y++;
        } else if (a[x] < b[y]) {
          x++;
        } else {
          y++;
        }
      }
      double denominator = Math.log(cluster.sentence(i).terms().length)
          + Math.log(cluster.sentence(j).terms().length);
      return overlap == 0 || !(denominator > 0) ? 0 : overlap / denominator;
    });
  }

  static double[][] similarities(ClusterText cluster) {
    TermCounts counts = TermCounts.of(cluster);
    int n = cluster.size();
    double[][] sim = new double[n][n];
    int[] mark = new int[cluster.dictionary().size()];
    java.util.Arrays.fill(mark, -1);
    for (int i = 0; i < n; i++) {
      int[] a = counts.ids(i);
      for (int t : a) mark[t] = i;
      double logI = Math.log(cluster.sentence(i).terms().length);
      for (int j = i + 1; j < n; j++) {
        int[] b = counts.ids(j);
        int overlap = 0;
        for (int t : b) if (mark[t] == i) overlap++;
        if (overlap == 0) continue;
        double denominator = logI + Math.log(cluster.sentence(j).terms().length);
        if (!(denominator > 0)) continue;
        sim[i][j] = overlap / denominator;
        sim[j][i] = sim[i][j];
      }
    }
    return sim;
  }
}
