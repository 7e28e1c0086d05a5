package dev.precis.summarize;

import dev.precis.represent.ClusterText;
import java.util.Arrays;

/**
 * Each sentence's distinct term ids (increasing) with how often each occurs, in primitive
 * arrays, for methods that count words rather than weigh them.
 */
final class TermCounts {
  private final int[][] ids;
  private final int[][] counts;

  private TermCounts(int[][] ids, int[][] counts) {
    this.ids = ids;
    this.counts = counts;
  }

  static TermCounts of(ClusterText cluster) {
    int n = cluster.size();
    int[][] ids = new int[n][];
    int[][] counts = new int[n][];
    for (int i = 0; i < n; i++) {
      int[] sorted = cluster.sentence(i).terms().clone();
      Arrays.sort(sorted);
      int[] id = new int[sorted.length];
      int[] c = new int[sorted.length];
      int m = 0;
      for (int t : sorted) {
        if (m > 0 && id[m - 1] == t) {
          c[m - 1]++;
        } else {
          id[m] = t;
          c[m++] = 1;
        }
      }
      ids[i] = Arrays.copyOf(id, m);
      counts[i] = Arrays.copyOf(c, m);
    }
    return new TermCounts(ids, counts);
  }

  /** The distinct term ids of sentence {@code i}, increasing (do not modify). */
  int[] ids(int i) {
    return ids[i];
  }

  /** How often each of {@link #ids}{@code (i)} occurs in sentence {@code i} (do not modify). */
  int[] counts(int i) {
    return counts[i];
  }
}
