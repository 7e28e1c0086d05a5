package dev.precis.summarize;

import dev.precis.represent.ClusterText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

  private final Booster booster;
  private final byte[] bytes;

  private SentenceScorer(Booster booster, byte[] bytes) {
    this.booster = booster;
    this.bytes = bytes;
  }

  /** The model saved in {@code bytes} (XGBoost's own format, as {@link #toBytes()} gives). */
  public static SentenceScorer fromBytes(byte[] bytes) {
    try {
      return new SentenceScorer(XGBoost.loadModel(bytes), bytes.clone());
    } catch (XGBoostError | IOException e) {
      throw new IllegalArgumentException("not an XGBoost sentence-scorer model: " + e.getMessage(), e);
    }
  }

  /** Wraps a freshly trained booster. */
  public static SentenceScorer of(Booster booster) {
    try {
      return new SentenceScorer(booster, booster.toByteArray("ubj"));
    } catch (XGBoostError e) {
      throw new IllegalStateException("cannot serialize the trained model: " + e.getMessage(), e);
    }
  }

  /** The model shipped with Precis. */
  public static SentenceScorer shipped() {
    try (InputStream in = SentenceScorer.class.getResourceAsStream(SHIPPED)) {
      if (in == null) {
        throw new IllegalStateException("the shipped model " + SHIPPED + " is not on the classpath;"
            + " run 'precis train' to make one");
      }
      return fromBytes(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SHIPPED, e);
    }
  }

  public byte[] toBytes() {
    return bytes.clone();
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

  /** Scores of the sentences of {@code cluster}. */
  public float[] score(ClusterText cluster, SentenceFeatures features) {
    return score(features.of(cluster));
  }
}
