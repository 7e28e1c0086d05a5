package dev.precis.summarize;

import dev.precis.represent.ClusterText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The random baseline: the cluster's sentences in a random order, seeded by the hash of the
 * cluster's id, so one cluster always gives the same order. Scores fall from 1 towards 0.
 */
final class RandomSummarizer implements Summarizer {
  @Override
  public String name() {
    return "random";
  }

  @Override
  public List<Candidate> rank(ClusterText cluster, Selector selector) {
    int n = cluster.size();
    int[] order = new int[n];
    for (int i = 0; i < n; i++) order[i] = i;
    Random random = new Random(cluster.cluster().id().hashCode());
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    List<Candidate> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) out.add(new Candidate(order[k], 1.0 - (double) k / n));
    return out;
  }
}
