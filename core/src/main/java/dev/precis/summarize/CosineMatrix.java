package dev.precis.summarize;

import dev.precis.represent.ClusterText;
import dev.precis.represent.SparseVector;

/**
 * The TF-IDF cosine of every pair of a cluster's sentences (or of a chosen set of them), computed
 * once per method call: each row scatters one vector into a dense array, so a pair costs one pass
 * over the other vector. The diagonal is 1 for a sentence with terms and 0 for one without; every
 * entry is in [0, 1]. {@link Rows} gives one sentence's cosines with all the others, the same
 * values in the same sums, for a method that reads only the rows of the sentences it chooses.
 */
final class CosineMatrix {
  private CosineMatrix() {}

  static double[][] of(ClusterText cluster) {
    int[] all = new int[cluster.size()];
    for (int i = 0; i < all.length; i++) all[i] = i;
    return of(cluster, all);
  }

  /**
   * The cosines among the sentences {@code of} (cluster indices, ascending), indexed by their
   * place in {@code of}.
   */
  static double[][] of(ClusterText cluster, int[] of) {
    int n = of.length;
    double[][] sim = new double[n][n];
    float[] dense = new float[cluster.dictionary().size()];
    for (int i = 0; i < n; i++) {
      SparseVector a = cluster.vector(of[i]);
      if (a.norm() == 0) continue;
      for (int k = 0; k < a.size(); k++) dense[a.id(k)] = a.weight(k);
      sim[i][i] = 1;
      for (int j = i + 1; j < n; j++) {
        SparseVector b = cluster.vector(of[j]);
        if (b.norm() == 0) continue;
        double c = cosine(a, dense, b);
        sim[i][j] = c;
        sim[j][i] = c;
      }
      for (int k = 0; k < a.size(); k++) dense[a.id(k)] = 0;
    }
    return sim;
  }

  /** {@code a}'s cosine with {@code b}, {@code a} scattered in {@code dense}; both have terms. */
  private static double cosine(SparseVector a, float[] dense, SparseVector b) {
    double dot = 0;
    for (int k = 0; k < b.size(); k++) dot += (double) dense[b.id(k)] * b.weight(k);
    // Rounding can push a duplicate's cosine a hair above 1.
    return Math.min(1, dot / (a.norm() * b.norm()));
  }

  /**
   * Rows of the full matrix {@link #of(ClusterText)} one at a time, each entry computed as the
   * matrix computes it (the sentence of the lower index scattered, the other's terms summed in
   * their order), so the values are the same to the last bit; memory is linear in the sentences.
   * Not thread-safe.
   */
  static final class Rows {
    private final ClusterText cluster;
    private final float[] dense;

    Rows(ClusterText cluster) {
      this.cluster = cluster;
      this.dense = new float[cluster.dictionary().size()];
    }

    /** Row {@code r}: the cosine of sentence {@code r} with each sentence, into {@code out}. */
    void row(int r, double[] out) {
      int n = cluster.size();
      java.util.Arrays.fill(out, 0);
      SparseVector b = cluster.vector(r);
      if (b.norm() == 0) return;
      out[r] = 1;
      // Below r, each sentence is the one scattered: the sum runs over r's terms, looking up the
      // other's weight of each.
      for (int i = 0; i < r; i++) {
        SparseVector a = cluster.vector(i);
        if (a.norm() == 0) continue;
        double dot = 0;
        for (int k = 0; k < b.size(); k++) dot += (double) weight(a, b.id(k)) * b.weight(k);
        out[i] = Math.min(1, dot / (a.norm() * b.norm()));
      }
      // Above r, r is the one scattered.
      for (int k = 0; k < b.size(); k++) dense[b.id(k)] = b.weight(k);
      for (int j = r + 1; j < n; j++) {
        SparseVector a = cluster.vector(j);
        if (a.norm() == 0) continue;
        out[j] = cosine(b, dense, a);
      }
      for (int k = 0; k < b.size(); k++) dense[b.id(k)] = 0;
    }

    /** {@code v}'s weight of term {@code id}, 0 if it has none (its ids ascend). */
    private static float weight(SparseVector v, int id) {
      int lo = 0, hi = v.size() - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        int m = v.id(mid);
        if (m < id) lo = mid + 1;
        else if (m > id) hi = mid - 1;
        else return v.weight(mid);
      }
      return 0;
    }
  }
}
