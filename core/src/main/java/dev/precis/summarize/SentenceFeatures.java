package dev.precis.summarize;

import dev.precis.represent.ClusterText;
import dev.precis.represent.Sentence;
import dev.precis.represent.SparseVector;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The features of each sentence of a cluster that the learned scorer reads: where it stands,
 * how long it is, how central it is (TF-IDF centroid and cross-article similarity), how many
 * articles state it, how much of the cluster's shared vocabulary and bigrams it carries, its
 * names and numbers, and how clean its source reads (machine-translated or spun text shows as
 * lower-case sentence starts, broken fragments and minority spellings of names).
 *
 * <p>Pure function of the {@link ClusterText}; one row per sentence, columns as {@link #NAMES}.
 */
public final class SentenceFeatures {
  /** Column names, in order. Changing them requires retraining the shipped model. */
  public static final List<String> NAMES = List.of(
      "position", "relative_position", "is_first", "words", "article_sentences", "articles",
      "centroid_cosine", "centroid_rank", "mean_cross_cosine", "max_cross_cosine",
      "support_040", "support_025", "term_probability", "bigram_article_share",
      "capitalized_share", "numbers", "has_quote", "starts_with_quote", "ends_question",
      "lowercase_start", "uses_variant", "non_ascii_share", "article_length_share",
      "article_broken_share", "headline_cosine", "max_same_article_cosine", "mead_score",
      "article_centroid_cosine", "cluster_position", "embedding_centroid_cosine",
      "embedding_mean_cross", "embedding_max_cross", "embedding_support_065");

  private final CentroidSummarizer mead = new CentroidSummarizer();

  /** One row per sentence of {@code c}, {@link #NAMES}.size() columns each. */
  public float[][] of(ClusterText c) {
    int n = c.size();
    int k = NAMES.size();
    float[][] x = new float[n][k];
    if (n == 0) return x;
    int articles = c.articleCount();
    int[] sentencesIn = new int[articles];
    int[] brokenIn = new int[articles];
    int maxSentences = 1;
    for (Sentence s : c.sentences()) {
      sentencesIn[s.article()]++;
      if (looksBroken(s.text())) brokenIn[s.article()]++;
    }
    for (int a = 0; a < articles; a++) maxSentences = Math.max(maxSentences, sentencesIn[a]);

    SparseVector centroid = CentroidSummarizer.centroid(c);
    double[] centroidCos = CentroidSummarizer.centroidCosines(c); // one pass, not a merge per sentence
    double[] rank = ranks(centroidCos);

    float[] termProbability = termProbabilities(c);
    Map<Long, Integer> bigramArticles = bigramArticleCounts(c);
    SparseVector[] headlines = headlineVectors(c);
    double[] meadScore = new double[n];
    for (Candidate cand : mead.rank(c)) meadScore[cand.sentence()] = cand.score();
    double[] articleCentroid = articleCentroidCosines(c, centroid);
    float[][] e = c.embeddings();
    float[] eMean = new float[e.length == 0 ? 0 : e[0].length];
    for (float[] v : e) for (int d = 0; d < eMean.length; d++) eMean[d] += v[d] / e.length;
    double eMeanNorm = Math.sqrt(dot(eMean, eMean));

    for (Sentence s : c.sentences()) {
      int i = s.index();
      float[] f = x[i];
      double[] bestIn = new double[articles];
      double cross = 0;
      int crossCount = 0;
      double maxSame = 0;
      for (int j = 0; j < n; j++) {
        if (j == i) continue;
        Sentence o = c.sentence(j);
        double sim = c.vector(i).cosine(c.vector(j));
        if (o.article() == s.article()) {
          maxSame = Math.max(maxSame, sim);
        } else {
          cross += sim;
          crossCount++;
          bestIn[o.article()] = Math.max(bestIn[o.article()], sim);
        }
      }
      int sup40 = 0, sup25 = 0;
      double maxCross = 0;
      for (int a = 0; a < articles; a++) {
        if (a == s.article()) continue;
        if (bestIn[a] >= 0.40) sup40++;
        if (bestIn[a] >= 0.25) sup25++;
        maxCross = Math.max(maxCross, bestIn[a]);
      }
      int others = Math.max(1, articles - 1);
      String text = s.text();
      f[0] = Math.min(s.position(), 50);
      f[1] = (float) s.position() / sentencesIn[s.article()];
      f[2] = s.position() == 0 ? 1 : 0;
      f[3] = s.words();
      f[4] = sentencesIn[s.article()];
      f[5] = articles;
      f[6] = (float) centroidCos[i];
      f[7] = (float) rank[i];
      f[8] = crossCount == 0 ? 0 : (float) (cross / crossCount);
      f[9] = (float) maxCross;
      f[10] = articles == 1 ? 0 : (float) sup40 / others;
      f[11] = articles == 1 ? 0 : (float) sup25 / others;
      f[12] = meanTermProbability(s.terms(), termProbability);
      f[13] = bigramShare(s.terms(), bigramArticles, articles);
      f[14] = capitalizedShare(text);
      f[15] = numbers(text);
      f[16] = text.indexOf('"') >= 0 || text.indexOf('“') >= 0 || text.indexOf('”') >= 0 ? 1 : 0;
      f[17] = text.startsWith("\"") || text.startsWith("“") ? 1 : 0;
      f[18] = text.endsWith("?") || text.endsWith("!") ? 1 : 0;
      f[19] = Character.isLowerCase(text.charAt(0)) ? 1 : 0;
      f[20] = c.names().usesVariant(text) ? 1 : 0;
      f[21] = nonAsciiShare(text);
      f[22] = (float) sentencesIn[s.article()] / maxSentences;
      f[23] = (float) brokenIn[s.article()] / sentencesIn[s.article()];
      f[24] = (float) c.vector(i).cosine(headlines[s.article()]);
      f[25] = (float) maxSame;
      f[26] = (float) meadScore[i];
      f[27] = (float) articleCentroid[s.article()];
      f[28] = (float) i / n;
      f[29] = eMeanNorm == 0 ? 0 : (float) (dot(e[i], eMean) / eMeanNorm);
      double[] eBest = new double[articles];
      double eCross = 0;
      int eCount = 0;
      for (int j = 0; j < n; j++) {
        int a = c.sentence(j).article();
        if (a == s.article()) continue;
        double sim = dot(e[i], e[j]);
        eCross += sim;
        eCount++;
        eBest[a] = Math.max(eBest[a], sim);
      }
      double eMax = 0;
      int eSupport = 0;
      for (int a = 0; a < articles; a++) {
        if (a == s.article()) continue;
        eMax = Math.max(eMax, eBest[a]);
        if (eBest[a] >= 0.65) eSupport++;
      }
      f[30] = eCount == 0 ? 0 : (float) (eCross / eCount);
      f[31] = (float) eMax;
      f[32] = articles == 1 ? 0 : (float) eSupport / (articles - 1);
    }
    return x;
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int d = 0; d < a.length; d++) s += a[d] * b[d];
    return s;
  }

  private static double[] articleCentroidCosines(ClusterText c, SparseVector centroid) {
    float[][] sums = new float[c.articleCount()][c.dictionary().size()];
    for (Sentence s : c.sentences()) c.vector(s.index()).addTo(sums[s.article()], 1f);
    double[] out = new double[c.articleCount()];
    for (int a = 0; a < out.length; a++) out[a] = SparseVector.ofDense(sums[a]).cosine(centroid);
    return out;
  }

  /** A sentence that reads like a fragment: starts in lower case, or has no verb-sized words. */
  static boolean looksBroken(String s) {
    return s.isEmpty() || Character.isLowerCase(s.charAt(0)) || s.split("\\s+").length < 4
        || s.contains(". ,") || s.contains(", ,");
  }

  private static double[] ranks(double[] v) {
    Integer[] order = new Integer[v.length];
    for (int i = 0; i < v.length; i++) order[i] = i;
    java.util.Arrays.sort(order, (a, b) -> Double.compare(v[b], v[a]));
    double[] r = new double[v.length];
    for (int k = 0; k < order.length; k++) r[order[k]] = (double) k / v.length;
    return r;
  }

  private static float[] termProbabilities(ClusterText c) {
    float[] count = new float[c.dictionary().size()];
    long total = 0;
    for (Sentence s : c.sentences()) {
      for (int t : s.terms()) count[t]++;
      total += s.terms().length;
    }
    if (total > 0) for (int t = 0; t < count.length; t++) count[t] /= total;
    return count;
  }

  private static float meanTermProbability(int[] terms, float[] p) {
    if (terms.length == 0) return 0;
    double s = 0;
    for (int t : terms) s += p[t];
    return (float) (s / terms.length * 100);
  }

  private static Map<Long, Integer> bigramArticleCounts(ClusterText c) {
    Map<Long, Set<Integer>> in = new HashMap<>();
    for (Sentence s : c.sentences()) {
      int[] t = s.terms();
      for (int j = 0; j + 1 < t.length; j++) {
        in.computeIfAbsent(((long) t[j] << 32) | t[j + 1], b -> new HashSet<>()).add(s.article());
      }
    }
    Map<Long, Integer> out = new HashMap<>();
    in.forEach((b, a) -> out.put(b, a.size()));
    return out;
  }

  private static float bigramShare(int[] t, Map<Long, Integer> articlesOf, int articles) {
    if (t.length < 2) return 0;
    double s = 0;
    for (int j = 0; j + 1 < t.length; j++) {
      s += (articlesOf.getOrDefault(((long) t[j] << 32) | t[j + 1], 1) - 1);
    }
    return (float) (s / (t.length - 1) / Math.max(1, articles - 1));
  }

  private static SparseVector[] headlineVectors(ClusterText c) {
    SparseVector[] out = new SparseVector[c.articleCount()];
    for (int a = 0; a < out.length; a++) out[a] = c.headlineVector(a);
    return out;
  }

  private static float capitalizedShare(String text) {
    String[] words = text.split("\\s+");
    if (words.length < 2) return 0;
    int caps = 0;
    for (int w = 1; w < words.length; w++) {
      if (!words[w].isEmpty() && Character.isUpperCase(words[w].charAt(0))) caps++;
    }
    return (float) caps / (words.length - 1);
  }

  private static float numbers(String text) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean d = Character.isDigit(text.charAt(i));
      if (d && !in) n++;
      in = d;
    }
    return n;
  }

  private static float nonAsciiShare(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) if (text.charAt(i) > 127) n++;
    return (float) n / text.length();
  }
}
