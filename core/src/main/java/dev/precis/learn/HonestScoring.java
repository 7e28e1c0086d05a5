package dev.precis.learn;

import dev.precis.model.Cluster;
import dev.precis.summarize.SentenceScorer;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Chooses, for each cluster of an evaluation, a model that never saw it: when the data overlaps
 * what the model was trained on, every cluster is scored by a model trained by k-fold
 * cross-validation on the other folds of the same data; otherwise the model itself serves.
 */
public final class HonestScoring {
  private final ScorerTrainer trainer;
  private final int folds;
  private final int threads;

  public HonestScoring(ScorerTrainer trainer, int folds, int threads) {
    this.trainer = trainer;
    this.folds = folds;
    this.threads = threads;
  }

  /** What was decided, for the user: a model per cluster, and whether folds were trained. */
  public record Choice(Function<String, SentenceScorer> scorerFor, boolean crossValidated, int overlap) {}

  /**
   * @param data opens the evaluation data; read once to look for overlap, again to train folds
   */
  public Choice choose(SentenceScorer model, Supplier<Iterator<Cluster>> data) {
    int overlap = 0;
    for (Iterator<Cluster> it = data.get(); it.hasNext(); ) {
      if (model.trainedOn().contains(ScorerTrainer.fingerprint(it.next()))) overlap++;
    }
    if (overlap == 0) return new Choice(id -> model, false, 0);
    Map<String, SentenceScorer> byCluster = trainer.crossValidated(trainer.examples(data.get(), threads), folds);
    return new Choice(id -> byCluster.getOrDefault(id, model), true, overlap);
  }
}
