package dev.precis.learn;

import dev.precis.OrderedParallelMap;
import dev.precis.Precis;
import dev.precis.model.Cluster;
import dev.precis.represent.ClusterText;
import dev.precis.summarize.NgramCoverage;
import dev.precis.summarize.SentenceFeatures;
import dev.precis.summarize.SentenceScorer;
import dev.precis.text.SentenceSplitter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Trains the {@link SentenceScorer}'s models: XGBoost gradient-boosted trees on
 * {@link SentenceFeatures} and {@link SentenceLabeler} labels (by regression by default, or with a
 * ranking objective within each cluster, {@code rank:pairwise}), and the unigram and bigram models
 * of {@link NgramCoverage} on the references' n-gram counts.
 *
 * <p>Deterministic: fixed seeds and thread counts, clusters in input order.
 */
public final class ScorerTrainer {
  /** The learner's settings. */
  public record Params(int rounds, int depth, double eta, String objective) {
    /** Measured by 5-fold cross-validation on the Multi-News dev sample: regression on the
     *  per-word label ranked as well as pairwise ranking, and better with the selector. */
    public static final Params DEFAULT = new Params(200, 5, 0.05, "reg:squarederror");
  }

  private final Precis precis;
  private final SentenceFeatures features = new SentenceFeatures();
  private final SentenceLabeler labeler = new SentenceLabeler();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final Params params;

  public ScorerTrainer(Precis precis, Params params) {
    this.precis = precis;
    this.params = params;
  }

  /** Features and labels of every cluster with a reference, prepared on {@code threads} threads. */
  public TrainingSet examples(Iterator<Cluster> clusters, int threads) {
    List<TrainingSet.Example> out = new ArrayList<>();
    new OrderedParallelMap<Cluster, TrainingSet.Example>(threads, this::example).run(clusters, e -> {
      if (e != null) out.add(e);
    });
    return new TrainingSet(out);
  }

  TrainingSet.Example example(Cluster c) {
    return example(c, null);
  }

  /** One cluster's example from its prepared text (prepared here when null); null without a reference. */
  public TrainingSet.Example example(Cluster c, ClusterText prepared) {
    List<List<String>> refs = new ArrayList<>();
    for (String r : c.references()) {
      if (!r.isBlank()) refs.add(splitter.split(r).stream().map(s -> s.of(r)).toList());
    }
    if (refs.isEmpty()) return null;
    ClusterText text = prepared == null ? precis.prepare(c) : prepared;
    if (text.size() == 0) return null;
    NgramCoverage.Grams grams = NgramCoverage.of(text);
    NgramCoverage.Labels ngrams = grams.labels(refs);
    return new TrainingSet.Example(c.id(), fingerprint(c), features.of(text), labeler.labels(text, refs),
        grams, ngrams.unigrams(), ngrams.bigrams());
  }

  /** A model trained on every cluster of {@code set}. */
  public SentenceScorer train(TrainingSet set) {
    return train(set.clusters());
  }

  /**
   * K-fold cross-validation by cluster: for each cluster, a model trained on the other folds.
   * Folds are drawn with a fixed seed.
   */
  public Map<String, SentenceScorer> crossValidated(TrainingSet set, int folds) {
    if (folds < 2) throw new IllegalArgumentException("folds must be >= 2, got " + folds);
    List<TrainingSet.Example> all = new ArrayList<>(set.clusters());
    int[] fold = folds(all.size(), folds);
    Map<String, SentenceScorer> out = new HashMap<>();
    for (int f = 0; f < folds; f++) {
      List<TrainingSet.Example> train = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) if (fold[i] != f) train.add(all.get(i));
      SentenceScorer model = train(train);
      for (int i = 0; i < all.size(); i++) if (fold[i] == f) out.put(all.get(i).clusterId(), model);
    }
    return out;
  }

  /**
   * The three models on {@code examples}: the sentence model on all of them; then the n-gram
   * models on features that hold sentence ratings made as they will be at use, by a model that
   * never saw the sentence's cluster (an inner {@value #INNER_FOLDS}-fold split).
   */
  private SentenceScorer train(List<TrainingSet.Example> examples) {
    SentenceScorer.Trees sentences = trainSentences(examples);
    float[][] ratings = new float[examples.size()][];
    int folds = Math.min(INNER_FOLDS, examples.size());
    if (folds < 2) {
      for (int i = 0; i < examples.size(); i++) ratings[i] = sentences.predict(examples.get(i).features());
    } else {
      int[] fold = folds(examples.size(), folds);
      for (int f = 0; f < folds; f++) {
        List<TrainingSet.Example> part = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) if (fold[i] != f) part.add(examples.get(i));
        SentenceScorer.Trees m = trainSentences(part);
        for (int i = 0; i < examples.size(); i++) {
          if (fold[i] == f) ratings[i] = m.predict(examples.get(i).features());
        }
      }
    }
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (TrainingSet.Example e : examples) ids.add(e.fingerprint());
    return SentenceScorer.of(sentences, trainNgrams(examples, ratings, false),
        trainNgrams(examples, ratings, true), ids);
  }

  /** Folds of the inner split that gives the n-gram models honest sentence ratings. */
  static final int INNER_FOLDS = 5;

  private static int[] folds(int n, int folds) {
    int[] fold = new int[n];
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) order.add(i);
    java.util.Collections.shuffle(order, new Random(42));
    for (int k = 0; k < order.size(); k++) fold[order.get(k)] = k % folds;
    return fold;
  }

  /**
   * A model of the chance that a reference holds an n-gram at least k times: logistic
   * regression trees, 200 rounds of depth 5 at eta 0.1 (cross-validated on the Multi-News dev
   * sample: 100-400 rounds and depths 4-8 measured within 0.2 ROUGE of each other).
   */
  private static SentenceScorer.Trees trainNgrams(List<TrainingSet.Example> examples, float[][] ratings,
      boolean bigrams) {
    List<float[]> rows = new ArrayList<>();
    List<Float> labels = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      TrainingSet.Example e = examples.get(i);
      NgramCoverage.Rows r = bigrams ? NgramCoverage.bigramRows(e.grams(), ratings[i])
          : NgramCoverage.unigramRows(e.grams(), ratings[i]);
      float[] y = bigrams ? e.bigramLabels() : e.unigramLabels();
      float[][] x = r.features();
      for (int j = 0; j < x.length; j++) {
        rows.add(x[j]);
        labels.add(y[j]);
      }
    }
    int k = (bigrams ? NgramCoverage.BIGRAM_FEATURES : NgramCoverage.UNIGRAM_FEATURES).size();
    int n = rows.size();
    float[] x = new float[n * k];
    float[] y = new float[n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(rows.get(i), 0, x, i * k, k);
      y[i] = labels.get(i);
    }
    return boost(x, y, n, k, null, "binary:logistic", 5, 0.1, 200, 2);
  }

  /**
   * Gradient-boosted trees on {@code n} rows of {@code k} features, with row groups for ranking
   * objectives (null otherwise); row and column subsampling 0.8, fixed seed and thread count.
   */
  private static SentenceScorer.Trees boost(float[] x, float[] y, int n, int k, int[] groups,
      String objective, int depth, double eta, int rounds, int threads) {
    Map<String, Object> p = new HashMap<>();
    p.put("objective", objective);
    p.put("max_depth", depth);
    p.put("eta", eta);
    p.put("subsample", 0.8);
    p.put("colsample_bytree", 0.8);
    p.put("min_child_weight", 5);
    p.put("seed", 7);
    p.put("nthread", threads);
    p.put("verbosity", 0);
    try {
      DMatrix m = new DMatrix(x, n, k, Float.NaN);
      try {
        m.setLabel(y);
        if (groups != null) m.setGroup(groups);
        return SentenceScorer.Trees.of(XGBoost.train(m, p, rounds, new HashMap<>(), null, null));
      } finally {
        m.dispose();
      }
    } catch (XGBoostError e) {
      throw new IllegalStateException("training failed: " + e.getMessage(), e);
    }
  }

  private SentenceScorer.Trees trainSentences(List<TrainingSet.Example> examples) {
    int k = SentenceFeatures.NAMES.size();
    int n = 0;
    for (TrainingSet.Example e : examples) n += e.labels().length;
    float[] x = new float[n * k];
    float[] y = new float[n];
    int[] groups = new int[examples.size()];
    int row = 0;
    for (int g = 0; g < examples.size(); g++) {
      TrainingSet.Example e = examples.get(g);
      groups[g] = e.labels().length;
      for (int i = 0; i < e.labels().length; i++, row++) {
        System.arraycopy(e.features()[i], 0, x, row * k, k);
        y[row] = e.labels()[i];
      }
    }
    return boost(x, y, n, k, params.objective().startsWith("rank:") ? groups : null, params.objective(),
        params.depth(), params.eta(), params.rounds(), 1);
  }

  /** Identifies a cluster by id and content, so a model can tell the data it was trained on. */
  public static String fingerprint(Cluster c) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update(c.id().getBytes(StandardCharsets.UTF_8));
      for (var a : c.articles()) {
        String t = a.text();
        d.update(t.substring(0, Math.min(200, t.length())).getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(d.digest(), 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("SHA-256 is always there", e);
    }
  }
}
