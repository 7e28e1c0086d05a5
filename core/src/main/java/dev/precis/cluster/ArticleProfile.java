package dev.precis.cluster;

import dev.precis.model.Article;

/**
 * What the grouper compares of one article, computed once as it arrives: unit TF-IDF vectors over
 * hashed terms (title and body; title alone), the unit embedding of its title and lead, its
 * MinHash signature and its names.
 */
final class ArticleProfile {
  static final long NO_DAY = Long.MIN_VALUE;

  final Article article;
  /** Its position in the stream, from 0. */
  final long index;
  /** Its day (days since 1970-01-01 of its date as written), or {@link #NO_DAY}. */
  final long day;
  final int[] terms;
  final float[] weights;
  final int[] titleTerms;
  final float[] titleWeights;
  /**
   * What is embedded (title and lead, {@link ArticleProfiler#lead}), or null when embeddings are
   * off or there is nothing to compare.
   */
  final String lead;
  /**
   * Unit vector of {@link #lead}, or null until computed: the grouper embeds an article only when
   * a join decision needs it ({@link EventGrouper}), unless it came embedded with its read
   * ({@link EventGrouper#prepare(java.util.List, boolean)}); always null when {@link #lead} is.
   */
  private float[] embedding;
  /** MinHash signature of its text, or null when it has no word. */
  final long[] signature;
  /** Distinct hashed name tokens, ascending, with their IDF weights. */
  final int[] names;
  final float[] nameWeights;
  /** Its {@value #PROBE_TERMS} heaviest terms and their weights: for picking candidates fast. */
  final int[] probeTerms;
  final float[] probeWeights;
  static final int PROBE_TERMS = 24;

  ArticleProfile(Article article, long index, long day, int[] terms, float[] weights,
      int[] titleTerms, float[] titleWeights, String lead, float[] embedding, long[] signature,
      int[] names, float[] nameWeights) {
    this.article = article;
    this.index = index;
    this.day = day;
    this.terms = terms;
    this.weights = weights;
    this.titleTerms = titleTerms;
    this.titleWeights = titleWeights;
    this.lead = lead;
    this.embedding = lead == null ? null : embedding;
    this.signature = signature;
    this.names = names;
    this.nameWeights = nameWeights;
    int k = Math.min(PROBE_TERMS, terms.length);
    Integer[] order = new Integer[terms.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    java.util.Arrays.sort(order, (a, b) -> weights[a] != weights[b]
        ? Float.compare(weights[b], weights[a]) : Integer.compare(a, b));
    probeTerms = new int[k];
    probeWeights = new float[k];
    for (int i = 0; i < k; i++) {
      probeTerms[i] = terms[order[i]];
      probeWeights[i] = weights[order[i]];
    }
  }

  private OpenEvent event;

  /** Its embedding, or null when embeddings are off or it has not been computed yet. */
  float[] embedding() {
    return embedding;
  }

  /** Whether it has a lead whose embedding is not computed yet. */
  boolean needsEmbedding() {
    return lead != null && embedding == null;
  }

  /** Records the embedding of {@link #lead}. */
  void embedded(float[] vector) {
    embedding = vector;
  }

  /**
   * The profile of an article with nothing to compare once cleaned (no title, and a text of page
   * furniture only or none): it starts an event of its own and no article joins it.
   */
  static ArticleProfile empty(Article article, long index, long day) {
    return new ArticleProfile(article, index, day, new int[0], new float[0], new int[0],
        new float[0], null, null, null, new int[0], new float[0]);
  }

  /** Whether there is nothing of it to compare. */
  boolean isEmpty() {
    return terms.length == 0 && signature == null;
  }

  /** Records the event this article joined. */
  void joined(OpenEvent e) {
    event = e;
  }

  /** The event this article joined. */
  OpenEvent event() {
    return event;
  }

  boolean dated() {
    return day != NO_DAY;
  }

  /** Dot product of two sorted sparse vectors. */
  static double dot(int[] a, float[] wa, int[] b, float[] wb) {
    int i = 0, j = 0;
    double s = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) s += (double) wa[i++] * wb[j++];
      else if (a[i] < b[j]) i++;
      else j++;
    }
    return s;
  }

  static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }
}
