package dev.precis.summarize;

import dev.precis.represent.ClusterText;
import java.util.List;

/**
 * KLSum (Haghighi and Vanderwende 2009, "Exploring Content Models for Multi-Document
 * Summarization", NAACL): greedily add the sentence that makes the summary's unigram
 * distribution closest to the cluster's, {@code argmin KL(P_D || P_S)}, while the divergence
 * still falls and a sentence fits the budget. The first sentence is always taken.
 *
 * <p>Unigrams are analyzed terms (stemmed, stop words removed). {@code P_D} is the distribution
 * of all the cluster's terms; the summary's is smoothed additively,
 * {@code P_S(w) = (c_S(w) + delta) / (N_S + delta * V)} with {@code delta = }{@value #DELTA} and
 * {@code V} the cluster's vocabulary (add-one smoothing), so that the divergence is finite from
 * the empty summary on (the paper says only that the summary distribution is smoothed). A small
 * {@code delta} would make every word a sentence lacks costly, and the first pick a short one. Each step costs one pass over
 * a candidate's terms: only the terms it adds change the divergence. Candidates are those of
 * {@link Selector#pool()}. The chosen set comes first, in choice order; the other sentences follow
 * by the divergence the summary would have with them added.
 */
final class KlSummarizer implements Summarizer {
  static final double DELTA = 1;

  @Override
  public String name() {
    return "kl";
  }

  @Override
  public List<Candidate> rank(ClusterText cluster, Selector selector) {
    int n = cluster.size();
    TermCounts counts = TermCounts.of(cluster);
    double[] pd = documentDistribution(cluster);
    int vocabulary = pd.length;
    if (vocabulary == 0) return ChosenFirst.rank(new int[0], new double[n]);
    double negEntropy = 0;
    for (double p : pd) if (p > 0) negEntropy += p * Math.log(p);
    int[] summary = new int[vocabulary];
    int summaryLength = 0;
    // cross = sum_w P_D(w) * log(c_S(w) + delta); with an empty summary every log is log(delta).
    double cross = Math.log(DELTA);
    double current = negEntropy - cross + Math.log(DELTA * vocabulary);
    Selector.Pool pool = selector.pool();
    double[] after = new double[n];
    while (true) {
      int best = -1;
      // The empty summary is no summary: the first sentence is taken even if it would raise the
      // divergence.
      double bestKl = pool.count() == 0 ? Double.POSITIVE_INFINITY : current;
      for (int i = 0; i < n; i++) {
        after[i] = negEntropy - cross - gain(counts, i, pd, summary)
            + Math.log(summaryLength + cluster.sentence(i).terms().length + DELTA * vocabulary);
        if (pool.canAdd(i) && after[i] < bestKl) {
          bestKl = after[i];
          best = i;
        }
      }
      if (best < 0) break;
      cross += gain(counts, best, pd, summary);
      int[] ids = counts.ids(best);
      int[] c = counts.counts(best);
      for (int k = 0; k < ids.length; k++) summary[ids[k]] += c[k];
      summaryLength += cluster.sentence(best).terms().length;
      current = bestKl;
      pool.add(best);
    }
    double[] rest = new double[n];
    for (int i = 0; i < n; i++) rest[i] = -after[i];
    return ChosenFirst.rank(pool.chosen(), rest);
  }

  /** How much adding sentence {@code i} raises {@code sum_w P_D(w) log(c_S(w) + delta)}. */
  private static double gain(TermCounts counts, int i, double[] pd, int[] summary) {
    int[] ids = counts.ids(i);
    int[] c = counts.counts(i);
    double g = 0;
    for (int k = 0; k < ids.length; k++) {
      int t = ids[k];
      g += pd[t] * (Math.log(summary[t] + c[k] + DELTA) - Math.log(summary[t] + DELTA));
    }
    return g;
  }

  /** The unigram distribution of the cluster's terms, indexed by term id. */
  static double[] documentDistribution(ClusterText cluster) {
    double[] pd = new double[cluster.dictionary().size()];
    long total = 0;
    for (int i = 0; i < cluster.size(); i++) {
      for (int t : cluster.sentence(i).terms()) pd[t]++;
      total += cluster.sentence(i).terms().length;
    }
    if (total > 0) for (int t = 0; t < pd.length; t++) pd[t] /= total;
    return pd;
  }

  /**
   * {@code KL(P_D || P_S)} for the summary made of {@code sentences}, computed directly from its
   * definition (the greedy search computes it incrementally).
   */
  static double divergence(ClusterText cluster, int[] sentences) {
    double[] pd = documentDistribution(cluster);
    double[] ps = new double[pd.length];
    int length = 0;
    for (int s : sentences) {
      for (int t : cluster.sentence(s).terms()) ps[t]++;
      length += cluster.sentence(s).terms().length;
    }
    double kl = 0;
    for (int t = 0; t < pd.length; t++) {
      if (pd[t] == 0) continue;
      double q = (ps[t] + DELTA) / (length + DELTA * pd.length);
      kl += pd[t] * Math.log(pd[t] / q);
    }
    return kl;
  }
}
