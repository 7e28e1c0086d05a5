package dev.precis.learn;

import dev.precis.summarize.NgramCoverage;
import java.util.List;

/**
 * Sentences with features and labels, grouped by cluster: what the scorer learns from.
 *
 * @param clusters one entry per cluster, in input order
 */
public record TrainingSet(List<Example> clusters) {
  /**
   * One cluster's sentences, a feature row and a label each, and its n-grams with their labels
   * (rows in the order {@link NgramCoverage.Table#rows} gives them).
   */
  public record Example(String clusterId, String fingerprint, float[][] features, float[] labels,
      NgramCoverage.Table unigrams, NgramCoverage.Table bigrams, float[] unigramLabels,
      float[] bigramLabels) {}

  public TrainingSet {
    clusters = List.copyOf(clusters);
  }

  public int sentences() {
    int n = 0;
    for (Example e : clusters) n += e.labels().length;
    return n;
  }
}
