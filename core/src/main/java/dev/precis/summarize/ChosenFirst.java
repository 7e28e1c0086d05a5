package dev.precis.summarize;

import java.util.ArrayList;
import java.util.List;

/**
 * The ranking of a method that chooses a set: the chosen sentences first, in the order they were
 * chosen, scored from 2 down to just above 1; then every other sentence by the method's own
 * preference, scored below 1 and above 0. Scores strictly decrease down the list, so any
 * re-sorting by score keeps this order.
 */
final class ChosenFirst {
  private ChosenFirst() {}

  /**
   * @param chosen the chosen sentences, in choice order
   * @param rest   a score for every sentence (higher is better; ties go to the lower index); only
   *               the unchosen ones are read, and only their order matters
   */
  static List<Candidate> rank(int[] chosen, double[] rest) {
    int count = chosen.length;
    int n = rest.length;
    boolean[] taken = new boolean[n];
    List<Candidate> out = new ArrayList<>(n);
    for (int p = 0; p < count; p++) {
      taken[chosen[p]] = true;
      out.add(new Candidate(chosen[p], 2.0 - (double) p / count));
    }
    List<Candidate> others = new ArrayList<>(n - count);
    for (int i = 0; i < n; i++) {
      if (!taken[i]) others.add(new Candidate(i, Double.isNaN(rest[i]) ? 0 : rest[i]));
    }
    others = Candidates.sorted(others);
    int m = others.size();
    for (int q = 0; q < m; q++) {
      out.add(new Candidate(others.get(q).sentence(), 1.0 - (q + 1.0) / (m + 1.0)));
    }
    return out;
  }
}
