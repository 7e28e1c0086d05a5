package dev.precis.cluster;

import java.util.ArrayList;
import java.util.List;

/** An event still open to new articles: its members and their running sums. */
final class OpenEvent {
  final String id;
  /** The gold event of its first article, when the grouper is being taught; else null. */
  final String gold;
  final List<ArticleProfile> members = new ArrayList<>();
  private final IntFloatMap centroid = new IntFloatMap();
  private double centroidNorm2;
  private final IntFloatMap names = new IntFloatMap();
  private float[] embeddingSum;
  private double embeddingNorm2;
  /** How many of the first members {@link #embeddingSum} sums: it is brought up to date on use. */
  private int summed;
  long firstDay = ArticleProfile.NO_DAY;
  long lastDay = ArticleProfile.NO_DAY;
  long lastIndex;

  OpenEvent(String id, String gold) {
    this.id = id;
    this.gold = gold;
  }

  void add(ArticleProfile p) {
    members.add(p);
    for (int i = 0; i < p.terms.length; i++) {
      float w = p.weights[i];
      float before = centroid.add(p.terms[i], w);
      centroidNorm2 += 2.0 * before * w + (double) w * w;
    }
    for (int n : p.names) names.add(n, 1);
    if (p.dated()) {
      if (firstDay == ArticleProfile.NO_DAY || p.day < firstDay) firstDay = p.day;
      if (lastDay == ArticleProfile.NO_DAY || p.day > lastDay) lastDay = p.day;
    }
    lastIndex = p.index;
  }

  /** TF-IDF cosine of an article with the sum of the members' unit vectors. */
  double centroidCosine(int[] terms, float[] weights) {
    if (centroidNorm2 <= 0) return 0;
    double s = 0;
    for (int i = 0; i < terms.length; i++) s += weights[i] * centroid.get(terms[i]);
    return s / Math.sqrt(centroidNorm2);
  }

  /**
   * Embedding cosine of an article with the members' mean embedding; 0 without embeddings. The
   * members must have their embeddings computed ({@link ArticleProfiler#embed}); the sum adds
   * them in member order whenever they were computed, so it is the sum kept as they joined.
   */
  double embeddingCosine(float[] embedding) {
    for (; summed < members.size(); summed++) {
      float[] v = members.get(summed).embedding();
      if (v == null) {
        if (members.get(summed).needsEmbedding()) {
          throw new IllegalStateException("member " + summed + " of event " + id + " is not embedded");
        }
        continue;
      }
      if (embeddingSum == null) embeddingSum = new float[v.length];
      double before = ArticleProfile.dot(embeddingSum, v);
      for (int i = 0; i < embeddingSum.length; i++) embeddingSum[i] += v[i];
      embeddingNorm2 += 2 * before + ArticleProfile.dot(v, v);
    }
    if (embedding == null || embeddingSum == null || embeddingNorm2 <= 0) return 0;
    return ArticleProfile.dot(embedding, embeddingSum) / Math.sqrt(embeddingNorm2);
  }

  /** The share of an article's name weight that names this event's members use. */
  double nameOverlap(ArticleProfile p) {
    double all = 0;
    double shared = 0;
    for (int i = 0; i < p.names.length; i++) {
      all += p.nameWeights[i];
      if (names.get(p.names[i]) > 0) shared += p.nameWeights[i];
    }
    return all == 0 ? 0 : shared / all;
  }

  /** Its member most like its centroid, a titled one if any (the earliest on a tie). */
  ArticleProfile central() {
    boolean anyTitled = false;
    for (ArticleProfile m : members) anyTitled |= !m.article.title().isBlank();
    ArticleProfile best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (ArticleProfile m : members) {
      if (anyTitled && m.article.title().isBlank()) continue;
      double s = centroidCosine(m.terms, m.weights);
      if (s > bestScore) {
        best = m;
        bestScore = s;
      }
    }
    return best;
  }
}
