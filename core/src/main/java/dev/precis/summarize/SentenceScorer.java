package dev.precis.summarize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import dev.precis.represent.embed.SentenceEncoder;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * The learned method's trained models, made by {@code precis train}: gradient-boosted trees
 * (XGBoost) that rate each sentence from its {@link SentenceFeatures} by how much of the reference
 * summary it carries per word, and two that give each unigram and bigram of a cluster its chance of
 * being in the reference ({@link NgramCoverage}). The shipped model is a resource of this package.
 * Thread-safe.
 *
 * <p>On disk a model is a file (the sentence model, XGBoost's format) with siblings named by
 * suffix: {@value #UNIGRAMS_SUFFIX}, {@value #BIGRAMS_SUFFIX} and {@value #TRAINED_ON_SUFFIX}, and
 * {@value #ENCODER_SUFFIX} for a model trained with the embedding columns of a sentence encoder
 * (the encoder's name; {@link SentenceFeatures#EMBEDDING_NAMES}).
 */
public final class SentenceScorer {
  /** The model shipped with Precis, trained on the Multi-News dev sample. */
  public static final String SHIPPED = "/dev/precis/summarize/sentence-scorer.xgb";
  /** Beside a model file: the clusters it was trained on, one fingerprint a line. */
  public static final String TRAINED_ON_SUFFIX = ".trained-on";
  /** Beside a model file: the unigram model of {@link NgramCoverage}. */
  public static final String UNIGRAMS_SUFFIX = ".unigrams";
  /** Beside a model file: the bigram model of {@link NgramCoverage}. */
  public static final String BIGRAMS_SUFFIX = ".bigrams";
  /** Beside a model file trained with embedding columns: the encoder's name. */
  public static final String ENCODER_SUFFIX = ".encoder";

  private final Trees sentences;
  private final Trees unigrams;
  private final Trees bigrams;
  private final Set<String> trainedOn;
  private final Optional<SentenceEncoder.Model> encoder;

  private SentenceScorer(Trees sentences, Trees unigrams, Trees bigrams, Set<String> trainedOn,
      Optional<SentenceEncoder.Model> encoder) {
    this.encoder = encoder;
    this.sentences = sentences;
    this.unigrams = unigrams;
    this.bigrams = bigrams;
    this.trainedOn = Set.copyOf(trainedOn);
  }

  /** One XGBoost model and its saved form. */
  public static final class Trees {
    private final Booster booster;
    private final byte[] bytes;
    /** The columns the model was trained on. */
    private final int columns;

    private Trees(Booster booster, byte[] bytes) {
      this.booster = booster;
      this.bytes = bytes;
      try {
        // One thread a prediction: a cluster's few hundred rows are no work to split, and
        // XGBoost's idle OpenMP workers spin; with its default threads a one-thread run of the
        // dev sample spent 117 ms of process CPU per cluster for 44 ms of its own thread's.
        booster.setParam("nthread", 1);
        this.columns = (int) booster.getNumFeature();
      } catch (XGBoostError e) {
        throw new IllegalStateException("cannot read the model's number of features: " + e.getMessage(), e);
      }
    }

    /** The model saved in {@code bytes}, XGBoost's own format. */
    public static Trees fromBytes(byte[] bytes, String what) {
      try {
        return new Trees(XGBoost.loadModel(bytes), bytes.clone());
      } catch (XGBoostError | IOException e) {
        throw new IllegalArgumentException("not an XGBoost " + what + " model: " + e.getMessage(), e);
      }
    }

    /** Wraps a freshly trained booster. */
    public static Trees of(Booster booster) {
      try {
        return new Trees(booster, booster.toByteArray("ubj"));
      } catch (XGBoostError e) {
        throw new IllegalStateException("cannot serialize the trained model: " + e.getMessage(), e);
      }
    }

    /**
     * One prediction per row. A model trained before columns were added at the end of its rows
     * reads the leading columns it knows.
     */
    public float[] predict(float[][] rows) {
      int n = rows.length;
      if (n == 0) return new float[0];
      if (rows[0].length < columns) {
        throw new IllegalArgumentException("the model reads " + columns + " feature columns but was given "
            + rows[0].length + "; it was made by a newer Precis: retrain it with 'precis train'");
      }
      int k = columns;
      float[] flat = new float[n * k];
      for (int i = 0; i < n; i++) System.arraycopy(rows[i], 0, flat, i * k, k);
      try {
        DMatrix m = new DMatrix(flat, n, k, Float.NaN);
        try {
          float[][] p;
          synchronized (booster) {
            p = booster.predict(m);
          }
          float[] out = new float[n];
          for (int i = 0; i < n; i++) out[i] = p[i][0];
          return out;
        } finally {
          m.dispose();
        }
      } catch (XGBoostError e) {
        throw new IllegalStateException("the model failed on " + n + " rows: " + e.getMessage(), e);
      }
    }
  }

  /** The three models and the fingerprints of the clusters they were trained on. */
  public static SentenceScorer of(Trees sentences, Trees unigrams, Trees bigrams, Set<String> trainedOn) {
    return of(sentences, unigrams, bigrams, trainedOn, Optional.empty());
  }

  /** As {@link #of(Trees, Trees, Trees, Set)}, the sentence model reading {@code encoder}'s columns. */
  public static SentenceScorer of(Trees sentences, Trees unigrams, Trees bigrams, Set<String> trainedOn,
      Optional<SentenceEncoder.Model> encoder) {
    return new SentenceScorer(sentences, unigrams, bigrams, trainedOn, encoder);
  }

  /** The encoder whose {@link SentenceFeatures#EMBEDDING_NAMES} the sentence model reads, if any. */
  public Optional<SentenceEncoder.Model> encoder() {
    return encoder;
  }

  /** The model shipped with Precis, read once per process on first use. */
  public static SentenceScorer shipped() {
    return Shipped.INSTANCE;
  }

  /** Holds the shipped model; the JVM reads it on first use, once, thread-safely. */
  private static final class Shipped {
    static final SentenceScorer INSTANCE = readShipped();
  }

  private static SentenceScorer readShipped() {
    try {
      return new SentenceScorer(
          Trees.fromBytes(resource(SHIPPED), "sentence"),
          Trees.fromBytes(resource(SHIPPED + UNIGRAMS_SUFFIX), "unigram"),
          Trees.fromBytes(resource(SHIPPED + BIGRAMS_SUFFIX), "bigram"),
          lines(resource(SHIPPED + TRAINED_ON_SUFFIX)), Optional.empty());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SHIPPED, e);
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = SentenceScorer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the shipped model file " + name + " is not on the classpath;"
            + " run 'precis train' to make one");
      }
      return in.readAllBytes();
    }
  }

  /** The model in {@code file} and its siblings, as {@code precis train} writes them. */
  public static SentenceScorer load(Path file) {
    Path ids = sibling(file, TRAINED_ON_SUFFIX);
    try {
      Set<String> trained = Files.exists(ids) ? lines(Files.readAllBytes(ids)) : Set.of();
      Path enc = sibling(file, ENCODER_SUFFIX);
      Optional<SentenceEncoder.Model> encoder = Files.exists(enc)
          ? Optional.of(SentenceEncoder.Model.named(Files.readString(enc).strip())) : Optional.empty();
      return new SentenceScorer(
          Trees.fromBytes(Files.readAllBytes(file), "sentence"),
          Trees.fromBytes(Files.readAllBytes(sibling(file, UNIGRAMS_SUFFIX)), "unigram"),
          Trees.fromBytes(Files.readAllBytes(sibling(file, BIGRAMS_SUFFIX)), "bigram"),
          trained, encoder);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read the model (" + e
          + "); a model is the file and its " + UNIGRAMS_SUFFIX + ", " + BIGRAMS_SUFFIX
          + " and " + TRAINED_ON_SUFFIX + " siblings, as 'precis train' writes them", e);
    }
  }

  private static Path sibling(Path file, String suffix) {
    return file.resolveSibling(file.getFileName() + suffix);
  }

  /** Writes the model to {@code file} and its siblings. */
  public void save(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    Files.write(file, sentences.bytes);
    Files.write(sibling(file, UNIGRAMS_SUFFIX), unigrams.bytes);
    Files.write(sibling(file, BIGRAMS_SUFFIX), bigrams.bytes);
    Files.write(sibling(file, TRAINED_ON_SUFFIX), new java.util.TreeSet<>(trainedOn));
    Path enc = sibling(file, ENCODER_SUFFIX);
    if (encoder.isPresent()) {
      Files.writeString(enc, encoder.get().id() + "\n");
    } else {
      Files.deleteIfExists(enc);
    }
  }

  /** The fingerprints of the clusters this model was trained on. */
  public Set<String> trainedOn() {
    return trainedOn;
  }

  private static Set<String> lines(byte[] b) {
    Set<String> out = new java.util.HashSet<>();
    for (String l : new String(b, java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
      if (!l.isBlank()) out.add(l.strip());
    }
    return out;
  }

  /** A rating for each row of {@code features} (one row per sentence); higher is better. */
  public float[] score(float[][] features) {
    return sentences.predict(features);
  }

  /** The unigram model of {@link NgramCoverage}. */
  public Trees unigrams() {
    return unigrams;
  }

  /** The bigram model of {@link NgramCoverage}. */
  public Trees bigrams() {
    return bigrams;
  }
}
