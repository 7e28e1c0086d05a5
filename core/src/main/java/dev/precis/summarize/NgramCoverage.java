package dev.precis.summarize;

import dev.precis.rouge.RougeTokens;
import dev.precis.represent.ClusterText;
import dev.precis.represent.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The learned method's choice of sentences: the summary that carries the most reference n-grams
 * the models expect, counted as ROUGE counts them.
 *
 * <p>Every unigram and bigram type of a cluster (ROUGE's stemmed tokens) gets, for each
 * {@code k}, a predicted probability that a reference summary holds it at least {@code k} times.
 * ROUGE clips a summary's count of an n-gram at the reference's count, so the {@code k}-th copy of
 * an n-gram in a summary is worth that probability: a summary's expected hits are the sum of
 * these over its n-grams, and each repeat is worth less than the last ("the" soon stops paying, a
 * name said once is worth its full chance). Under a fixed length, ROUGE-1 and ROUGE-2 F grow with
 * the hits. The choice maximizes expected unigram plus bigram hits (plus a share of the sentence
 * scorer's own rating) greedily by gain per word, which for this diminishing-returns objective is
 * the standard budgeted approximation (Lin and Bilmes 2010).
 *
 * <p>The probabilities come from two gradient-boosted models ({@link SentenceScorer#unigrams()},
 * {@link SentenceScorer#bigrams()}) that read, per n-gram type and {@code k}: how often and in how
 * many articles the cluster uses it, how early it first appears, whether it is in a headline, a
 * stop word, a number or capitalized, and the sentence scorer's ratings of the sentences that
 * carry it.
 */
public final class NgramCoverage {
  /** Unigram copies modelled; later copies are worth nothing. */
  static final int MAX_UNIGRAM_COUNT = 20;
  /** Bigram copies modelled. */
  static final int MAX_BIGRAM_COUNT = 3;
  /**
   * Weight of a bigram hit against a unigram hit (1 would weigh ROUGE-1 and ROUGE-2 F alike).
   * Cross-validated on the Multi-News dev sample, 1.5 gained 0.1-0.2 ROUGE-2 for as much ROUGE-1.
   */
  static final double BIGRAM_WEIGHT = 1.5;
  /**
   * Weight of the sentence scorer's per-word rating in a sentence's gain. Cross-validated on the
   * Multi-News dev sample, 0.5 added about 0.3 ROUGE-2 to pure n-gram coverage at equal ROUGE-1.
   */
  static final double SENTENCE_WEIGHT = 0.5;

  /** Unigram feature columns, in order. Changing them requires retraining the shipped model. */
  public static final List<String> UNIGRAM_FEATURES = List.of(
      "log_count", "article_share", "articles", "first_relative_position", "first_position",
      "log_lead_count", "in_headline", "stop_word", "number", "capitalized_share",
      "max_sentence_score", "mean_sentence_score", "k", "log_count_over_k", "log_cluster_words",
      "sentence_share", "token_length", "log_sentences");
  /** Bigram feature columns, in order. */
  public static final List<String> BIGRAM_FEATURES = List.of(
      "log_count", "article_share", "articles", "first_relative_position", "first_position",
      "log_lead_count", "in_headline", "stop_words", "number", "capitalized_share",
      "max_sentence_score", "mean_sentence_score", "k", "log_count_over_k", "log_cluster_words",
      "sentence_share");

  private NgramCoverage() {}

  /** What the cluster says about one n-gram type. */
  static final class Stat {
    int count;
    int articleMask;
    double firstRelative = 1;
    int firstPosition = Integer.MAX_VALUE;
    int leadCount;
    boolean inHeadline;
    int capitalized;
    int[] sentences = new int[2];
    int sentenceCount;

    void add(Sentence s, double relative, boolean caps) {
      count++;
      articleMask |= 1 << Math.min(30, s.article());
      firstRelative = Math.min(firstRelative, relative);
      firstPosition = Math.min(firstPosition, s.position());
      if (s.position() < 3) leadCount++;
      if (caps) capitalized++;
      if (sentenceCount == 0 || sentences[sentenceCount - 1] != s.index()) {
        if (sentenceCount == sentences.length) sentences = Arrays.copyOf(sentences, sentenceCount * 2);
        sentences[sentenceCount++] = s.index();
      }
    }
  }

  /** A cluster's sentences as ROUGE's stemmed unigrams and bigrams, with per-type statistics. */
  public static final class Grams {
    /** Every token seen, by its number. */
    final List<String> tokens = new ArrayList<>();
    /** Token numbers; the tokenizer puts each new token once, with the next number, so the list follows. */
    @SuppressWarnings("serial")
    final Map<String, Integer> ids = new HashMap<>() {
      @Override
      public Integer put(String token, Integer id) {
        tokens.add(token);
        return super.put(token, id);
      }
    };
    final int[][] unigrams;
    final long[][] bigrams;
    final Map<Long, Stat> unigramStats = new LinkedHashMap<>();
    final Map<Long, Stat> bigramStats = new LinkedHashMap<>();
    final int articles;
    final int sentences;
    final double logWords;

    private Grams(int sentences, int articles, double logWords) {
      this.unigrams = new int[sentences][];
      this.bigrams = new long[sentences][];
      this.sentences = sentences;
      this.articles = Math.max(1, articles);
      this.logWords = logWords;
    }

    int[] tokenize(String text) {
      return RougeTokens.stemmed().tokens(text, ids);
    }

    /**
     * The training labels of every unigram row and every bigram row (in the order of
     * {@link #unigramRows} and {@link #bigramRows}): the share of the references that hold the
     * row's n-gram at least its {@code k} times. Each reference is tokenized once.
     */
    public Labels labels(List<List<String>> references) {
      List<Map<Long, Integer>> unigramCounts = new ArrayList<>();
      List<Map<Long, Integer>> bigramCounts = new ArrayList<>();
      for (List<String> ref : references) {
        Map<Long, Integer> u = new HashMap<>();
        Map<Long, Integer> b = new HashMap<>();
        for (String line : ref) {
          int[] t = tokenize(line);
          for (int x : t) u.merge((long) x, 1, Integer::sum);
          for (int j = 0; j + 1 < t.length; j++) b.merge(key(t[j], t[j + 1]), 1, Integer::sum);
        }
        unigramCounts.add(u);
        bigramCounts.add(b);
      }
      return new Labels(shares(unigramStats, MAX_UNIGRAM_COUNT, unigramCounts),
          shares(bigramStats, MAX_BIGRAM_COUNT, bigramCounts));
    }

    private static float[] shares(Map<Long, Stat> stats, int max, List<Map<Long, Integer>> counts) {
      int n = 0;
      for (Stat st : stats.values()) n += Math.min(st.count, max);
      float[] y = new float[n];
      if (counts.isEmpty()) return y;
      int row = 0;
      for (Map.Entry<Long, Stat> e : stats.entrySet()) {
        for (int k = 1; k <= Math.min(e.getValue().count, max); k++, row++) {
          int holding = 0;
          for (Map<Long, Integer> c : counts) if (c.getOrDefault(e.getKey(), 0) >= k) holding++;
          y[row] = (float) holding / counts.size();
        }
      }
      return y;
    }
  }

  /** Training labels, one per unigram row and one per bigram row. */
  public record Labels(float[] unigrams, float[] bigrams) {}

  /** Feature rows, one per n-gram type and copy {@code k}. */
  public static final class Rows {
    final boolean bigrams;
    final long[] keys;
    final int[] k;
    final float[][] features;

    Rows(boolean bigrams, long[] keys, int[] k, float[][] features) {
      this.bigrams = bigrams;
      this.keys = keys;
      this.k = k;
      this.features = features;
    }

    public float[][] features() {
      return features;
    }

    /** Per n-gram type, the probabilities of copies 1, 2, ... from one prediction per row. */
    public Map<Long, float[]> probabilities(float[] predicted, Grams g) {
      Map<Long, float[]> out = new HashMap<>();
      Map<Long, Stat> stats = bigrams ? g.bigramStats : g.unigramStats;
      int max = bigrams ? MAX_BIGRAM_COUNT : MAX_UNIGRAM_COUNT;
      for (int i = 0; i < keys.length; i++) {
        float[] p = out.computeIfAbsent(keys[i], z -> new float[Math.min(stats.get(z).count, max)]);
        p[k[i] - 1] = predicted[i];
      }
      return out;
    }
  }

  static long key(int a, int b) {
    return ((long) a << 32) | (b & 0xffffffffL);
  }

  /** Tokenizes a prepared cluster. */
  public static Grams of(ClusterText t) {
    int n = t.size();
    int[] perArticle = new int[Math.max(1, t.articleCount())];
    long words = 0;
    for (Sentence s : t.sentences()) {
      perArticle[s.article()]++;
      words += s.words();
    }
    Grams g = new Grams(n, t.articleCount(), Math.log1p(words));
    Set<Integer> headline = new HashSet<>();
    for (var a : t.cluster().articles()) for (int x : g.tokenize(a.title())) headline.add(x);
    for (Sentence s : t.sentences()) {
      int i = s.index();
      int[] u = g.tokenize(s.text());
      boolean[] caps = capitalized(s.text(), u.length);
      long[] b = new long[Math.max(0, u.length - 1)];
      for (int j = 0; j + 1 < u.length; j++) b[j] = key(u[j], u[j + 1]);
      g.unigrams[i] = u;
      g.bigrams[i] = b;
      double relative = (double) s.position() / perArticle[s.article()];
      for (int j = 0; j < u.length; j++) {
        Stat st = g.unigramStats.computeIfAbsent((long) u[j], z -> new Stat());
        st.add(s, relative, caps[j]);
        if (headline.contains(u[j])) st.inHeadline = true;
      }
      for (int j = 0; j < b.length; j++) {
        Stat st = g.bigramStats.computeIfAbsent(b[j], z -> new Stat());
        st.add(s, relative, caps[j] && caps[j + 1]);
        if (headline.contains(u[j]) && headline.contains(u[j + 1])) st.inHeadline = true;
      }
    }
    return g;
  }

  /**
   * Whether each of a sentence's ROUGE tokens starts with a capital letter: ROUGE's tokens are the
   * runs of ASCII letters and digits, so the i-th run of the original text is the i-th token.
   */
  static boolean[] capitalized(String s, int expected) {
    boolean[] out = new boolean[expected];
    int k = 0;
    int i = 0;
    int n = s.length();
    while (i < n && k < expected) {
      while (i < n && !wordChar(s.charAt(i))) i++;
      int start = i;
      while (i < n && wordChar(s.charAt(i))) i++;
      if (i > start) out[k++] = Character.isUpperCase(s.charAt(start));
    }
    return out;
  }

  private static boolean wordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
  }

  /** The unigram rows of a cluster, given the sentence scorer's rating of each sentence. */
  public static Rows unigramRows(Grams g, float[] sentenceScores) {
    return unigramTable(g).rows(sentenceScores);
  }

  /** The bigram rows of a cluster, given the sentence scorer's rating of each sentence. */
  public static Rows bigramRows(Grams g, float[] sentenceScores) {
    return bigramTable(g).rows(sentenceScores);
  }

  /** The unigram rows of a cluster before its sentences are rated. */
  public static Table unigramTable(Grams g) {
    return table(g, false);
  }

  /** The bigram rows of a cluster before its sentences are rated. */
  public static Table bigramTable(Grams g) {
    return table(g, true);
  }

  /**
   * A cluster's n-gram rows before the sentence scorer has rated its sentences: per n-gram type,
   * the columns that do not depend on the ratings, how many copies it has rows for, and the
   * sentences that carry it. {@link #rows} completes them; training keeps tables (on disk too,
   * {@link #write}) so that the cluster need not be prepared again.
   */
  public static final class Table {
    final boolean bigrams;
    final long[] keys;
    final int[] counts;
    final int[] copies;
    final float[][] type;
    final int[][] sentences;

    Table(boolean bigrams, long[] keys, int[] counts, float[][] type, int[][] sentences) {
      this.bigrams = bigrams;
      this.keys = keys;
      this.counts = counts;
      int max = bigrams ? MAX_BIGRAM_COUNT : MAX_UNIGRAM_COUNT;
      this.copies = new int[counts.length];
      for (int t = 0; t < counts.length; t++) copies[t] = Math.min(counts[t], max);
      this.type = type;
      this.sentences = sentences;
    }

    /** The number of rows {@link #rows} gives: one per n-gram type and copy. */
    public int rowCount() {
      int n = 0;
      for (int c : copies) n += c;
      return n;
    }

    /** The complete rows, given the sentence scorer's rating of each sentence of the cluster. */
    public Rows rows(float[] scores) {
      int n = rowCount();
      long[] keyOf = new long[n];
      int[] ks = new int[n];
      float[][] x = new float[n][];
      int row = 0;
      for (int t = 0; t < keys.length; t++) {
        double maxScore = Double.NEGATIVE_INFINITY;
        double sumScore = 0;
        for (int q : sentences[t]) {
          maxScore = Math.max(maxScore, scores[q]);
          sumScore += scores[q];
        }
        float[] base = type[t].clone();
        base[10] = (float) maxScore;
        base[11] = (float) (sumScore / sentences[t].length);
        double logCount = Math.log(counts[t]);
        for (int k = 1; k <= copies[t]; k++) {
          float[] f = base.clone();
          f[12] = k;
          f[13] = (float) (logCount - Math.log(k));
          keyOf[row] = keys[t];
          ks[row] = k;
          x[row++] = f;
        }
      }
      return new Rows(bigrams, keyOf, ks, x);
    }

    /** Writes the table in the form {@link #read} reads. */
    public void write(java.io.DataOutputStream out) throws java.io.IOException {
      out.writeBoolean(bigrams);
      out.writeInt(keys.length);
      int width = keys.length == 0 ? 0 : type[0].length;
      out.writeInt(width);
      for (int t = 0; t < keys.length; t++) {
        out.writeLong(keys[t]);
        out.writeInt(counts[t]);
        for (float v : type[t]) out.writeFloat(v);
        out.writeInt(sentences[t].length);
        for (int q : sentences[t]) out.writeInt(q);
      }
    }

    /** A table as {@link #write} wrote it. */
    public static Table read(java.io.DataInputStream in) throws java.io.IOException {
      boolean bigrams = in.readBoolean();
      int n = in.readInt();
      int width = in.readInt();
      long[] keys = new long[n];
      int[] counts = new int[n];
      float[][] type = new float[n][width];
      int[][] sentences = new int[n][];
      for (int t = 0; t < n; t++) {
        keys[t] = in.readLong();
        counts[t] = in.readInt();
        for (int j = 0; j < width; j++) type[t][j] = in.readFloat();
        sentences[t] = new int[in.readInt()];
        for (int q = 0; q < sentences[t].length; q++) sentences[t][q] = in.readInt();
      }
      return new Table(bigrams, keys, counts, type, sentences);
    }
  }

  private static Table table(Grams g, boolean bigrams) {
    Map<Long, Stat> stats = bigrams ? g.bigramStats : g.unigramStats;
    int width = bigrams ? BIGRAM_FEATURES.size() : UNIGRAM_FEATURES.size();
    int n = stats.size();
    long[] keys = new long[n];
    int[] counts = new int[n];
    float[][] types = new float[n][];
    int[][] sentences = new int[n][];
    int row = 0;
    for (Map.Entry<Long, Stat> e : stats.entrySet()) {
      Stat st = e.getValue();
      long key = e.getKey();
      // What the type's rows share; the ratings' columns (10, 11) and each copy's (12, 13) come later.
      float[] type = new float[width];
      type[0] = (float) Math.log1p(st.count);
      type[1] = (float) Integer.bitCount(st.articleMask) / g.articles;
      type[2] = g.articles;
      type[3] = (float) st.firstRelative;
      type[4] = st.firstPosition;
      type[5] = (float) Math.log1p(st.leadCount);
      type[6] = st.inHeadline ? 1 : 0;
      if (bigrams) {
        String a = g.tokens.get((int) (key >>> 32));
        String b = g.tokens.get((int) key);
        type[7] = (stop(a) ? 1 : 0) + (stop(b) ? 1 : 0);
        type[8] = Character.isDigit(a.charAt(0)) || Character.isDigit(b.charAt(0)) ? 1 : 0;
      } else {
        String a = g.tokens.get((int) key);
        type[7] = stop(a) ? 1 : 0;
        type[8] = Character.isDigit(a.charAt(0)) ? 1 : 0;
        type[16] = a.length();
        type[17] = (float) Math.log1p(g.sentences);
      }
      type[9] = (float) st.capitalized / st.count;
      type[14] = (float) g.logWords;
      type[15] = (float) st.sentenceCount / g.sentences;
      keys[row] = key;
      counts[row] = st.count;
      types[row] = type;
      sentences[row++] = Arrays.copyOf(st.sentences, st.sentenceCount);
    }
    return new Table(bigrams, keys, counts, types, sentences);
  }

  private static boolean stop(String token) {
    return RougeTokens.stemmed().isStopWord(token);
  }

  /** A choice of sentences, in the order chosen, and every sentence's value for what is left. */
  record Choice(int[] chosen, double[] rest) {}

  /**
   * Greedy choice under the budget through the {@link Selector#greedy selector}, opening with the
   * sentence {@code opening} rates highest among those that read well alone and read as a lead
   * ({@link Selector#opener}: the summary's first sentence must tell the story by itself), then
   * repeatedly adding the sentence of the best expected gain per unit of budget that the selector
   * lets in (long enough, fits, not redundant with a chosen one, under the request's options).
   * Gain per word alone would open with whatever short sentence is densest in likely n-grams ("The
   * United States has about 5,000 troops in Iraq."), which under a 40-word budget leaves no room
   * for the event itself; the fixed opening costs nothing measurable at 300 words on Multi-News.
   * A sentence that reads badly counts its gain at {@link Selector#HARD_READING_PENALTY}, and in a
   * summary read as one paragraph is not taken. Afterwards every sentence is valued by its gain
   * per word over the chosen set, to rank what was not chosen.
   */
  static Choice choose(ClusterText t, Grams g, Map<Long, float[]> unigramP, Map<Long, float[]> bigramP,
      float[] scores, float[] opening, Selector selector) {
    Greedy run = new Greedy(t, g, unigramP, bigramP, scores);
    int[] chosen = selector.greedy(selector.opener(opening), run);
    int n = t.size();
    double[] rest = new double[n];
    boolean[] taken = new boolean[n];
    for (int i : chosen) taken[i] = true;
    for (int i = 0; i < n; i++) {
      if (taken[i]) continue;
      rest[i] = selector.redundantWith(i, chosen, chosen.length) ? -1
          : run.of(i) / Math.max(1, t.sentence(i).words());
    }
    return new Choice(chosen, rest);
  }

  /** The expected new hits of a sentence over the n-grams the chosen set already used. */
  private static final class Greedy implements Selector.Gain {
    final ClusterText t;
    final Grams g;
    final Map<Long, float[]> unigramP;
    final Map<Long, float[]> bigramP;
    final float[] scores;
    final Map<Long, Integer> usedU = new HashMap<>();
    final Map<Long, Integer> usedB = new HashMap<>();

    Greedy(ClusterText t, Grams g, Map<Long, float[]> unigramP, Map<Long, float[]> bigramP,
        float[] scores) {
      this.t = t;
      this.g = g;
      this.unigramP = unigramP;
      this.bigramP = bigramP;
      this.scores = scores;
    }

    @Override
    public void added(int i) {
      for (int x : g.unigrams[i]) usedU.merge((long) x, 1, Integer::sum);
      for (long x : g.bigrams[i]) usedB.merge(x, 1, Integer::sum);
    }

    @Override
    public double of(int i) {
      return gain(i, usedU, usedB);
    }

  /** Copies within the sentence being valued; reused, as gains are computed in the inner loop. */
    private final Map<Long, Integer> own = new HashMap<>();

    /** Expected new hits of sentence {@code i} over what is used, plus its share of the rating. */
    double gain(int i, Map<Long, Integer> usedU, Map<Long, Integer> usedB) {
      double hits = 0;
      own.clear();
      for (int x : g.unigrams[i]) {
        long key = x;
        int copy = usedU.getOrDefault(key, 0) + own.merge(key, 1, Integer::sum);
        float[] p = unigramP.get(key);
        if (p != null && copy <= p.length) hits += p[copy - 1];
      }
      own.clear();
      for (long key : g.bigrams[i]) {
        int copy = usedB.getOrDefault(key, 0) + own.merge(key, 1, Integer::sum);
        float[] p = bigramP.get(key);
        if (p != null && copy <= p.length) hits += BIGRAM_WEIGHT * p[copy - 1];
      }
      double value = hits + SENTENCE_WEIGHT * scores[i] * t.sentence(i).words();
      return t.sentence(i).flags().readsBadly() ? value * Selector.HARD_READING_PENALTY : value;
    }
  }
}
