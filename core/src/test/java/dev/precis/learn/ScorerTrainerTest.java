package dev.precis.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.Precis;
import dev.precis.TestData;
import dev.precis.model.Cluster;
import dev.precis.summarize.SentenceFeatures;
import dev.precis.summarize.NgramCoverage;
import dev.precis.summarize.SentenceScorer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorerTrainerTest {
  static final ScorerTrainer TRAINER = new ScorerTrainer(new Precis(), new ScorerTrainer.Params(20, 3, 0.1, "reg:squarederror"));
  static List<Cluster> clusters;
  static TrainingSet set;
  /** One model trained on the set, shared by the tests that only read it. */
  static SentenceScorer model;

  @BeforeAll
  static void prepare() {
    clusters = TestData.multiNews(4);
    set = TRAINER.examples(clusters.iterator(), 2);
    model = TRAINER.train(set);
  }

  @Test
  void everySentenceHasAFeatureRowAndALabelInZeroOne() {
    assertThat(set.clusters()).hasSize(4);
    for (TrainingSet.Example e : set.clusters()) {
      assertThat(e.features().length).isEqualTo(e.labels().length);
      assertThat(e.features()[0]).hasSize(SentenceFeatures.NAMES.size());
      for (float y : e.labels()) assertThat(y).isBetween(0f, 1f);
      assertThat(e.unigramLabels()).hasSize(NgramCoverage.unigramRows(e.grams(), e.labels()).features().length);
      assertThat(e.bigramLabels()).hasSize(NgramCoverage.bigramRows(e.grams(), e.labels()).features().length);
      float held = 0;
      for (float y : e.unigramLabels()) held += y;
      assertThat(held).as("the reference shares words with its articles").isGreaterThan(20);
    }
  }

  @Test
  void aTrainedModelRemembersItsClustersAndSurvivesSaving(@TempDir Path dir) throws IOException {
    assertThat(model.trainedOn()).contains(ScorerTrainer.fingerprint(clusters.get(0)));
    Path file = dir.resolve("sub/model.xgb");
    model.save(file);
    SentenceScorer loaded = SentenceScorer.load(file);
    float[][] x = set.clusters().get(0).features();
    assertThat(loaded.score(x)).containsExactly(model.score(x));
    assertThat(loaded.trainedOn()).isEqualTo(model.trainedOn());
    var e = set.clusters().get(0);
    float[][] u = NgramCoverage.unigramRows(e.grams(), model.score(x)).features();
    float[][] b = NgramCoverage.bigramRows(e.grams(), model.score(x)).features();
    assertThat(loaded.unigrams().predict(u)).containsExactly(model.unigrams().predict(u));
    assertThat(loaded.bigrams().predict(b)).containsExactly(model.bigrams().predict(b));
    for (float p : model.unigrams().predict(u)) assertThat(p).isBetween(0f, 1f);
  }

  @Test
  void crossValidationGivesEveryClusterAModelThatNeverSawIt() {
    Map<String, SentenceScorer> cv = TRAINER.crossValidated(set, 2);
    assertThat(cv).hasSize(4);
    for (Cluster c : clusters) {
      assertThat(cv.get(c.id()).trainedOn()).doesNotContain(ScorerTrainer.fingerprint(c)).hasSize(2);
    }
  }

  @Test
  void oneFoldIsAMistake() {
    assertThatThrownBy(() -> TRAINER.crossValidated(set, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("folds must be >= 2, got 1");
  }

  @Test
  void honestScoringCrossValidatesOnlyWhenTheDataOverlaps() {
    HonestScoring honest = new HonestScoring(TRAINER, 2, 2);
    HonestScoring.Choice overlap = honest.choose(model, () -> clusters.subList(0, 4).iterator());
    assertThat(overlap.crossValidated()).isTrue();
    assertThat(overlap.overlap()).isEqualTo(4);
    assertThat(overlap.scorerFor().apply(clusters.get(0).id())).isNotSameAs(model);
    HonestScoring.Choice fresh = honest.choose(model, () -> TestData.multiNews(10).subList(8, 10).iterator());
    assertThat(fresh.crossValidated()).isFalse();
    assertThat(fresh.scorerFor().apply("anything")).isSameAs(model);
  }
}
