package dev.precis.summarize;

import dev.precis.represent.ClusterText;
import dev.precis.represent.Sentence;
import dev.precis.represent.SparseVector;
import dev.precis.represent.embed.SentenceEncoder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The features of each sentence of a cluster that the learned scorer reads: where it stands,
 * how long it is, how central it is (TF-IDF centroid and cross-article similarity), how many
 * articles state it, how much of the cluster's shared vocabulary and bigrams it carries, its
 * names and numbers, and how clean its source reads (machine-translated or spun text shows as
 * lower-case sentence starts, broken fragments and minority spellings of names).
 *
 * <p>No sentence embeddings: with the model's four embedding columns (centroid, mean and best
 * cross-article cosine, support at 0.65) the method spent about 6 ms of CPU per sentence on the
 * encoder, almost all of its time, for no ROUGE it keeps without them (cross-validated, paired:
 * see the README).
 *
 * <p>Cost linear in the cluster's sentences: the centroid and mean cross-article similarities
 * are dot products with sums; a sentence's best match in each other article (and in its own) is
 * looked for among at most {@value #POOL} sentences, all of them in a cluster that has no more
 * (every cluster of the training data), else those MEAD's centroid score rates highest.
 *
 * <p>A model may be trained with {@link #EMBEDDING_NAMES} too, four columns after {@link #NAMES}
 * from one {@link SentenceEncoder.Model} (its centroid, mean and best cross-article cosines, and
 * the share of other articles with a match at the encoder's {@link #supportCosine}); only such a
 * model pays for the encoder.
 *
 * <p>Pure function of the {@link ClusterText}; one row per sentence, columns as {@link #NAMES}
 * (then {@link #EMBEDDING_NAMES} when an encoder is given).
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
      "article_centroid_cosine", "cluster_position");

  /** The columns an encoder adds after {@link #NAMES}, in order. */
  public static final List<String> EMBEDDING_NAMES = List.of("embedding_centroid_cosine",
      "embedding_mean_cross", "embedding_max_cross", "embedding_support");

  /** {@link #NAMES}, then {@link #EMBEDDING_NAMES} when {@code encoder} is present. */
  public static List<String> names(Optional<SentenceEncoder.Model> encoder) {
    if (encoder.isEmpty()) return NAMES;
    List<String> all = new java.util.ArrayList<>(NAMES);
    all.addAll(EMBEDDING_NAMES);
    return List.copyOf(all);
  }

  /**
   * The cosine at which another article's best match counts as support: 0.65 for MiniLM, and
   * for the others the cosine above which the same share of best cross-article matches lies
   * (measured on Multi-News+ training clusters, not the dev sample: see the README), since bge
   * and e5 rate unrelated sentences much higher than MiniLM does.
   */
  public static double supportCosine(SentenceEncoder.Model model) {
    return switch (model) {
      case MINILM -> 0.65;
      case BGE_SMALL -> BGE_SUPPORT;
      case E5_SMALL -> E5_SUPPORT;
    };
  }

  static final double BGE_SUPPORT = 0.76;
  static final double E5_SUPPORT = 0.89;

  /** The most sentences a sentence's best matches are looked for among. */
  static final int POOL = 1000;

  private final CentroidSummarizer mead = new CentroidSummarizer();

  /** One row per sentence of {@code c}, {@link #NAMES}.size() columns each. */
  public float[][] of(ClusterText c) {
    return of(c, Optional.empty());
  }

  /**
   * One row per sentence of {@code c}: {@link #NAMES}, then {@link #EMBEDDING_NAMES} from
   * {@code encoder}'s embeddings when it is present.
   */
  public float[][] of(ClusterText c, Optional<SentenceEncoder.Model> encoder) {
    float[][] x = withoutEmbeddings(c);
    if (encoder.isEmpty() || x.length == 0) return x;
    int k = NAMES.size();
    float[][] e = c.embeddings(encoder.get());
    float[][] out = new float[x.length][k + EMBEDDING_NAMES.size()];
    double threshold = supportCosine(encoder.get());
    int articles = c.articleCount();
    int n = x.length;
    int dim = e[0].length;
    // Sums of every vector and of each article's, so the mean cross-article cosine is one dot product.
    double[] all = new double[dim];
    double[][] byArticle = new double[articles][dim];
    int[] count = new int[articles];
    for (Sentence s : c.sentences()) {
      float[] v = e[s.index()];
      count[s.article()]++;
      for (int d = 0; d < dim; d++) {
        all[d] += v[d];
        byArticle[s.article()][d] += v[d];
      }
    }
    double meanNorm = Math.sqrt(dot(all, all));
    for (Sentence s : c.sentences()) {
      int i = s.index();
      float[] f = out[i];
      System.arraycopy(x[i], 0, f, 0, k);
      float[] v = e[i];
      double[] bestIn = new double[articles];
      java.util.Arrays.fill(bestIn, -1);
      for (Sentence o : c.sentences()) {
        int a = o.article();
        if (a == s.article()) continue;
        bestIn[a] = Math.max(bestIn[a], dot(v, e[o.index()]));
      }
      double max = 0;
      int support = 0;
      for (int a = 0; a < articles; a++) {
        if (a == s.article() || count[a] == 0) continue;
        max = Math.max(max, bestIn[a]);
        if (bestIn[a] >= threshold) support++;
      }
      int cross = n - count[s.article()];
      double crossSum = 0;
      for (int d = 0; d < dim; d++) crossSum += v[d] * (all[d] - byArticle[s.article()][d]);
      f[k] = meanNorm == 0 ? 0 : (float) (dotWith(v, all) / meanNorm);
      f[k + 1] = cross == 0 ? 0 : (float) (crossSum / cross);
      f[k + 2] = (float) max;
      f[k + 3] = articles == 1 ? 0 : (float) support / (articles - 1);
    }
    return out;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int d = 0; d < a.length; d++) s += a[d] * b[d];
    return s;
  }

  private static double dotWith(float[] a, double[] b) {
    double s = 0;
    for (int d = 0; d < a.length; d++) s += a[d] * b[d];
    return s;
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int d = 0; d < a.length; d++) s += a[d] * b[d];
    return s;
  }

  private float[][] withoutEmbeddings(ClusterText c) {
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
    int[][] byArticle = sentencesByArticle(c);
    Map<Long, Integer> bigramArticles = bigramArticleCounts(c, byArticle);
    SparseVector[] headlines = headlineVectors(c);
    double[] meadScore = new double[n];
    for (Candidate cand : mead.rank(c)) meadScore[cand.sentence()] = cand.score();
    double[] articleCentroid = articleCentroidCosines(c, centroid, byArticle);
    // Mean cross-article cosine = (unit vector) . (sum of the other articles' unit vectors) / count.
    int dim = c.dictionary().size();
    double[] total = new double[dim];
    double[] own = new double[n];
    double[] sum = new double[dim];
    for (int a = 0; a < articles; a++) {
      for (int i : byArticle[a]) addUnit(c.vector(i), sum);
      for (int i : byArticle[a]) if (c.vector(i).norm() > 0) own[i] = unitDot(c.vector(i), sum);
      for (int t = 0; t < dim; t++) {
        total[t] += sum[t];
        sum[t] = 0;
      }
    }
    int[] pool = pool(n, meadScore);
    float[] dense = new float[dim];

    for (Sentence s : c.sentences()) {
      int i = s.index();
      float[] f = x[i];
      SparseVector vi = c.vector(i);
      double[] bestIn = new double[articles];
      double maxSame = 0;
      for (int t = 0; t < vi.size(); t++) dense[vi.id(t)] = vi.weight(t);
      for (int j : pool) {
        if (j == i) continue;
        double sim = cosine(vi, dense, c.vector(j));
        int a = c.sentence(j).article();
        if (a == s.article()) {
          maxSame = Math.max(maxSame, sim);
        } else {
          bestIn[a] = Math.max(bestIn[a], sim);
        }
      }
      for (int t = 0; t < vi.size(); t++) dense[vi.id(t)] = 0;
      int crossCount = n - sentencesIn[s.article()];
      double cross = crossCount == 0 || vi.norm() == 0 ? 0
          : (unitDot(vi, total) - own[i]);
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
      f[24] = (float) vi.cosine(headlines[s.article()]);
      f[25] = (float) maxSame;
      f[26] = (float) meadScore[i];
      f[27] = (float) articleCentroid[s.article()];
      f[28] = (float) i / n;
    }
    return x;
  }

  /**
   * The sentences best matches are looked for among: all of them when there are at most
   * {@value #POOL}, else the {@value #POOL} MEAD rates highest (ties by position), in index order.
   */
  static int[] pool(int n, double[] meadScore) {
    if (n <= POOL) return java.util.stream.IntStream.range(0, n).toArray();
    return java.util.stream.IntStream.range(0, n).boxed()
        .sorted((a, b) -> meadScore[a] != meadScore[b] ? Double.compare(meadScore[b], meadScore[a])
            : Integer.compare(a, b))
        .limit(POOL).mapToInt(Integer::intValue).sorted().toArray();
  }

  /** The cosine of {@code a} (scattered into {@code dense}) and {@code b}, as SparseVector's. */
  private static double cosine(SparseVector a, float[] dense, SparseVector b) {
    double d = a.norm() * b.norm();
    if (d == 0) return 0;
    double dot = 0;
    for (int k = 0; k < b.size(); k++) dot += (double) dense[b.id(k)] * b.weight(k);
    return dot / d;
  }

  /** Adds {@code v / |v|} into {@code sum}; nothing for an empty vector. */
  private static void addUnit(SparseVector v, double[] sum) {
    if (v.norm() == 0) return;
    for (int k = 0; k < v.size(); k++) sum[v.id(k)] += v.weight(k) / v.norm();
  }

  /** {@code (v / |v|) . sum}. */
  private static double unitDot(SparseVector v, double[] sum) {
    double dot = 0;
    for (int k = 0; k < v.size(); k++) dot += v.weight(k) * sum[v.id(k)];
    return dot / v.norm();
  }

  /** Each article's sentence indices, in index order. */
  private static int[][] sentencesByArticle(ClusterText c) {
    int[] count = new int[c.articleCount()];
    for (Sentence s : c.sentences()) count[s.article()]++;
    int[][] out = new int[count.length][];
    for (int a = 0; a < out.length; a++) out[a] = new int[count[a]];
    int[] at = new int[count.length];
    for (Sentence s : c.sentences()) out[s.article()][at[s.article()]++] = s.index();
    return out;
  }

  /** Each article's summed TF-IDF vector against the centroid, one dense array reused. */
  private static double[] articleCentroidCosines(ClusterText c, SparseVector centroid, int[][] byArticle) {
    float[] sum = new float[c.dictionary().size()];
    double[] out = new double[c.articleCount()];
    for (int a = 0; a < out.length; a++) {
      for (int i : byArticle[a]) c.vector(i).addTo(sum, 1f);
      out[a] = SparseVector.ofDense(sum).cosine(centroid);
      java.util.Arrays.fill(sum, 0f);
    }
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

  /** How many articles use each bigram: articles taken one at a time, so a bigram's last is enough. */
  private static Map<Long, Integer> bigramArticleCounts(ClusterText c, int[][] byArticle) {
    Map<Long, Integer> out = new HashMap<>();
    Map<Long, Integer> lastArticle = new HashMap<>();
    for (int a = 0; a < byArticle.length; a++) {
      for (int i : byArticle[a]) {
        int[] t = c.sentence(i).terms();
        for (int j = 0; j + 1 < t.length; j++) {
          long b = ((long) t[j] << 32) | t[j + 1];
          Integer last = lastArticle.put(b, a);
          if (last == null || last != a) out.merge(b, 1, Integer::sum);
        }
      }
    }
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
