package dev.precis.summarize;

import dev.precis.represent.ClusterText;
import dev.precis.represent.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one place where summaries are built: walks a method's ranked candidates and keeps each one
 * that fits the remaining budget, is long enough and is not redundant with what was kept. Shared
 * by every method, so methods differ only in how they rank.
 *
 * <p>The budget is never exceeded, unless {@link SelectionOptions#fill()} asks for one last
 * sentence past it (for evaluation under a length cut).
 *
 * <p>Sentences that spell a name as a minority of the sources do (see
 * {@link dev.precis.text.NameVariantFinder}) are demoted: their score is multiplied by
 * {@value #VARIANT_PENALTY}, so an equivalent sentence with the majority spelling wins.
 */
public final class BudgetedSelector {
  static final double VARIANT_PENALTY = 0.85;

  /** The chosen sentence indices, in the requested order. Empty if nothing fits. */
  public List<Integer> select(ClusterText cluster, List<Candidate> ranked, SelectionOptions options) {
    List<Candidate> order = demoteVariants(cluster, ranked);
    List<Integer> chosen = fill(cluster, order, options, options.minWords());
    if (chosen.isEmpty() && options.minWords() > 0) chosen = fill(cluster, order, options, 0);
    if (options.order() == SelectionOptions.Order.READING) {
      chosen.sort(Comparator.comparing((Integer i) -> dateOf(cluster, cluster.sentence(i).article()))
          .thenComparingInt(i -> cluster.sentence(i).article())
          .thenComparingInt(i -> cluster.sentence(i).position()));
    }
    return chosen;
  }

  /**
   * The article's date as an ISO-8601 prefix for chronological order ("2020-01-06..." sorts as
   * text); an article without a date sorts after dated ones, in article order.
   */
  private static String dateOf(ClusterText cluster, int article) {
    String d = cluster.cluster().articles().get(article).date().strip();
    return d.matches("\\d{4}-\\d{2}-\\d{2}.*") ? d : "~";
  }

  private static List<Integer> fill(ClusterText cluster, List<Candidate> order,
      SelectionOptions options, int minWords) {
    Budget budget = options.budget();
    int left = budget.amount();
    List<Integer> chosen = new ArrayList<>();
    boolean[] taken = new boolean[cluster.size()];
    for (Candidate c : order) {
      if (left <= 0) break;
      Sentence s = cluster.sentence(c.sentence());
      if (taken[s.index()] || s.words() < minWords) continue;
      int cost = budget.cost(s.words(), s.text().length() + (chosen.isEmpty() ? 0 : 1));
      if (cost > left) continue;
      if (redundant(cluster, s.index(), chosen, options.redundancy())) continue;
      chosen.add(s.index());
      taken[s.index()] = true;
      left -= cost;
    }
    if (options.fill() && left > 0) {
      for (Candidate c : order) {
        Sentence s = cluster.sentence(c.sentence());
        if (taken[s.index()] || s.words() < minWords) continue;
        if (redundant(cluster, s.index(), chosen, options.redundancy())) continue;
        chosen.add(s.index());
        break;
      }
    }
    return chosen;
  }

  private static boolean redundant(ClusterText cluster, int i, List<Integer> chosen, double limit) {
    if (limit >= 1) return false;
    for (int j : chosen) {
      if (cluster.vector(i).cosine(cluster.vector(j)) >= limit) return true;
    }
    return false;
  }

  private static List<Candidate> demoteVariants(ClusterText cluster, List<Candidate> ranked) {
    if (cluster.names().canonicalOf().isEmpty()) return ranked;
    List<Candidate> out = new ArrayList<>(ranked.size());
    boolean changed = false;
    for (Candidate c : ranked) {
      if (cluster.names().usesVariant(cluster.sentence(c.sentence()).text())) {
        out.add(new Candidate(c.sentence(), c.score() * (c.score() >= 0 ? VARIANT_PENALTY : 1 / VARIANT_PENALTY)));
        changed = true;
      } else {
        out.add(c);
      }
    }
    return changed ? Candidates.sorted(out) : ranked;
  }
}
