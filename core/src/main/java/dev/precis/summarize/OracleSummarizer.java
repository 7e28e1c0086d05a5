package dev.precis.summarize;

import dev.precis.text.TermDictionary;
import dev.precis.represent.ClusterText;
import dev.precis.text.TermAnalyzer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The greedy ROUGE oracle, an upper bound for extractive methods (as in Nallapati, Zhai and Zhou
 * 2017 and the WCEP paper's oracle): it reads the cluster's reference summaries and greedily adds
 * the sentence that most raises ROUGE-1 plus ROUGE-2 recall, averaged over the references, while
 * some sentence fits the budget and raises it.
 *
 * <p>N-grams are of analyzed terms (Lucene's stemmed terms, stop words removed), counted with
 * clipping as ROUGE does; this is an internal approximation of ROUGE, not the scorer. Candidates
 * are those of {@link Selector#pool()}. The chosen set comes first, in choice order; the other
 * sentences follow by the gain they would still bring. A cluster without references has no
 * oracle: the ranking is empty (and the summary too), which the caller reports.
 */
final class OracleSummarizer implements Summarizer {
  private final TermAnalyzer analyzer;

  OracleSummarizer() {
    this(new TermAnalyzer());
  }

  OracleSummarizer(TermAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  @Override
  public String name() {
    return "oracle";
  }

  @Override
  public List<Candidate> rank(ClusterText cluster, Selector selector) {
    List<String> references = cluster.cluster().references();
    if (references.isEmpty()) return List.of();
    int n = cluster.size();
    int refs = references.size();
    TermDictionary dictionary = cluster.dictionary();
    Map<Long, Integer> grams = new HashMap<>();
    int[][] refTerms = new int[refs][];
    for (int r = 0; r < refs; r++) {
      List<String> terms = analyzer.terms(references.get(r));
      refTerms[r] = new int[terms.size()];
      for (int k = 0; k < terms.size(); k++) refTerms[r][k] = dictionary.id(terms.get(k));
      for (int k = 0; k < refTerms[r].length; k++) {
        int a = refTerms[r][k];
        if (a >= 0) grams.putIfAbsent(unigram(a), grams.size());
        if (k + 1 < refTerms[r].length && a >= 0 && refTerms[r][k + 1] >= 0) {
          grams.putIfAbsent(bigram(a, refTerms[r][k + 1]), grams.size());
        }
      }
    }
    int g = grams.size();
    // Per reference: the count of each gram, and 1 / (its number of unigrams or bigrams).
    int[][] refCount = new int[refs][g];
    double[][] unit = new double[refs][2];
    for (int r = 0; r < refs; r++) {
      int[] t = refTerms[r];
      for (int k = 0; k < t.length; k++) {
        if (t[k] >= 0) refCount[r][grams.get(unigram(t[k]))]++;
        if (k + 1 < t.length && t[k] >= 0 && t[k + 1] >= 0) refCount[r][grams.get(bigram(t[k], t[k + 1]))]++;
      }
      unit[r][0] = t.length == 0 ? 0 : 1.0 / (t.length * refs);
      unit[r][1] = t.length < 2 ? 0 : 1.0 / ((t.length - 1) * refs);
    }
    boolean[] isBigram = new boolean[g];
    for (Map.Entry<Long, Integer> e : grams.entrySet()) isBigram[e.getValue()] = (e.getKey() >>> 63) == 0;
    int[][] gramOf = new int[n][];
    int[][] countOf = new int[n][];
    sentenceGrams(cluster, grams, gramOf, countOf);
    int[] current = new int[g];
    double[] gain = new double[n];
    Selector.Pool pool = selector.pool();
    while (true) {
      int best = -1;
      double bestGain = 0;
      for (int i = 0; i < n; i++) {
        gain[i] = gain(gramOf[i], countOf[i], current, refCount, unit, isBigram);
        if (pool.canAdd(i) && gain[i] > bestGain) {
          bestGain = gain[i];
          best = i;
        }
      }
      if (best < 0) break;
      for (int k = 0; k < gramOf[best].length; k++) current[gramOf[best][k]] += countOf[best][k];
      pool.add(best);
    }
    return ChosenFirst.rank(pool.chosen(), gain);
  }

  private static double gain(int[] gramOf, int[] countOf, int[] current, int[][] refCount,
      double[][] unit, boolean[] isBigram) {
    double total = 0;
    for (int r = 0; r < refCount.length; r++) {
      for (int k = 0; k < gramOf.length; k++) {
        int x = gramOf[k];
        int ref = refCount[r][x];
        int before = Math.min(current[x], ref);
        int after = Math.min(current[x] + countOf[k], ref);
        if (after > before) total += (after - before) * unit[r][isBigram[x] ? 1 : 0];
      }
    }
    return total;
  }

  /** Each sentence's distinct grams that occur in some reference, with their counts. */
  private static void sentenceGrams(ClusterText cluster, Map<Long, Integer> grams, int[][] gramOf,
      int[][] countOf) {
    int[] count = new int[grams.size()];
    int[] seen = new int[grams.size() + 1];
    for (int i = 0; i < cluster.size(); i++) {
      int[] t = cluster.sentence(i).terms();
      int m = 0;
      for (int k = 0; k < t.length; k++) {
        m = note(grams.get(unigram(t[k])), count, seen, m);
        if (k + 1 < t.length) m = note(grams.get(bigram(t[k], t[k + 1])), count, seen, m);
      }
      gramOf[i] = Arrays.copyOf(seen, m);
      countOf[i] = new int[m];
      for (int k = 0; k < m; k++) {
        countOf[i][k] = count[seen[k]];
        count[seen[k]] = 0;
      }
    }
  }

  private static int note(Integer gram, int[] count, int[] seen, int m) {
    if (gram == null) return m;
    if (count[gram]++ == 0) seen[m++] = gram;
    return m;
  }

  /** Unigram keys have the top bit set; bigram keys (two non-negative ids) do not. */
  private static long unigram(int a) {
    return Long.MIN_VALUE | a;
  }

  private static long bigram(int a, int b) {
    return ((long) a << 32) | b;
  }
}
