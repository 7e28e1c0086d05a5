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
  /** A small model: few rounds for every one of its three models, so each trains in moments. */
  static final ScorerTrainer TRAINER = new ScorerTrainer(new Precis(),
      new ScorerTrainer.Params(20, 3, 0.1, "reg:squarederror")).withNgramRounds(20);
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
      assertThat(e.unigramLabels()).hasSize(e.unigrams().rowCount());
      assertThat(e.bigramLabels()).hasSize(e.bigrams().rowCount());
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
    float[][] u = e.unigrams().rows(model.score(x)).features();
    float[][] b = e.bigrams().rows(model.score(x)).features();
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

  @Test
  void aCacheGivesBackEveryExampleAndDropsARecordCutShort(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("examples.cache");
    try (ExampleCache cache = ExampleCache.open(file)) {
      TrainingSet again = TRAINER.examples(clusters.iterator(), 2, cache, e -> {});
      assertThat(again.sentences()).isEqualTo(set.sentences());
    }
    List<TrainingSet.Example> seen = new java.util.ArrayList<>();
    try (ExampleCache cache = ExampleCache.open(file)) {
      assertThat(cache.size()).isEqualTo(clusters.size());
      // Every cluster comes from the file now: the trainer's pipeline is never asked.
      TrainingSet cached = new ScorerTrainer(null, ScorerTrainer.Params.DEFAULT)
          .examples(clusters.iterator(), 2, cache, seen::add);
      assertThat(seen).hasSize(clusters.size());
      for (int i = 0; i < clusters.size(); i++) {
        TrainingSet.Example a = set.clusters().get(i);
        TrainingSet.Example b = cached.clusters().get(i);
        assertThat(b.clusterId()).isEqualTo(a.clusterId());
        assertThat(b.features()).isDeepEqualTo(a.features());
        assertThat(b.labels()).containsExactly(a.labels());
        assertThat(b.unigramLabels()).containsExactly(a.unigramLabels());
        assertThat(b.bigramLabels()).containsExactly(a.bigramLabels());
        assertThat(b.unigrams().rows(a.labels()).features()).isDeepEqualTo(a.unigrams().rows(a.labels()).features());
        assertThat(b.bigrams().rows(a.labels()).features()).isDeepEqualTo(a.bigrams().rows(a.labels()).features());
      }
    }
    long size = java.nio.file.Files.size(file);
    try (var ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
      ch.truncate(size - 10);
    }
    try (ExampleCache cache = ExampleCache.open(file)) {
      assertThat(cache.size()).as("the record cut short is dropped").isEqualTo(clusters.size() - 1);
      cache.add(set.clusters().get(clusters.size() - 1));
    }
    assertThat(java.nio.file.Files.size(file)).isEqualTo(size);
    try (ExampleCache cache = ExampleCache.open(file)) {
      assertThat(cache.size()).isEqualTo(clusters.size());
    }
  }

  @Test
  void aCacheOfOtherDataIsRefusedWithItsFix(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("not-a-cache");
    java.nio.file.Files.writeString(file, "hello");
    assertThatThrownBy(() -> ExampleCache.open(file)).isInstanceOf(IOException.class)
        .hasMessageContaining("not-a-cache").hasMessageContaining("delete it");
  }

  @Test
  void aDroppedFeatureChangesNothingTheModelsSay() {
    SentenceScorer model = TRAINER.withoutFeatures(java.util.Set.of("words", "unigram:log_count",
        "bigram:log_count")).train(set);
    var e = set.clusters().get(0);
    float[][] x = e.features();
    float[][] changed = new float[x.length][];
    int words = SentenceFeatures.NAMES.indexOf("words");
    for (int i = 0; i < x.length; i++) {
      changed[i] = x[i].clone();
      changed[i][words] = 1000 + i;
    }
    float[] rating = model.score(x);
    assertThat(model.score(changed)).containsExactly(rating);
    float[][] u = e.unigrams().rows(rating).features();
    float[][] u2 = new float[u.length][];
    for (int i = 0; i < u.length; i++) {
      u2[i] = u[i].clone();
      u2[i][NgramCoverage.UNIGRAM_FEATURES.indexOf("log_count")] = 50;
    }
    assertThat(model.unigrams().predict(u2)).containsExactly(model.unigrams().predict(u));
    assertThat(ScorerTrainerTest.model.score(changed)).as("without dropping, the column counts")
        .isNotEqualTo(ScorerTrainerTest.model.score(x));
  }

  @Test
  void anUnknownFeatureIsNamedWithTheKnownOnes() {
    assertThatThrownBy(() -> TRAINER.withoutFeatures(java.util.Set.of("unigram:shouting")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown feature 'unigram:shouting'").hasMessageContaining("capitalized_share");
  }
}
