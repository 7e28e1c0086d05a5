package dev.precis.represent;

import java.util.Arrays;

/**
 * A sparse vector: strictly increasing term ids with their weights, in parallel primitive arrays.
 * Immutable by convention: the arrays are never exposed for writing after construction.
 */
public final class SparseVector {
  public static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

  private final int[] ids;
  private final float[] weights;
  private final double norm;

  /** Takes ownership of the arrays; {@code ids} must be strictly increasing. */
  SparseVector(int[] ids, float[] weights) {
    this.ids = ids;
    this.weights = weights;
    double s = 0;
    for (float w : weights) s += (double) w * w;
    this.norm = Math.sqrt(s);
  }

  /** A vector from term counts: {@code weight(id) = counts[id] * scale[id]} for counts > 0. */
  public static SparseVector ofTerms(int[] termIds, float[] idf) {
    if (termIds.length == 0) return EMPTY;
    int[] sorted = termIds.clone();
    Arrays.sort(sorted);
    int[] ids = new int[sorted.length];
    float[] w = new float[sorted.length];
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (n > 0 && ids[n - 1] == sorted[i]) {
        w[n - 1] += idf[sorted[i]];
      } else {
        ids[n] = sorted[i];
        w[n] = idf[sorted[i]];
        n++;
      }
    }
    return new SparseVector(Arrays.copyOf(ids, n), Arrays.copyOf(w, n));
  }

  /** A vector from a dense array, keeping the non-zero entries. */
  public static SparseVector ofDense(float[] dense) {
    int n = 0;
    for (float v : dense) if (v != 0) n++;
    int[] ids = new int[n];
    float[] w = new float[n];
    int k = 0;
    for (int i = 0; i < dense.length; i++) {
      if (dense[i] != 0) {
        ids[k] = i;
        w[k++] = dense[i];
      }
    }
    return new SparseVector(ids, w);
  }

  public double dot(SparseVector o) {
    int i = 0, j = 0;
    double s = 0;
    int[] a = ids, b = o.ids;
    while (i < a.length && j < b.length) {
      int x = a[i], y = b[j];
      if (x == y) {
        s += (double) weights[i++] * o.weights[j++];
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    return s;
  }

  /** Cosine similarity; 0 when either vector is empty. */
  public double cosine(SparseVector o) {
    double d = norm * o.norm;
    return d == 0 ? 0 : dot(o) / d;
  }

  /** Adds {@code factor} times this vector into {@code dense}. */
  public void addTo(float[] dense, float factor) {
    for (int i = 0; i < ids.length; i++) dense[ids[i]] += factor * weights[i];
  }

  public double norm() {
    return norm;
  }

  public int size() {
    return ids.length;
  }

  public int id(int k) {
    return ids[k];
  }

  public float weight(int k) {
    return weights[k];
  }
}
