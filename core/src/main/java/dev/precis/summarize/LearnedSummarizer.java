package dev.precis.summarize;

import dev.precis.represent.ClusterText;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Precis's learned method: every sentence rated by the trained {@link SentenceScorer} from its
 * {@link SentenceFeatures} (centrality, cross-article support, position, shared bigrams, names and
 * numbers, source cleanliness); then every unigram and bigram of the cluster given its chance of
 * being in a reference, and the sentences chosen that carry the most expected reference n-grams
 * per word ({@link NgramCoverage}). The choice ranks first; the shared selector then fits it to
 * the budget.
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
    SentenceScorer model = scorerFor.apply(cluster.cluster().id());
    float[] ratings = model.score(features.of(cluster));
    NgramCoverage.Grams grams = NgramCoverage.of(cluster);
    NgramCoverage.Rows u = NgramCoverage.unigramRows(grams, ratings);
    Map<Long, float[]> unigramChances = u.probabilities(model.unigrams().predict(u.features()), grams);
    NgramCoverage.Rows b = NgramCoverage.bigramRows(grams, ratings);
    NgramCoverage.Choice choice = NgramCoverage.choose(cluster, grams, unigramChances,
        b.probabilities(model.bigrams().predict(b.features()), grams), ratings, budget);
    // The chosen sentences lead with the one rated highest: the order a reader meets them in.
    int[] chosen = java.util.Arrays.stream(choice.chosen()).boxed()
        .sorted((x, y) -> Float.compare(ratings[y], ratings[x])).mapToInt(Integer::intValue).toArray();
    return ChosenFirst.rank(chosen, choice.rest());
  }
}
