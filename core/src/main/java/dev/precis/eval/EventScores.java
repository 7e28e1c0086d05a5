package dev.precis.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How well a grouping of a stream's articles into events matches the gold events: B-cubed
 * precision, recall and F1 (Bagga and Baldwin 1998: per article, the share of its event that is
 * its gold event's and the share of its gold event found in its event, averaged over articles)
 * and pair-counting precision, recall and F1 (over pairs of articles put together), each with a
 * 95% bootstrap interval from resampling the gold events with replacement (1,000 resamples, seed
 * 1, as {@link BootstrapInterval}), and the number of events found against the gold number.
 *
 * @param bcubedPrecision B-cubed precision
 * @param bcubedRecall    B-cubed recall
 * @param bcubedF1        the harmonic mean of the two
 * @param pairPrecision   pair-counting precision
 * @param pairRecall      pair-counting recall
 * @param pairF1          pair-counting F1
 * @param articles        articles scored
 * @param found           events found among them
 * @param gold            gold events among them
 */
public record EventScores(BootstrapInterval.Interval bcubedPrecision,
    BootstrapInterval.Interval bcubedRecall, BootstrapInterval.Interval bcubedF1,
    BootstrapInterval.Interval pairPrecision, BootstrapInterval.Interval pairRecall,
    BootstrapInterval.Interval pairF1, int articles, int found, int gold) {

  /**
   * Scores {@code found} against {@code gold} over the articles {@code scored} (all articles when
   * it is null): each scored article's B-cubed and pair counts are taken over the whole grouping,
   * so a grouping of a whole stream can be scored one part at a time.
   *
   * @param found  event of each article, by article id (every article of {@code gold})
   * @param gold   gold event of each article, by article id
   * @param scored the ids to score, or null for all of {@code gold}
   */
  public static EventScores of(Map<String, String> found, Map<String, String> gold,
      java.util.Collection<String> scored) {
    Units u = units(found, gold, scored);
    return of(u.byGold(), u.found());
  }

  /**
   * Per gold event, the sums of its articles' B-cubed precision and recall, their number and
   * their pair counts (found together and right, found together, together in gold); and how many
   * events the scored articles were found in.
   */
  record Units(Map<String, double[]> byGold, int found) {}

  static Units units(Map<String, String> found, Map<String, String> gold,
      java.util.Collection<String> scored) {
    Map<String, Integer> foundSize = new HashMap<>();
    Map<String, Integer> goldSize = new HashMap<>();
    Map<List<String>, Integer> both = new HashMap<>();
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String f = found.get(e.getKey());
      if (f == null) throw new IllegalArgumentException("article " + e.getKey() + " was not grouped");
      foundSize.merge(f, 1, Integer::sum);
      goldSize.merge(e.getValue(), 1, Integer::sum);
      both.merge(List.of(f, e.getValue()), 1, Integer::sum);
    }
    List<String> ids = new ArrayList<>(scored == null ? gold.keySet() : scored);
    ids.sort(null);
    Map<String, double[]> units = new java.util.TreeMap<>();
    java.util.Set<String> foundEvents = new java.util.HashSet<>();
    for (String id : ids) {
      String f = found.get(id);
      String g = gold.get(id);
      if (g == null) throw new IllegalArgumentException("article " + id + " has no gold event");
      foundEvents.add(f);
      int common = both.get(List.of(f, g));
      double[] u = units.computeIfAbsent(g, k -> new double[6]);
      u[0] += (double) common / foundSize.get(f);
      u[1] += (double) common / goldSize.get(g);
      u[2] += 1;
      u[3] += common - 1;
      u[4] += foundSize.get(f) - 1;
      u[5] += goldSize.get(g) - 1;
    }
    return new Units(units, foundEvents.size());
  }

  /** The scores of gold events' summed counts, resampling the gold events. */
  static EventScores of(Map<String, double[]> byGold, int foundEvents) {
    double[][] all = new java.util.TreeMap<>(byGold).values().toArray(new double[0][]);
    if (all.length == 0) throw new IllegalArgumentException("no article to score");
    double[] total = sum(all, null);
    double[][] resampled = new double[6][BootstrapInterval.DEFAULT_RESAMPLES];
    Random random = new Random(BootstrapInterval.DEFAULT_SEED);
    int[] pick = new int[all.length];
    for (int r = 0; r < BootstrapInterval.DEFAULT_RESAMPLES; r++) {
      for (int i = 0; i < pick.length; i++) pick[i] = random.nextInt(all.length);
      double[] m = measures(sum(all, pick));
      for (int k = 0; k < 6; k++) resampled[k][r] = m[k];
    }
    double[] m = measures(total);
    BootstrapInterval.Interval[] out = new BootstrapInterval.Interval[6];
    for (int k = 0; k < 6; k++) {
      Arrays.sort(resampled[k]);
      out[k] = BootstrapInterval.around(m[k], resampled[k]);
    }
    return new EventScores(out[0], out[1], out[2], out[3], out[4], out[5], (int) total[2],
        foundEvents, all.length);
  }

  private static double[] sum(double[][] units, int[] pick) {
    double[] s = new double[6];
    int n = pick == null ? units.length : pick.length;
    for (int i = 0; i < n; i++) {
      double[] u = units[pick == null ? i : pick[i]];
      for (int k = 0; k < 6; k++) s[k] += u[k];
    }
    return s;
  }

  /** B-cubed P, R, F1 and pair P, R, F1 from summed counts. */
  private static double[] measures(double[] s) {
    double p = s[2] == 0 ? 0 : s[0] / s[2];
    double r = s[2] == 0 ? 0 : s[1] / s[2];
    double pp = s[4] == 0 ? 1 : s[3] / s[4];
    double pr = s[5] == 0 ? 1 : s[3] / s[5];
    return new double[] {p, r, f1(p, r), pp, pr, f1(pp, pr)};
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
