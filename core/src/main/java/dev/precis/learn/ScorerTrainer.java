package dev.precis.learn;

import dev.precis.OrderedParallelMap;
import dev.precis.Precis;
import dev.precis.model.Cluster;
import dev.precis.represent.ClusterText;
import dev.precis.summarize.NgramCoverage;
import dev.precis.summarize.SentenceFeatures;
import dev.precis.summarize.SentenceScorer;
import dev.precis.text.SentenceSplitter;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Set;
import java.util.function.Consumer;
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
  /** Columns the models may not read (see {@link #withoutFeatures}). */
  private final Set<String> dropped;
  /** At most this many clusters train the n-gram models (see {@link #withNgramClusters}). */
  private final int ngramClusters;
  /** Boosting rounds of the n-gram models (see {@link #withNgramRounds}). */
  private final int ngramRounds;
  /** The encoder whose embedding columns the sentence model learns from, if any. */
  private final java.util.Optional<dev.precis.represent.embed.SentenceEncoder.Model> encoder;

  /** Rounds of the n-gram models unless {@link #withNgramRounds} says otherwise. */
  public static final int NGRAM_ROUNDS = 200;

  public ScorerTrainer(Precis precis, Params params) {
    this(precis, params, Set.of(), Integer.MAX_VALUE, NGRAM_ROUNDS, java.util.Optional.empty());
  }

  private ScorerTrainer(Precis precis, Params params, Set<String> dropped, int ngramClusters,
      int ngramRounds, java.util.Optional<dev.precis.represent.embed.SentenceEncoder.Model> encoder) {
    this.encoder = encoder;
    this.precis = precis;
    this.params = params;
    this.dropped = Set.copyOf(dropped);
    this.ngramClusters = ngramClusters;
    this.ngramRounds = ngramRounds;
  }

  /**
   * This trainer with the unigram and bigram models boosted for {@code rounds} rounds instead of
   * {@value #NGRAM_ROUNDS} (same depth and rate): a quick, weaker model for a trial run or a test,
   * as {@link Params#rounds} is for the sentence model. Their training time is linear in it.
   */
  public ScorerTrainer withNgramRounds(int rounds) {
    if (rounds < 1) throw new IllegalArgumentException("n-gram rounds must be at least 1, got " + rounds);
    return new ScorerTrainer(precis, params, dropped, ngramClusters, rounds, encoder);
  }

  /**
   * This trainer with the unigram and bigram models trained on at most {@code max} of the
   * clusters (spread evenly over them), the sentence model still on all: a cluster gives the
   * n-gram models hundreds of rows to the sentence model's dozen or two, so they have enough
   * long before the sentence model does, and their training time grows with the rows.
   */
  public ScorerTrainer withNgramClusters(int max) {
    if (max < 1) throw new IllegalArgumentException("n-gram clusters must be at least 1, got " + max);
    return new ScorerTrainer(precis, params, dropped, max, ngramRounds, encoder);
  }

  /**
   * This trainer with some feature columns hidden from the models: each is given to the learner as
   * missing in every row, so no tree splits on it and its value at use changes nothing. Names are
   * {@link SentenceFeatures#NAMES} for the sentence model and {@code unigram:NAME} or
   * {@code bigram:NAME} ({@link NgramCoverage#UNIGRAM_FEATURES}, {@link NgramCoverage#BIGRAM_FEATURES})
   * for the n-gram models. For training on text unlike the text the models will read (truncated
   * or case-flattened articles): a column that reads what differs would learn the wrong thing.
   */
  public ScorerTrainer withoutFeatures(Set<String> names) {
    for (String name : names) {
      boolean known = name.startsWith("unigram:") ? NgramCoverage.UNIGRAM_FEATURES.contains(name.substring(8))
          : name.startsWith("bigram:") ? NgramCoverage.BIGRAM_FEATURES.contains(name.substring(7))
          : SentenceFeatures.NAMES.contains(name) || SentenceFeatures.EMBEDDING_NAMES.contains(name);
      if (!known) {
        throw new IllegalArgumentException("unknown feature '" + name + "'; sentence features are "
            + SentenceFeatures.NAMES + ", n-gram features unigram:NAME " + NgramCoverage.UNIGRAM_FEATURES
            + " and bigram:NAME " + NgramCoverage.BIGRAM_FEATURES);
      }
    }
    return new ScorerTrainer(precis, params, names, ngramClusters, ngramRounds, encoder);
  }

  /**
   * This trainer with the sentence model also learning from {@code encoder}'s
   * {@link SentenceFeatures#EMBEDDING_NAMES} (none when empty); the trained model records the
   * encoder, and the method then embeds every sentence of a cluster it summarizes.
   */
  public ScorerTrainer withEncoder(
      java.util.Optional<dev.precis.represent.embed.SentenceEncoder.Model> encoder) {
    return new ScorerTrainer(precis, params, dropped, ngramClusters, ngramRounds, encoder);
  }

  /** Features and labels of every cluster with a reference, prepared on {@code threads} threads. */
  public TrainingSet examples(Iterator<Cluster> clusters, int threads) {
    return examples(clusters, threads, null, e -> {});
  }

  /**
   * Features and labels of every cluster with a reference, prepared on {@code threads} threads,
   * taken from {@code cache} when it holds them and added to it otherwise (no cache when null);
   * {@code progress} sees each example as it is ready, in input order.
   */
  public TrainingSet examples(Iterator<Cluster> clusters, int threads, ExampleCache cache,
      Consumer<TrainingSet.Example> progress) {
    List<TrainingSet.Example> out = new ArrayList<>();
    new OrderedParallelMap<Cluster, TrainingSet.Example>(threads, c -> {
      TrainingSet.Example known = cache == null ? null : cache.get(fingerprint(c));
      return known != null ? known : example(c);
    }).run(clusters, e -> {
      if (e == null) return;
      if (cache != null) {
        try {
          cache.add(e);
        } catch (IOException x) {
          throw new UncheckedIOException("cannot write the training-example cache: " + x.getMessage(), x);
        }
      }
      out.add(e);
      progress.accept(e);
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
    return new TrainingSet.Example(c.id(), fingerprint(c), features.of(text, encoder), labeler.labels(text, refs),
        NgramCoverage.unigramTable(grams), NgramCoverage.bigramTable(grams), ngrams.unigrams(),
        ngrams.bigrams());
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
    List<TrainingSet.Example> some = examples;
    float[][] someRatings = ratings;
    if (examples.size() > ngramClusters) {
      some = new ArrayList<>();
      List<float[]> r = new ArrayList<>();
      for (int j = 0; j < ngramClusters; j++) {
        int i = (int) ((long) j * examples.size() / ngramClusters);
        some.add(examples.get(i));
        r.add(ratings[i]);
      }
      someRatings = r.toArray(new float[0][]);
    }
    return SentenceScorer.of(sentences, trainNgrams(some, someRatings, false),
        trainNgrams(some, someRatings, true), ids, encoder);
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
   * regression trees, 200 rounds (unless {@link #withNgramRounds}) of depth 5 at eta 0.1 (cross-validated on the Multi-News dev
   * sample: 100-400 rounds and depths 4-8 measured within 0.2 ROUGE of each other).
   */
  private SentenceScorer.Trees trainNgrams(List<TrainingSet.Example> examples, float[][] ratings,
      boolean bigrams) {
    List<float[]> rows = new ArrayList<>();
    List<Float> labels = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      TrainingSet.Example e = examples.get(i);
      NgramCoverage.Rows r = (bigrams ? e.bigrams() : e.unigrams()).rows(ratings[i]);
      float[] y = bigrams ? e.bigramLabels() : e.unigramLabels();
      float[][] x = r.features();
      for (int j = 0; j < x.length; j++) {
        rows.add(x[j]);
        labels.add(y[j]);
      }
    }
    List<String> names = bigrams ? NgramCoverage.BIGRAM_FEATURES : NgramCoverage.UNIGRAM_FEATURES;
    int k = names.size();
    boolean[] hidden = hidden(names, bigrams ? "bigram:" : "unigram:");
    int n = rows.size();
    float[] x = new float[n * k];
    float[] y = new float[n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(rows.get(i), 0, x, i * k, k);
      hide(x, i * k, hidden);
      y[i] = labels.get(i);
    }
    return boost(x, y, n, k, null, "binary:logistic", 5, 0.1, ngramRounds, 2);
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
    List<String> names = SentenceFeatures.names(encoder);
    int k = names.size();
    int n = 0;
    for (TrainingSet.Example e : examples) n += e.labels().length;
    float[] x = new float[n * k];
    float[] y = new float[n];
    int[] groups = new int[examples.size()];
    boolean[] hidden = hidden(names, "");
    int row = 0;
    for (int g = 0; g < examples.size(); g++) {
      TrainingSet.Example e = examples.get(g);
      groups[g] = e.labels().length;
      for (int i = 0; i < e.labels().length; i++, row++) {
        System.arraycopy(e.features()[i], 0, x, row * k, k);
        hide(x, row * k, hidden);
        y[row] = e.labels()[i];
      }
    }
    return boost(x, y, n, k, params.objective().startsWith("rank:") ? groups : null, params.objective(),
        params.depth(), params.eta(), params.rounds(), 1);
  }

  private boolean[] hidden(List<String> names, String prefix) {
    boolean[] out = new boolean[names.size()];
    for (int j = 0; j < out.length; j++) out[j] = dropped.contains(prefix + names.get(j));
    return out;
  }

  private static void hide(float[] x, int offset, boolean[] hidden) {
    for (int j = 0; j < hidden.length; j++) if (hidden[j]) x[offset + j] = Float.NaN;
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
