package dev.precis.summarize;

import dev.precis.represent.ClusterText;
import dev.precis.represent.Sentence;
import java.util.Arrays;

/**
 * The sentences a budget-optimizing method may choose, and the set it has chosen so far, kept so
 * that the chosen set is exactly what {@link BudgetedSelector} keeps with default options:
 * sentences of at least {@link SelectionOptions#DEFAULT_MIN_WORDS} words (any sentence when none
 * is that long, as the selector falls back), no two with TF-IDF cosine at or above
 * {@link SelectionOptions#DEFAULT_REDUNDANCY}, and a total cost within the budget.
 *
 * <p>Costs are exact: under a character budget a sentence costs its length plus one separating
 * space, and the capacity is the budget plus one (the first sentence has no separator). One pool
 * serves one method call; it is not thread-safe.
 */
final class CandidatePool {
  private final ClusterText cluster;
  private final boolean[] eligible;
  private final boolean[] blocked;
  private final int[] cost;
  private final int capacity;
  private final int[] chosen;
  private int count;
  private int used;

  CandidatePool(ClusterText cluster, Budget budget) {
    this.cluster = cluster;
    int n = cluster.size();
    eligible = new boolean[n];
    blocked = new boolean[n];
    cost = new int[n];
    chosen = new int[n];
    boolean any = false;
    for (Sentence s : cluster.sentences()) {
      eligible[s.index()] = s.words() >= SelectionOptions.DEFAULT_MIN_WORDS;
      any |= eligible[s.index()];
      cost[s.index()] = budget.cost(s.words(), s.text().length() + 1);
    }
    if (!any) Arrays.fill(eligible, true);
    capacity = budget.amount() + (budget.unit() == Budget.Unit.CHARACTERS ? 1 : 0);
  }

  boolean eligible(int i) {
    return eligible[i];
  }

  int cost(int i) {
    return cost[i];
  }

  int capacity() {
    return capacity;
  }

  /** Whether sentence {@code i} may join the chosen set: eligible, unchosen, fits, not redundant. */
  boolean canAdd(int i) {
    return eligible[i] && !blocked[i] && used + cost[i] <= capacity;
  }

  /** Adds sentence {@code i}, which {@link #canAdd} allows, to the chosen set. */
  void add(int i) {
    chosen[count++] = i;
    used += cost[i];
    blocked[i] = true;
    for (int j = 0; j < blocked.length; j++) {
      if (!blocked[j] && eligible[j] && redundant(i, j)) blocked[j] = true;
    }
  }

  /** Whether the selector would reject one of {@code i} and {@code j} once the other is in. */
  boolean redundant(int i, int j) {
    return cluster.vector(i).cosine(cluster.vector(j)) >= SelectionOptions.DEFAULT_REDUNDANCY;
  }

  /** The chosen sentences, in choice order. */
  int[] chosen() {
    return Arrays.copyOf(chosen, count);
  }

  int count() {
    return count;
  }
}
