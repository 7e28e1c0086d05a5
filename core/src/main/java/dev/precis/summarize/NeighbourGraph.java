package dev.precis.summarize;

import dev.precis.represent.ClusterText;
import dev.precis.represent.SparseVector;
import java.util.Arrays;

/**
 * The graph of LexRank and TextRank for a cluster too large to compare every pair of sentences
 * (more than {@value #MAX_PAIRWISE}): each sentence linked to its {@value #NEIGHBOURS} nearest
 * others, found through an inverted index from terms to sentences instead of against every
 * sentence, so time and memory grow with the sentences, not their square.
 *
 * <p>Candidates are the sentences sharing one of a sentence's rarer terms (those in at most
 * {@link #commonTerm} sentences: a term most sentences have links everything to everything and
 * tells no neighbour apart), ranked by the TF-IDF dot product over those terms; the best
 * {@value #NEIGHBOURS} get their exact weight. Up to {@value #MAX_PAIRWISE} sentences the methods
 * keep their exact matrices ({@link CosineMatrix}), so a news cluster's summary is as before.
 */
final class NeighbourGraph {
  /** Up to this many sentences, the graph methods weigh every pair. */
  static final int MAX_PAIRWISE = 2_000;
  /** Neighbours kept per sentence in a larger cluster. */
  static final int NEIGHBOURS = 50;

  /** Each sentence's neighbours (increasing) and the weights of its links to them. */
  private final int[][] links;
  private final double[][] weights;

  private NeighbourGraph(int[][] links, double[][] weights) {
    this.links = links;
    this.weights = weights;
  }

  /** The weight of a link between two sentences, as a method defines it. */
  interface Weight {
    double of(int i, int j);
  }

  /**
   * LexRank's graph: TF-IDF cosine, each sentence with terms linked to itself at 1 as in {@link
   * CosineMatrix}.
   */
  static NeighbourGraph cosine(ClusterText cluster) {
    return of(cluster, true, (i, j) -> {
      SparseVector a = cluster.vector(i);
      SparseVector b = cluster.vector(j);
      double d = a.norm() * b.norm();
      return d == 0 ? 0 : Math.min(1, a.dot(b) / d);
    });
  }

  /** TextRank's graph: {@code weight} of its pairs, no sentence linked to itself. */
  static NeighbourGraph of(ClusterText cluster, Weight weight) {
    return of(cluster, false, weight);
  }

  /** The graph of a matrix of weights: its non-zero entries, row by row, in column order. */
  static NeighbourGraph ofMatrix(double[][] matrix) {
    int n = matrix.length;
    int[][] links = new int[n][];
    double[][] weights = new double[n][];
    for (int i = 0; i < n; i++) {
      double[] row = matrix[i];
      int m = 0;
      for (double w : row) if (w != 0) m++;
      links[i] = new int[m];
      weights[i] = new double[m];
      int k = 0;
      for (int j = 0; j < row.length; j++) {
        if (row[j] != 0) {
          links[i][k] = j;
          weights[i][k++] = row[j];
        }
      }
    }
    return new NeighbourGraph(links, weights);
  }

  /** The document frequency over which a term is too common to find neighbours by. */
  static int commonTerm(int sentences) {
    return Math.max(100, 4 * (int) Math.sqrt(sentences));
  }

  private static NeighbourGraph of(ClusterText cluster, boolean self, Weight weight) {
    int n = cluster.size();
    int terms = cluster.dictionary().size();
    int[] df = new int[terms];
    for (int i = 0; i < n; i++) {
      SparseVector v = cluster.vector(i);
      for (int k = 0; k < v.size(); k++) df[v.id(k)]++;
    }
    int[][] postings = new int[terms][];
    for (int t = 0; t < terms; t++) postings[t] = new int[df[t]];
    int[] fill = new int[terms];
    float[][] postingWeights = new float[terms][];
    for (int t = 0; t < terms; t++) postingWeights[t] = new float[df[t]];
    for (int i = 0; i < n; i++) {
      SparseVector v = cluster.vector(i);
      for (int k = 0; k < v.size(); k++) {
        int t = v.id(k);
        postings[t][fill[t]] = i;
        postingWeights[t][fill[t]++] = v.weight(k);
      }
    }
    int common = commonTerm(n);
    double[] score = new double[n];
    int[] touched = new int[n];
    int[][] links = new int[n][];
    double[][] weights = new double[n][];
    TopK top = new TopK(NEIGHBOURS);
    for (int i = 0; i < n; i++) {
      SparseVector v = cluster.vector(i);
      int count = 0;
      for (int k = 0; k < v.size(); k++) {
        int t = v.id(k);
        if (df[t] > common) continue;
        float w = v.weight(k);
        int[] p = postings[t];
        float[] pw = postingWeights[t];
        for (int q = 0; q < p.length; q++) {
          int j = p[q];
          if (j == i) continue;
          if (score[j] == 0) touched[count++] = j;
          score[j] += (double) w * pw[q];
        }
      }
      top.clear();
      for (int c = 0; c < count; c++) {
        top.offer(touched[c], score[touched[c]]);
        score[touched[c]] = 0;
      }
      int[] near = top.indices();
      Arrays.sort(near);
      int[] row = new int[near.length + (self && v.norm() > 0 ? 1 : 0)];
      double[] rowWeights = new double[row.length];
      int m = 0;
      boolean selfAdded = !(self && v.norm() > 0);
      for (int j : near) {
        if (!selfAdded && j > i) {
          row[m] = i;
          rowWeights[m++] = 1;
          selfAdded = true;
        }
        double x = weight.of(i, j);
        if (x > 0) {
          row[m] = j;
          rowWeights[m++] = x;
        }
      }
      if (!selfAdded) {
        row[m] = i;
        rowWeights[m++] = 1;
      }
      links[i] = Arrays.copyOf(row, m);
      weights[i] = Arrays.copyOf(rowWeights, m);
    }
    return new NeighbourGraph(links, weights);
  }

  /**
   * The stationary distribution of the damped walk on this graph (rows normalized, a sentence
   * with no link linking to every sentence): power iteration until the scores move by less than
   * {@link LexRankSummarizer#TOLERANCE} in L1 norm, or {@link LexRankSummarizer#MAX_ITERATIONS}
   * steps. Normalizes the graph's weights in place: call it once.
   */
  double[] stationary(double damping) {
    int n = links.length;
    boolean[] dangling = new boolean[n];
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (double w : weights[i]) sum += w;
      if (sum == 0) {
        dangling[i] = true;
      } else {
        for (int k = 0; k < weights[i].length; k++) weights[i][k] /= sum;
      }
    }
    double[] p = new double[n];
    double[] next = new double[n];
    Arrays.fill(p, 1.0 / n);
    for (int iteration = 0; iteration < LexRankSummarizer.MAX_ITERATIONS; iteration++) {
      double danglingMass = 0;
      for (int i = 0; i < n; i++) if (dangling[i]) danglingMass += p[i];
      double base = (1 - damping) / n + damping * danglingMass / n;
      Arrays.fill(next, base);
      for (int i = 0; i < n; i++) {
        if (dangling[i] || p[i] == 0) continue;
        double pi = damping * p[i];
        int[] row = links[i];
        double[] w = weights[i];
        for (int k = 0; k < row.length; k++) next[row[k]] += pi * w[k];
      }
      double change = 0;
      for (int i = 0; i < n; i++) change += Math.abs(next[i] - p[i]);
      double[] t = p;
      p = next;
      next = t;
      if (change < LexRankSummarizer.TOLERANCE) break;
    }
    return p;
  }

  /** The {@code k} best-scored indices seen, ties to the lower index: a min-heap on parallel arrays. */
  private static final class TopK {
    private final int k;
    private final int[] index;
    private final double[] score;
    private int size;

    TopK(int k) {
      this.k = k;
      this.index = new int[k];
      this.score = new double[k];
    }

    void clear() {
      size = 0;
    }

    /** Whether (a, x) ranks below (b, y): a lower score, or the same score and a higher index. */
    private static boolean below(double x, int a, double y, int b) {
      return x < y || x == y && a > b;
    }

    void offer(int i, double s) {
      if (size < k) {
        int c = size++;
        index[c] = i;
        score[c] = s;
        while (c > 0) {
          int parent = (c - 1) / 2;
          if (!below(score[c], index[c], score[parent], index[parent])) break;
          swap(c, parent);
          c = parent;
        }
        return;
      }
      if (!below(score[0], index[0], s, i)) return;
      index[0] = i;
      score[0] = s;
      int c = 0;
      while (true) {
        int l = 2 * c + 1, r = l + 1, least = c;
        if (l < size && below(score[l], index[l], score[least], index[least])) least = l;
        if (r < size && below(score[r], index[r], score[least], index[least])) least = r;
        if (least == c) break;
        swap(c, least);
        c = least;
      }
    }

    private void swap(int a, int b) {
      int ti = index[a];
      index[a] = index[b];
      index[b] = ti;
      double ts = score[a];
      score[a] = score[b];
      score[b] = ts;
    }

    int[] indices() {
      return Arrays.copyOf(index, size);
    }
  }
}
