package dev.precis.summarize;

import dev.precis.represent.ClusterText;
import dev.precis.represent.Sentence;
import dev.precis.represent.SparseVector;
import java.util.ArrayList;
import java.util.List;

/**
 * The centroid method of MEAD (Radev, Jing, Sty&#347; and Tam 2004): a sentence's score is its
 * centroid value (cosine of its TF-IDF vector with the cluster centroid, the mean of all sentence
 * vectors), plus a positional value ({@code C_max * (n - i) / n} for the i-th of n sentences of
 * its article), plus its overlap with its article's first sentence (cosine), weighted
 * {@code 1 : 1 : 1} as the paper's defaults.
 */
final class CentroidSummarizer implements Summarizer {
  private final double centroidWeight;
  private final double positionWeight;
  private final double firstSentenceWeight;

  CentroidSummarizer() {
    this(1.0, 1.0, 1.0);
  }

  CentroidSummarizer(double centroidWeight, double positionWeight, double firstSentenceWeight) {
    this.centroidWeight = centroidWeight;
    this.positionWeight = positionWeight;
    this.firstSentenceWeight = firstSentenceWeight;
  }

  @Override
  public String name() {
    return "centroid";
  }

  @Override
  public List<Candidate> rank(ClusterText cluster, Selector selector) {
    return rank(cluster);
  }

  /** The sentences by centroid score, best first: what {@link #rank(ClusterText, Selector)} gives. */
  List<Candidate> rank(ClusterText cluster) {
    int n = cluster.size();
    if (n == 0) return List.of();
    double[] c = centroidCosines(cluster);
    double cMax = 0;
    for (int i = 0; i < n; i++) cMax = Math.max(cMax, c[i]);
    int[] sentencesIn = new int[cluster.articleCount()];
    int[] firstOf = new int[cluster.articleCount()];
    java.util.Arrays.fill(firstOf, -1);
    for (Sentence s : cluster.sentences()) {
      sentencesIn[s.article()]++;
      if (firstOf[s.article()] < 0) firstOf[s.article()] = s.index();
    }
    List<Candidate> out = new ArrayList<>(n);
    for (Sentence s : cluster.sentences()) {
      int len = sentencesIn[s.article()];
      double p = cMax * (len - s.position()) / len;
      double f = cluster.vector(s.index()).cosine(cluster.vector(firstOf[s.article()]));
      out.add(new Candidate(s.index(),
          centroidWeight * c[s.index()] + positionWeight * p + firstSentenceWeight * f));
    }
    return Candidates.sorted(out);
  }

  static SparseVector centroid(ClusterText cluster) {
    return SparseVector.ofDense(centroidWeights(cluster));
  }

  /**
   * Each sentence's cosine with the {@link #centroid}: what {@code vector(i).cosine(centroid)}
   * gives, in one pass over the sentences' terms.
   */
  static double[] centroidCosines(ClusterText cluster) {
    float[] dense = centroidWeights(cluster);
    double centroidNorm = SparseVector.ofDense(dense).norm();
    double[] c = new double[cluster.size()];
    for (int i = 0; i < c.length; i++) c[i] = cosine(cluster.vector(i), dense, centroidNorm);
    return c;
  }

  /** The centroid's weights by term id: the mean of the sentence vectors. */
  private static float[] centroidWeights(ClusterText cluster) {
    float[] sum = new float[cluster.dictionary().size()];
    for (int i = 0; i < cluster.size(); i++) cluster.vector(i).addTo(sum, 1f / cluster.size());
    return sum;
  }

  /**
   * {@code v.cosine(centroid)}, the same sums in the same order, looked up in the centroid's
   * dense weights: a pass over the sentence's terms, not a merge with the centroid's (which holds
   * every term of the cluster, so the merge made the ranking quadratic in a large cluster).
   */
  private static double cosine(SparseVector v, float[] centroid, double centroidNorm) {
    double d = v.norm() * centroidNorm;
    if (d == 0) return 0;
    double dot = 0;
    for (int k = 0; k < v.size(); k++) {
      float w = centroid[v.id(k)];
      if (w != 0) dot += (double) v.weight(k) * w;
    }
    return dot / d;
  }
}
