package dev.precis.summarize;

import dev.precis.represent.ClusterText;
import dev.precis.represent.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The lead baseline: the first sentence of each article in turn, then the second of each, and so
 * on (First-k in Fabbri et al. 2019). News puts what matters first, so this is hard to beat.
 */
public final class LeadSummarizer implements Summarizer {
  @Override
  public String name() {
    return "lead";
  }

  @Override
  public List<Candidate> rank(ClusterText cluster, Budget budget) {
    List<Sentence> order = new ArrayList<>(cluster.sentences());
    order.sort(Comparator.comparingInt(Sentence::position).thenComparingInt(Sentence::article));
    List<Candidate> out = new ArrayList<>(order.size());
    for (int i = 0; i < order.size(); i++) {
      out.add(new Candidate(order.get(i).index(), 1.0 - (double) i / order.size()));
    }
    return out;
  }
}
