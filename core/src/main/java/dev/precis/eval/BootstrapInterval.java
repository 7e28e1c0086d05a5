package dev.precis.eval;

import java.util.Arrays;
import java.util.Random;

/**
 * The mean of per-cluster values with a 95% percentile bootstrap confidence interval: the
 * values are resampled with replacement, each resample's mean is taken, and the interval runs
 * from the 2.5th to the 97.5th percentile of those means, placed as ROUGE-1.5.5 places them
 * (with 1000 resamples, the 26th and the 975th smallest mean). Deterministic for a given seed:
 * the resamples are drawn with {@link Random}, whose sequence is fixed by its specification.
 */
public final class BootstrapInterval {
  /** Resamples drawn by {@link #of(double[])}, as ROUGE's {@code -r} default. */
  public static final int DEFAULT_RESAMPLES = 1000;
  /** Seed used by {@link #of(double[])}. */
  public static final long DEFAULT_SEED = 1L;
  private static final double CONFIDENCE = 95;

  /**
   * A mean and its confidence interval.
   *
   * @param mean the mean of the values
   * @param low  the lower end of the 95% interval
   * @param high the upper end of the 95% interval
   */
  public record Interval(double mean, double low, double high) {
  }

  private BootstrapInterval() {
  }

  /** The interval with {@value #DEFAULT_RESAMPLES} resamples and seed {@value #DEFAULT_SEED}. */
  public static Interval of(double[] values) {
    return of(values, DEFAULT_RESAMPLES, DEFAULT_SEED);
  }

  /**
   * The mean of the values and its 95% percentile bootstrap interval.
   *
   * @param values    one value per cluster (or per document); not changed
   * @param resamples how many resamples to draw, at least 1
   * @param seed      seed of the resampling, so that the same call gives the same interval
   * @throws IllegalArgumentException for no values, a NaN or infinite value (naming its index),
   *     or fewer than 1 resample
   */
  public static Interval of(double[] values, int resamples, long seed) {
    return around(mean(values), resampleMeans(values, resamples, seed));
  }

  /** The 95% interval that the sorted resample {@code means} give around {@code mean}. */
  static Interval around(double mean, double[] means) {
    double delta = means.length * ((100 - CONFIDENCE) / 2.0) / 100.0;
    return new Interval(mean, interpolate(means, delta), interpolate(means, means.length - delta - 1));
  }

  /**
   * The sorted means of {@code resamples} resamples of {@code values}, drawn with replacement.
   *
   * @throws IllegalArgumentException as {@link #of(double[], int, long)}
   */
  static double[] resampleMeans(double[] values, int resamples, long seed) {
    if (values == null || values.length == 0) {
      throw new IllegalArgumentException(
          "no values to bootstrap: pass at least one per-cluster value");
    }
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(
            "value " + i + " is " + values[i] + ": bootstrap needs finite values");
      }
    }
    if (resamples < 1) {
      throw new IllegalArgumentException(
          "resamples is " + resamples + ": draw at least 1 (ROUGE draws 1000)");
    }
    int n = values.length;
    Random random = new Random(seed);
    double[] means = new double[resamples];
    for (int s = 0; s < resamples; s++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += values[random.nextInt(n)];
      }
      means[s] = sum / n;
    }
    Arrays.sort(means);
    return means;
  }

  static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  /** The sorted array at a fractional index, interpolated, the index kept inside the array. */
  private static double interpolate(double[] sorted, double index) {
    int last = sorted.length - 1;
    int below = Math.min(Math.max((int) Math.floor(index), 0), last);
    int above = Math.min(below + 1, last);
    double fraction = Math.max(index - below, 0);
    return sorted[below] + (sorted[above] - sorted[below]) * Math.min(fraction, 1);
  }
}
