package dev.precis.summarize;

import dev.precis.represent.ClusterText;
import dev.precis.represent.SparseVector;

/**
 * The TF-IDF cosine of every pair of a cluster's sentences, computed once per method call: each
 * row scatters one vector into a dense array, so a pair costs one pass over the other vector.
 * The diagonal is 1 for a sentence with terms and 0 for one without; every entry is in [0, 1].
 */
final class CosineMatrix {
  private CosineMatrix() {}

  static double[][] of(ClusterText cluster) {
    int n = cluster.size();
    double[][] sim = new double[n][n];
    float[] dense = new float[cluster.dictionary().size()];
    for (int i = 0; i < n; i++) {
      SparseVector a = cluster.vector(i);
      if (a.norm() == 0) continue;
      for (int k = 0; k < a.size(); k++) dense[a.id(k)] = a.weight(k);
      sim[i][i] = 1;
      for (int j = i + 1; j < n; j++) {
        SparseVector b = cluster.vector(j);
        if (b.norm() == 0) continue;
        double dot = 0;
        for (int k = 0; k < b.size(); k++) dot += (double) dense[b.id(k)] * b.weight(k);
        // Rounding can push a duplicate's cosine a hair above 1.
        double c = Math.min(1, dot / (a.norm() * b.norm()));
        sim[i][j] = c;
        sim[j][i] = c;
      }
      for (int k = 0; k < a.size(); k++) dense[a.id(k)] = 0;
    }
    return sim;
  }
}
