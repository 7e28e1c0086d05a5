package dev.precis.summarize;

import dev.precis.represent.ClusterText;
import dev.precis.represent.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.integer.IntegerStrategy;

/**
 * Concept-coverage ILP (Gillick and Favre 2009, "A Scalable Global Model for Summarization",
 * NAACL workshop on ILP for NLP): choose the sentences that maximize the total weight of the
 * concepts they cover, {@code max sum_i w_i c_i} subject to {@code sum_j l_j s_j <= L},
 * and {@code sum_j s_j Occ_ij >= c_i}, solved exactly by ojAlgo's branch and bound. (The paper's
 * {@code s_j Occ_ij <= c_i} is implied at an optimum, as weights are positive, and left out.)
 *
 * <p>Concepts are bigrams of analyzed terms (stemmed; stop words are already dropped by the
 * analysis, so no concept is a pair of stop words, and a bigram may span a dropped stop word)
 * weighted by the number of articles that contain them; only those in at least 2 articles are
 * kept (at least 1 when the cluster has one article, or when no bigram is shared). To bound the
 * problem, at most {@value #MAX_CONCEPTS} concepts (heaviest first) and {@value #MAX_SENTENCES}
 * sentences (those covering the most weight) enter it; sentences are those of
 * {@link Selector#pool()}, and a pair the selector would find redundant gets
 * {@code s_i + s_j <= 1}. The search runs single-threaded and stops after {@value #NODE_LIMIT}
 * iterations, never after a time: the same problem gives the same summary on any machine under
 * any load (a time limit did not: on a loaded machine it cut searches the node limit would have
 * finished). If it has not proved optimality by then, the summary is the better of its best
 * solution and the greedy one (highest new weight per unit of cost), and {@link Solution#exact()}
 * is false. The chosen set
 * comes first, in decreasing order of covered weight; the other sentences follow by weight.
 */
final class IlpSummarizer implements Summarizer {
  static final int MAX_CONCEPTS = 100;
  static final int MAX_SENTENCES = 60;
  static final int NODE_LIMIT = 300;

  @Override
  public String name() {
    return "ilp";
  }

  @Override
  public List<Candidate> rank(ClusterText cluster, Selector selector) {
    Problem p = problem(cluster, selector);
    Solution s = solve(p);
    double[] rest = new double[cluster.size()];
    Arrays.fill(rest, -1);
    for (int j = 0; j < p.sentences.length; j++) rest[p.sentences[j]] = p.sentenceWeight(j);
    int[] chosen = new int[s.chosen().length];
    for (int k = 0; k < chosen.length; k++) chosen[k] = p.sentences[s.chosen()[k]];
    return ChosenFirst.rank(chosen, rest);
  }

  /** The problem in primitive arrays; sentences and concepts are numbered from 0 within it. */
  static final class Problem {
    final int[] sentences; // cluster index of each problem sentence
    final int[] cost;
    final int capacity;
    final double[] weight; // per concept
    final int[][] concepts; // per problem sentence: its concepts
    final int[][] conflicts; // pairs {a, b} of problem sentences that may not both be chosen

    Problem(int[] sentences, int[] cost, int capacity, double[] weight, int[][] concepts,
        int[][] conflicts) {
      this.sentences = sentences;
      this.cost = cost;
      this.capacity = capacity;
      this.weight = weight;
      this.concepts = concepts;
      this.conflicts = conflicts;
    }

    double sentenceWeight(int j) {
      double w = 0;
      for (int c : concepts[j]) w += weight[c];
      return w;
    }

    /** The total weight of the concepts the problem sentences {@code chosen} cover. */
    double objective(int[] chosen) {
      boolean[] covered = new boolean[weight.length];
      double total = 0;
      for (int j : chosen) {
        for (int c : concepts[j]) {
          if (!covered[c]) {
            covered[c] = true;
            total += weight[c];
          }
        }
      }
      return total;
    }
  }

  /**
   * The chosen problem sentences, in decreasing order of covered weight, the objective, and
   * whether the solver proved it optimal ({@code false}: the node limit was reached).
   */
  record Solution(int[] chosen, double objective, boolean exact) {}

  static Problem problem(ClusterText cluster, Selector selector) {
    Selector.Pool pool = selector.pool();
    int n = cluster.size();
    Map<Long, Integer> index = new HashMap<>();
    List<int[]> bigramsOf = new ArrayList<>(n);
    int[] df = new int[16];
    int[] lastArticle = new int[16];
    for (Sentence s : cluster.sentences()) {
      int[] t = s.terms();
      int[] ids = new int[Math.max(0, t.length - 1)];
      int m = 0;
      for (int k = 0; k + 1 < t.length; k++) {
        long key = ((long) t[k] << 32) | t[k + 1];
        Integer id = index.get(key);
        if (id == null) {
          id = index.size();
          index.put(key, id);
          if (id == df.length) {
            df = Arrays.copyOf(df, id * 2);
            lastArticle = Arrays.copyOf(lastArticle, id * 2);
          }
          lastArticle[id] = -1;
        }
        if (lastArticle[id] != s.article()) {
          lastArticle[id] = s.article();
          df[id]++;
        }
        ids[m++] = id;
      }
      bigramsOf.add(Arrays.stream(ids, 0, m).distinct().toArray());
    }
    int bigrams = index.size();
    int minDf = cluster.articleCount() == 1 ? 1 : 2;
    int kept = 0;
    for (int c = 0; c < bigrams; c++) if (df[c] >= minDf) kept++;
    if (kept == 0) minDf = 1;
    // Concepts: the heaviest, ties to the first seen.
    Integer[] order = new Integer[bigrams];
    for (int c = 0; c < bigrams; c++) order[c] = c;
    final int[] dfs = df;
    Arrays.sort(order, (a, b) -> dfs[a] != dfs[b] ? Integer.compare(dfs[b], dfs[a]) : Integer.compare(a, b));
    int[] conceptOf = new int[bigrams];
    Arrays.fill(conceptOf, -1);
    int concepts = 0;
    List<Double> weights = new ArrayList<>();
    for (int k = 0; k < bigrams && concepts < MAX_CONCEPTS; k++) {
      if (df[order[k]] < minDf) break;
      conceptOf[order[k]] = concepts++;
      weights.add((double) df[order[k]]);
    }
    double[] weight = new double[concepts];
    for (int c = 0; c < concepts; c++) weight[c] = weights.get(c);
    // Sentences: eligible ones covering some concept, the heaviest first, ties to the earlier.
    List<int[]> conceptsOfSentence = new ArrayList<>(n);
    double[] sentenceWeight = new double[n];
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int[] cs = Arrays.stream(bigramsOf.get(i)).map(b -> conceptOf[b]).filter(c -> c >= 0)
          .sorted().toArray();
      conceptsOfSentence.add(cs);
      for (int c : cs) sentenceWeight[i] += weight[c];
      if (pool.eligible(i) && cs.length > 0 && pool.cost(i) <= pool.capacity()) candidates.add(i);
    }
    candidates.sort((a, b) -> sentenceWeight[a] != sentenceWeight[b]
        ? Double.compare(sentenceWeight[b], sentenceWeight[a]) : Integer.compare(a, b));
    int[] sentences = candidates.stream().limit(MAX_SENTENCES).mapToInt(Integer::intValue).toArray();
    int[] cost = new int[sentences.length];
    int[][] occ = new int[sentences.length][];
    for (int j = 0; j < sentences.length; j++) {
      cost[j] = pool.cost(sentences[j]);
      occ[j] = conceptsOfSentence.get(sentences[j]);
    }
    List<int[]> conflicts = new ArrayList<>();
    for (int a = 0; a < sentences.length; a++) {
      for (int b = a + 1; b < sentences.length; b++) {
        if (pool.redundant(sentences[a], sentences[b])) conflicts.add(new int[] {a, b});
      }
    }
    return new Problem(sentences, cost, pool.capacity(), weight, occ, conflicts.toArray(int[][]::new));
  }

  static Solution solve(Problem p) {
    int[] greedy = greedy(p);
    double greedyValue = p.objective(greedy);
    if (p.sentences.length == 0) return new Solution(greedy, 0, true);
    Optimisation.Options options = new Optimisation.Options();
    // The node limit stops a long search, the same way on every machine; ojAlgo's time limits
    // (time_abort, time_suffice) keep their defaults of a day and an hour, which 300 nodes of
    // these problems never come near.
    options.iterations_abort = NODE_LIMIT;
    // One worker: the search is then deterministic, and the machine's cores serve other clusters.
    options.integer(IntegerStrategy.DEFAULT.withParallelism(() -> 1));
    ExpressionsBasedModel model = new ExpressionsBasedModel(options);
    Variable[] s = new Variable[p.sentences.length];
    Variable[] c = new Variable[p.weight.length];
    for (int j = 0; j < s.length; j++) s[j] = model.addVariable("s" + j).binary();
    for (int i = 0; i < c.length; i++) c[i] = model.addVariable("c" + i).binary().weight(p.weight[i]);
    Expression length = model.addExpression("length").upper(p.capacity);
    for (int j = 0; j < s.length; j++) length.set(s[j], p.cost[j]);
    // The paper's s_j Occ_ij <= c_i is left out: weights are positive, so an optimum covers
    // every concept of its sentences anyway, and the search is several times faster without it.
    List<List<Integer>> occursIn = new ArrayList<>();
    for (int i = 0; i < c.length; i++) occursIn.add(new ArrayList<>());
    for (int j = 0; j < s.length; j++) for (int i : p.concepts[j]) occursIn.get(i).add(j);
    for (int i = 0; i < c.length; i++) {
      // sum_j s_j Occ_ij >= c_i
      Expression cover = model.addExpression("cover" + i).lower(0).set(c[i], -1);
      for (int j : occursIn.get(i)) cover.set(s[j], 1);
    }
    for (int k = 0; k < p.conflicts.length; k++) {
      model.addExpression("redundant" + k).upper(1).set(s[p.conflicts[k][0]], 1)
          .set(s[p.conflicts[k][1]], 1);
    }
    Optimisation.Result result = model.maximise();
    int[] solved = null;
    if (result.getState().isFeasible()) {
      List<Integer> chosen = new ArrayList<>();
      for (int j = 0; j < s.length; j++) if (result.doubleValue(j) > 0.5) chosen.add(j);
      solved = chosen.stream().mapToInt(Integer::intValue).toArray();
      if (!feasible(p, solved)) solved = null;
    }
    boolean exact = solved != null && result.getState().isOptimal();
    int[] best = solved != null && (exact || p.objective(solved) > greedyValue) ? solved : greedy;
    return new Solution(byWeight(p, best), p.objective(best), exact);
  }

  /** Highest new concept weight per unit of cost, while something fits and adds weight. */
  static int[] greedy(Problem p) {
    int m = p.sentences.length;
    boolean[] covered = new boolean[p.weight.length];
    boolean[] out = new boolean[m];
    int used = 0;
    List<Integer> chosen = new ArrayList<>();
    while (true) {
      int best = -1;
      double bestRatio = 0;
      for (int j = 0; j < m; j++) {
        if (out[j] || used + p.cost[j] > p.capacity) continue;
        double gain = 0;
        for (int c : p.concepts[j]) if (!covered[c]) gain += p.weight[c];
        double ratio = gain / Math.max(1, p.cost[j]);
        if (ratio > bestRatio) {
          bestRatio = ratio;
          best = j;
        }
      }
      if (best < 0) break;
      chosen.add(best);
      out[best] = true;
      used += p.cost[best];
      for (int c : p.concepts[best]) covered[c] = true;
      for (int[] pair : p.conflicts) {
        if (pair[0] == best) out[pair[1]] = true;
        if (pair[1] == best) out[pair[0]] = true;
      }
    }
    return chosen.stream().mapToInt(Integer::intValue).toArray();
  }

  static boolean feasible(Problem p, int[] chosen) {
    long used = 0;
    boolean[] in = new boolean[p.sentences.length];
    for (int j : chosen) {
      used += p.cost[j];
      in[j] = true;
    }
    for (int[] pair : p.conflicts) if (in[pair[0]] && in[pair[1]]) return false;
    return used <= p.capacity;
  }

  private static int[] byWeight(Problem p, int[] chosen) {
    return Arrays.stream(chosen).boxed().sorted((a, b) -> {
      double wa = p.sentenceWeight(a), wb = p.sentenceWeight(b);
      return wa != wb ? Double.compare(wb, wa) : Integer.compare(p.sentences[a], p.sentences[b]);
    }).mapToInt(Integer::intValue).toArray();
  }
}
