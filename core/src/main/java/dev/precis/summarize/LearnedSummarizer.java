package dev.precis.summarize;

import dev.precis.represent.ClusterText;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Precis's learned method: every sentence rated by the trained {@link SentenceScorer} from its
 * {@link SentenceFeatures} (centrality, cross-article support, position, shared bigrams, names and
 * numbers, source cleanliness); then every unigram and bigram of the cluster given its chance of
 * being in a reference, and the sentences chosen that carry the most expected reference n-grams
 * per word ({@link NgramCoverage}). The summary opens with the sentence that tells the event:
 * of those that read well alone and read as a lead ({@link dev.precis.text.reading.SentenceFlags#opensLead}), the
 * one MEAD's centroid score rates highest (centrality, position in its article and overlap with
 * its article's first sentence). The learned rating is trained to find the sentences that carry
 * the most of a whole reference per word, which favours dense quotes and asides; as an opening
 * it scored about 3 ROUGE-1 below the centroid score against the references' first sentences at 40
 * words (Multi-News, cross-validated), with the 300-word figures unchanged. The choice ranks
 * first, the opening sentence then the rest by rating; the shared selector then fits it to the
 * budget.
 */
final class LearnedSummarizer implements Summarizer {
  /** The feature column the opening sentence is chosen by. */
  private static final int MEAD_SCORE = SentenceFeatures.NAMES.indexOf("mead_score");

  private final Function<String, SentenceScorer> scorerFor;
  private final SentenceFeatures features = new SentenceFeatures();

  /** With the shipped model. */
  LearnedSummarizer() {
    this(SentenceScorer.shipped());
  }

  LearnedSummarizer(SentenceScorer scorer) {
    this(id -> scorer);
  }

  /**
   * With a model chosen per cluster id: cross-validation gives each cluster a model trained
   * without it.
   */
  LearnedSummarizer(Function<String, SentenceScorer> scorerFor) {
    this.scorerFor = scorerFor;
  }

  @Override
  public String name() {
    return "learned";
  }

  /** The query enters the choice by n-gram hits, through the selector's greedy choice. */
  @Override
  public boolean choosesWithQuery() {
    return true;
  }

  @Override
  public List<Candidate> rank(ClusterText cluster, Selector selector) {
    if (cluster.size() == 0) return List.of();
    SentenceScorer model = scorerFor.apply(cluster.cluster().id());
    float[][] rows = features.of(cluster, model.encoder());
    float[] ratings = model.score(rows);
    float[] opening = new float[rows.length];
    for (int i = 0; i < rows.length; i++) opening[i] = rows[i][MEAD_SCORE];
    NgramCoverage.Grams grams = NgramCoverage.of(cluster);
    NgramCoverage.Rows u = NgramCoverage.unigramRows(grams, ratings);
    Map<Long, float[]> unigramChances = u.probabilities(model.unigrams().predict(u.features()), grams);
    NgramCoverage.Rows b = NgramCoverage.bigramRows(grams, ratings);
    NgramCoverage.Choice choice = NgramCoverage.choose(cluster, grams, unigramChances,
        b.probabilities(model.bigrams().predict(b.features()), grams), ratings, opening, selector);
    // The opening sentence first, then the others rated highest first: the order a reader meets them in.
    int[] chosen = choice.chosen().clone();
    if (chosen.length > 1) {
      int[] rest = Arrays.stream(chosen, 1, chosen.length).boxed()
          .sorted((x, y) -> Float.compare(ratings[y], ratings[x])).mapToInt(Integer::intValue).toArray();
      System.arraycopy(rest, 0, chosen, 1, rest.length);
    }
    return ChosenFirst.rank(chosen, choice.rest());
  }
}
