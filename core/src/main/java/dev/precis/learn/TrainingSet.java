package dev.precis.learn;

import java.util.List;

/**
 * Sentences with features and labels, grouped by cluster: what the scorer learns from.
 *
 * @param clusters one entry per cluster, in input order
 */
public record TrainingSet(List<Example> clusters) {
  /** One cluster's sentences: a feature row and a label each. */
  public record Example(String clusterId, String fingerprint, float[][] features, float[] labels) {}

  public TrainingSet {
    clusters = List.copyOf(clusters);
  }

  public int sentences() {
    int n = 0;
    for (Example e : clusters) n += e.labels().length;
    return n;
  }
}
