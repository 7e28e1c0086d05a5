package dev.precis.cluster;

/**
 * The pairwise signals of an article and an open event that the join decision weighs: TF-IDF
 * cosines (with the event's centroid, with its closest member, title with closest title),
 * embedding cosines (with the mean, with the closest member), the share of the article's names
 * the event uses and the days between them when both are dated. Not the event's size: on the
 * training stream no event has more than three articles (one per side), which a size feature would
 * learn as a rule. Not the order of arrival: a cluster file lists a story's articles together, so
 * the articles that arrived since an event was last joined read as a strong signal there (B-cubed
 * F1 0.980 on AllSides in file order) and misled on the same stream interleaved within each day
 * (0.948, against 0.964 without it): a feed mixes its stories.
 */
final class JoinFeatures {
  static final String[] NAMES = {"tfidf_centroid", "tfidf_max", "title_max", "embed_centroid",
      "embed_max", "names", "day_gap", "undated"};
  /** The column that is 1 when the article or the event has no day. */
  static final int UNDATED = 7;
  /** A gap in days counts up to this many. */
  static final double MAX_GAP_DAYS = 7;

  private JoinFeatures() {}

  /** The columns that need embeddings: {@link #withEmbeddings} fills them. */
  static final int EMBED_CENTROID = 3;
  static final int EMBED_MAX = 4;

  /** All the features of {@code p} and {@code e}; with embeddings on, both must be embedded. */
  static double[] of(ArticleProfile p, OpenEvent e) {
    return withEmbeddings(cheap(p, e), p, e);
  }

  /**
   * The features that need no embedding; the embedding columns are 0. Enough to bound the join
   * chance over every embedding cosine ({@link JoinModel#canJoin}).
   */
  static double[] cheap(ArticleProfile p, OpenEvent e) {
    double tfidfMax = 0;
    double titleMax = 0;
    for (ArticleProfile m : e.members) {
      tfidfMax = Math.max(tfidfMax, ArticleProfile.dot(p.terms, p.weights, m.terms, m.weights));
      titleMax = Math.max(titleMax,
          ArticleProfile.dot(p.titleTerms, p.titleWeights, m.titleTerms, m.titleWeights));
    }
    boolean dated = p.dated() && e.firstDay != ArticleProfile.NO_DAY;
    double gap = 0;
    if (dated) {
      long g = p.day < e.firstDay ? e.firstDay - p.day : p.day > e.lastDay ? p.day - e.lastDay : 0;
      gap = Math.min(g, MAX_GAP_DAYS) / MAX_GAP_DAYS;
    }
    return new double[] {e.centroidCosine(p.terms, p.weights), tfidfMax, titleMax, 0, 0,
        e.nameOverlap(p), gap, dated ? 0 : 1};
  }

  /** {@code f}, the {@link #cheap} features, with its embedding columns filled in. */
  static double[] withEmbeddings(double[] f, ArticleProfile p, OpenEvent e) {
    double embedMax = 0;
    float[] v = p.embedding();
    for (ArticleProfile m : e.members) {
      if (v != null && m.embedding() != null) {
        embedMax = Math.max(embedMax, ArticleProfile.dot(v, m.embedding()));
      }
    }
    f[EMBED_CENTROID] = e.embeddingCosine(v);
    f[EMBED_MAX] = embedMax;
    return f;
  }
}
