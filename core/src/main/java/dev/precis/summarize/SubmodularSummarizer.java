package dev.precis.summarize;

import dev.precis.represent.ClusterText;
import java.util.List;
import java.util.Random;

/**
 * Submodular summarization (Lin and Bilmes 2011, "A Class of Submodular Functions for Document
 * Summarization", ACL): maximize {@code F(S) = L(S) + lambda * R(S)} under the budget with the
 * cost-scaled greedy algorithm of Lin and Bilmes (2010).
 *
 * <ul>
 *   <li>Coverage {@code L(S) = sum_i min(C_i(S), alpha * C_i(V))}, {@code C_i(S) = sum_{j in S}
 *       w_ij}, with {@code w_ij} the TF-IDF cosine (self-similarity 1 included) and
 *       {@code alpha = a / N}, {@code a = }{@value #A} for {@code N} sentences (capped at 1).
 *   <li>Diversity {@code R(S) = sum_k sqrt(sum_{j in S and P_k} r_j)}, {@code r_j = (1/N) sum_i
 *       w_ij}, over a partition {@code P_1..P_K} of the sentences by k-means, {@code K = 0.2 N}
 *       (at least 1). The k-means is spherical, on the TF-IDF vectors, run on the cosine matrix
 *       (kernel form), seeded by k-means++ with a generator seeded by the cluster id's hash.
 *   <li>{@code lambda = }{@value #LAMBDA}; greedy step: the sentence maximizing
 *       {@code (F(S + l) - F(S)) / cost(l)^r}, {@code r = }{@value #R}; at the end the best
 *       single sentence replaces the greedy set if it scores higher, as the algorithm's guarantee
 *       requires.
 * </ul>
 *
 * These are the paper's settings for generic summarization on DUC 2004 (alpha = a/N with a = 5,
 * lambda = 6, K = 0.2N, r = 0.3, tuned on DUC 2003). Candidates are those of
 * {@link Selector#pool()}. The chosen set comes first, in choice order; the other sentences follow
 * by their last scaled gain.
 */
final class SubmodularSummarizer implements Summarizer {
  static final double A = 5;
  static final double LAMBDA = 6;
  static final double CLUSTER_FRACTION = 0.2;
  static final double R = 0.3;
  static final int KMEANS_ITERATIONS = 20;

  @Override
  public String name() {
    return "submodular";
  }

  /**
   * Above {@value NeighbourGraph#MAX_PAIRWISE} sentences the method runs on the {@value #GROUND}
   * sentences nearest the cluster's centroid, a cheap first stage: its cosine matrix and k-means
   * are quadratic in the sentences they see (a cluster of 3,600 sentences had taken 2.7 s and a
   * 100 MB matrix). News clusters are smaller and keep every sentence.
   */
  static final int GROUND = 1_000;

  @Override
  public List<Candidate> rank(ClusterText cluster, Selector selector) {
    if (cluster.size() == 0) return List.of();
    int[] ground = ground(cluster);
    int n = ground.length;
    double[][] w = CosineMatrix.of(cluster, ground);
    double alpha = Math.min(1, A / n);
    double[] cap = new double[n];
    double[] reward = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int j = 0; j < n; j++) sum += w[i][j];
      cap[i] = alpha * sum;
      reward[i] = sum / n; // w is symmetric: row sum = column sum
    }
    int[] part = partition(w, Math.max(1, (int) Math.round(CLUSTER_FRACTION * n)),
        new Random(cluster.cluster().id().hashCode()));
    Selector.Pool pool = selector.pool();
    double[] covered = new double[n];
    double[] partReward = new double[n];
    double[] ratio = new double[n];
    double value = 0;
    while (true) {
      int best = -1;
      double bestRatio = Double.NEGATIVE_INFINITY;
      for (int l = 0; l < n; l++) {
        ratio[l] = gain(w, l, covered, cap, part, partReward, reward)
            / Math.pow(Math.max(1, pool.cost(ground[l])), R);
        if (pool.canAdd(ground[l]) && ratio[l] > bestRatio) {
          bestRatio = ratio[l];
          best = l;
        }
      }
      if (best < 0) break;
      value += gain(w, best, covered, cap, part, partReward, reward);
      for (int i = 0; i < n; i++) covered[i] += w[i][best];
      partReward[part[best]] += reward[best];
      pool.add(ground[best]);
    }
    int[] chosen = pool.chosen();
    int single = bestSingle(w, cap, reward, part, selector.pool(), ground);
    if (single >= 0 && value(w, cap, reward, part, new int[] {single}) > value) {
      chosen = new int[] {ground[single]};
    }
    if (n == cluster.size()) return ChosenFirst.rank(chosen, ratio);
    // The sentences left out of the ground set follow it, by their centrality.
    double[] rest = CentroidSummarizer.centroidCosines(cluster);
    for (int i = 0; i < rest.length; i++) rest[i] -= 2;
    for (int l = 0; l < n; l++) rest[ground[l]] = ratio[l];
    return ChosenFirst.rank(chosen, rest);
  }

  /** The sentences the method weighs, ascending: all, or the {@value #GROUND} most central. */
  static int[] ground(ClusterText cluster) {
    int n = cluster.size();
    if (n <= NeighbourGraph.MAX_PAIRWISE) {
      int[] all = new int[n];
      for (int i = 0; i < n; i++) all[i] = i;
      return all;
    }
    double[] centrality = CentroidSummarizer.centroidCosines(cluster);
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    java.util.Arrays.sort(order, (x, y) -> centrality[x] != centrality[y]
        ? Double.compare(centrality[y], centrality[x]) : Integer.compare(x, y));
    int[] top = new int[GROUND];
    for (int k = 0; k < GROUND; k++) top[k] = order[k];
    java.util.Arrays.sort(top);
    return top;
  }

  /** {@code F(S + l) - F(S)}, given {@code C_i(S)} and each part's reward sum in S. */
  private static double gain(double[][] w, int l, double[] covered, double[] cap, int[] part,
      double[] partReward, double[] reward) {
    double coverage = 0;
    for (int i = 0; i < covered.length; i++) {
      double c = covered[i];
      if (c >= cap[i]) continue;
      coverage += Math.min(c + w[i][l], cap[i]) - c;
    }
    double r = partReward[part[l]];
    return coverage + LAMBDA * (Math.sqrt(r + reward[l]) - Math.sqrt(r));
  }

  /** {@code F(S)} computed from its definition. */
  static double value(double[][] w, double[] cap, double[] reward, int[] part, int[] s) {
    int n = w.length;
    double coverage = 0;
    for (int i = 0; i < n; i++) {
      double c = 0;
      for (int j : s) c += w[i][j];
      coverage += Math.min(c, cap[i]);
    }
    double[] partReward = new double[n];
    for (int j : s) partReward[part[j]] += reward[j];
    double diversity = 0;
    for (double r : partReward) diversity += Math.sqrt(r);
    return coverage + LAMBDA * diversity;
  }

  private static int bestSingle(double[][] w, double[] cap, double[] reward, int[] part,
      Selector.Pool empty, int[] ground) {
    int best = -1;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (int v = 0; v < w.length; v++) {
      if (!empty.canAdd(ground[v])) continue;
      double f = value(w, cap, reward, part, new int[] {v});
      if (f > bestValue) {
        bestValue = f;
        best = v;
      }
    }
    return best;
  }

  /**
   * Spherical k-means into {@code k} parts on the cosine matrix: the cosine of sentence i with
   * the mean of part P is {@code sum_{j in P} w_ij / sqrt(sum_{j,l in P} w_jl)}. Seeds by
   * k-means++ on the distance {@code 1 - cosine}. Returns each sentence's part.
   */
  static int[] partition(double[][] w, int k, Random random) {
    int n = w.length;
    int[] seeds = new int[k];
    double[] nearest = new double[n];
    java.util.Arrays.fill(nearest, Double.POSITIVE_INFINITY);
    seeds[0] = random.nextInt(n);
    for (int s = 1; s < k; s++) {
      double total = 0;
      for (int i = 0; i < n; i++) {
        nearest[i] = Math.min(nearest[i], 1 - w[i][seeds[s - 1]]);
        total += nearest[i] * nearest[i];
      }
      int pick = 0;
      if (total > 0) {
        double x = random.nextDouble() * total;
        for (int i = 0; i < n; i++) {
          x -= nearest[i] * nearest[i];
          if (x < 0 || i == n - 1) {
            pick = i;
            if (x < 0) break;
          }
        }
      } else {
        pick = s % n;
      }
      seeds[s] = pick;
    }
    int[] part = new int[n];
    for (int i = 0; i < n; i++) {
      int best = 0;
      for (int s = 1; s < k; s++) if (w[i][seeds[s]] > w[i][seeds[best]]) best = s;
      part[i] = best;
    }
    double[] inner = new double[k];
    double[] toPart = new double[k];
    for (int iteration = 0; iteration < KMEANS_ITERATIONS; iteration++) {
      java.util.Arrays.fill(inner, 0);
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) if (part[i] == part[j]) inner[part[i]] += w[i][j];
      }
      boolean changed = false;
      for (int i = 0; i < n; i++) {
        java.util.Arrays.fill(toPart, 0);
        for (int j = 0; j < n; j++) toPart[part[j]] += w[i][j];
        int best = part[i];
        double bestSim = inner[best] > 0 ? toPart[best] / Math.sqrt(inner[best]) : 0;
        for (int s = 0; s < k; s++) {
          double sim = inner[s] > 0 ? toPart[s] / Math.sqrt(inner[s]) : 0;
          if (sim > bestSim + 1e-12) {
            bestSim = sim;
            best = s;
          }
        }
        if (best != part[i]) {
          part[i] = best;
          changed = true;
        }
      }
      if (!changed) break;
    }
    return part;
  }
}
