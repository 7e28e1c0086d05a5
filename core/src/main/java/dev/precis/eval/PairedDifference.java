package dev.precis.eval;

/**
 * How far one system is ahead of another on the same clusters: the mean of the per-cluster
 * differences with its 95% percentile bootstrap interval, and the share of resamples in which
 * the first system is not ahead (the paired bootstrap test of Koehn 2004 and Berg-Kirkpatrick et
 * al. 2012, one-sided). Pairing by cluster removes the spread between easy and hard clusters,
 * so a difference far smaller than either system's own interval can still be told from noise.
 *
 * @param mean     the mean difference, first minus second
 * @param low      the lower end of its 95% interval
 * @param high     the upper end of its 95% interval
 * @param notAhead the share of resamples whose mean difference is at most 0: near 0 when the first
 *                 system is ahead beyond doubt, about 0.5 when the two are alike
 */
public record PairedDifference(double mean, double low, double high, double notAhead) {

  /**
   * The difference {@code first[i] - second[i]} over clusters {@code i}, resampled
   * {@value BootstrapInterval#DEFAULT_RESAMPLES} times with seed
   * {@value BootstrapInterval#DEFAULT_SEED} (deterministic).
   *
   * @throws IllegalArgumentException if the arrays differ in length, are empty or hold a value
   *     that is not finite
   */
  public static PairedDifference of(double[] first, double[] second) {
    if (first.length != second.length) {
      throw new IllegalArgumentException("paired values differ in number: " + first.length
          + " and " + second.length + "; pass one of each per cluster");
    }
    double[] d = new double[first.length];
    for (int i = 0; i < d.length; i++) d[i] = first[i] - second[i];
    double[] means = BootstrapInterval.resampleMeans(d, BootstrapInterval.DEFAULT_RESAMPLES,
        BootstrapInterval.DEFAULT_SEED);
    BootstrapInterval.Interval interval = BootstrapInterval.around(BootstrapInterval.mean(d), means);
    int notAhead = 0;
    while (notAhead < means.length && means[notAhead] <= 0) notAhead++;
    return new PairedDifference(interval.mean(), interval.low(), interval.high(),
        (double) notAhead / means.length);
  }
}
