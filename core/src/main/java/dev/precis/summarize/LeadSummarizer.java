package dev.precis.summarize;

import dev.precis.represent.ClusterText;
import dev.precis.represent.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The lead baselines: the first sentence of each article in turn, then the second of each, and
 * so on until the budget is full ({@code lead}); or only the first k sentences of every article
 * ({@code lead3}: First-3 of Fabbri et al. 2019, whatever the budget). News puts what matters
 * first, so these are hard to beat.
 */
final class LeadSummarizer implements Summarizer {
  private final int k;

  /** The lead baseline that fills the budget. */
  LeadSummarizer() {
    this(Integer.MAX_VALUE);
  }

  /** First-k: only the first {@code k} sentences of each article. */
  LeadSummarizer(int k) {
    if (k < 1) throw new IllegalArgumentException("k must be >= 1, got " + k);
    this.k = k;
  }

  @Override
  public String name() {
    return k == Integer.MAX_VALUE ? "lead" : "lead" + k;
  }

  @Override
  public List<Candidate> rank(ClusterText cluster, Selector selector) {
    List<Sentence> order = new ArrayList<>();
    for (Sentence s : cluster.sentences()) if (s.position() < k) order.add(s);
    order.sort(Comparator.comparingInt(Sentence::position).thenComparingInt(Sentence::article));
    List<Candidate> out = new ArrayList<>(order.size());
    for (int i = 0; i < order.size(); i++) {
      out.add(new Candidate(order.get(i).index(), 1.0 - (double) i / order.size()));
    }
    return out;
  }
}
