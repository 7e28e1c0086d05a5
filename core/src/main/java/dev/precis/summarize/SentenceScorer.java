package dev.precis.summarize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * A trained model that scores sentences from their {@link SentenceFeatures}: gradient-boosted
 * trees (XGBoost) trained by {@code precis train} to rank each cluster's sentences by how much of
 * the reference summary they carry per word. The shipped model is a resource of this package.
 * Thread-safe.
 */
public final class SentenceScorer {
  /** The model shipped with Precis, trained on the Multi-News dev sample. */
  public static final String SHIPPED = "/dev/precis/summarize/sentence-scorer.xgb";
  /** Beside a model file: the clusters it was trained on, one fingerprint a line. */
  public static final String TRAINED_ON_SUFFIX = ".trained-on";

  private final Booster booster;
  private final byte[] bytes;
  private final Set<String> trainedOn;

  private SentenceScorer(Booster booster, byte[] bytes, Set<String> trainedOn) {
    this.booster = booster;
    this.bytes = bytes;
    this.trainedOn = Set.copyOf(trainedOn);
  }

  /**
   * The model saved in {@code bytes} (XGBoost's own format, as {@link #toBytes()} gives), trained
   * on the clusters with the given fingerprints.
   */
  public static SentenceScorer fromBytes(byte[] bytes, Set<String> trainedOn) {
    try {
      return new SentenceScorer(XGBoost.loadModel(bytes), bytes.clone(), trainedOn);
    } catch (XGBoostError | IOException e) {
      throw new IllegalArgumentException("not an XGBoost sentence-scorer model: " + e.getMessage(), e);
    }
  }

  /** Wraps a freshly trained booster. */
  public static SentenceScorer of(Booster booster, Set<String> trainedOn) {
    try {
      return new SentenceScorer(booster, booster.toByteArray("ubj"), trainedOn);
    } catch (XGBoostError e) {
      throw new IllegalStateException("cannot serialize the trained model: " + e.getMessage(), e);
    }
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
    try (InputStream in = SentenceScorer.class.getResourceAsStream(SHIPPED);
        InputStream ids = SentenceScorer.class.getResourceAsStream(SHIPPED + TRAINED_ON_SUFFIX)) {
      if (in == null || ids == null) {
        throw new IllegalStateException("the shipped model " + SHIPPED + " is not on the classpath;"
            + " run 'precis train' to make one");
      }
      return fromBytes(in.readAllBytes(), lines(ids.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SHIPPED, e);
    }
  }

  /** The model in {@code file} (as {@code precis train} writes it) and its list of clusters. */
  public static SentenceScorer load(Path file) {
    Path ids = file.resolveSibling(file.getFileName() + TRAINED_ON_SUFFIX);
    try {
      Set<String> trained = Files.exists(ids) ? lines(Files.readAllBytes(ids)) : Set.of();
      return fromBytes(Files.readAllBytes(file), trained);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read the model (" + e.getMessage() + ")", e);
    }
  }

  /** Writes the model to {@code file} and its clusters' fingerprints beside it. */
  public void save(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    Files.write(file, bytes);
    Files.write(file.resolveSibling(file.getFileName() + TRAINED_ON_SUFFIX),
        new java.util.TreeSet<>(trainedOn));
  }

  /** The fingerprints of the clusters this model was trained on. */
  public Set<String> trainedOn() {
    return trainedOn;
  }

  public byte[] toBytes() {
    return bytes.clone();
  }

  private static Set<String> lines(byte[] b) {
    Set<String> out = new java.util.HashSet<>();
    for (String l : new String(b, java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
      if (!l.isBlank()) out.add(l.strip());
    }
    return out;
  }

  /** A score for each row of {@code features} (one row per sentence); higher is better. */
  public float[] score(float[][] features) {
    int n = features.length;
    if (n == 0) return new float[0];
    int k = features[0].length;
    float[] flat = new float[n * k];
    for (int i = 0; i < n; i++) System.arraycopy(features[i], 0, flat, i * k, k);
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
      throw new IllegalStateException("the model failed to score " + n + " sentences: " + e.getMessage(), e);
    }
  }
}
