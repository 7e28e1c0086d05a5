package dev.precis.represent.embed;

import java.nio.FloatBuffer;

/**
 * Sentence-transformers' pooling for all-MiniLM-L6-v2: the mean of the token vectors under the
 * attention mask, then division by the L2 norm. Stateless and thread-safe.
 */
final class MeanPooling {

  /**
   * Pools one sentence of a model output laid out as {@code [batch][positions][dimension]}.
   *
   * @param hidden the model output, read with absolute indices (its position is not moved)
   * @param offset the index of the sentence's first value, {@code row * positions * dimension}
   * @param tokens how many leading positions are real tokens (attention mask 1); padding
   *     follows them and is ignored; at least 1
   * @param dimension the length of one token vector
   * @return a new vector of unit length (all zeros only if every token vector is zero)
   */
  float[] pool(FloatBuffer hidden, int offset, int tokens, int dimension) {
    double[] sum = new double[dimension];
    for (int t = 0; t < tokens; t++) {
      int base = offset + t * dimension;
      for (int d = 0; d < dimension; d++) {
        sum[d] += hidden.get(base + d);
      }
    }
    double squares = 0;
    for (int d = 0; d < dimension; d++) {
      sum[d] /= tokens;
      squares += sum[d] * sum[d];
    }
    // The reference divides by max(norm, 1e-12), so an all-zero mean stays zero.
    double norm = Math.max(Math.sqrt(squares), 1e-12);
    float[] vector = new float[dimension];
    for (int d = 0; d < dimension; d++) {
      vector[d] = (float) (sum[d] / norm);
    }
    return vector;
  }
}
