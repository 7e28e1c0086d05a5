package dev.precis.summarize;

import dev.precis.represent.ClusterText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Precis's learned method: every sentence scored by the trained {@link SentenceScorer} from its
 * {@link SentenceFeatures} (centrality, cross-article support, position, shared bigrams, names and
 * numbers, source cleanliness), best first; the shared selector then fills the budget without
 * redundancy.
 */
public final class LearnedSummarizer implements Summarizer {
  private final Function<String, SentenceScorer> scorerFor;
  private final SentenceFeatures features = new SentenceFeatures();

  /** With the shipped model. */
  public LearnedSummarizer() {
    this(SentenceScorer.shipped());
  }

  public LearnedSummarizer(SentenceScorer scorer) {
    this(id -> scorer);
  }

  /**
   * With a model chosen per cluster id: cross-validation gives each cluster a model trained
   * without it.
   */
  public LearnedSummarizer(Function<String, SentenceScorer> scorerFor) {
    this.scorerFor = scorerFor;
  }

  @Override
  public String name() {
    return "learned";
  }

  @Override
  public List<Candidate> rank(ClusterText cluster, Budget budget) {
    if (cluster.size() == 0) return List.of();
    float[] s = scorerFor.apply(cluster.cluster().id()).score(features.of(cluster));
    List<Candidate> out = new ArrayList<>(s.length);
    for (int i = 0; i < s.length; i++) out.add(new Candidate(i, s[i]));
    return Candidates.sorted(out);
  }
}
