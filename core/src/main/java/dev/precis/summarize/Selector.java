package dev.precis.summarize;

import dev.precis.represent.ClusterText;
import dev.precis.represent.Sentence;
import dev.precis.text.reading.Antecedent;
import dev.precis.text.reading.SentenceFlags;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The one place where a summary's sentences are chosen, and the only code that applies the budget,
 * the minimum length and the redundancy threshold of {@link SelectionOptions}: for every method
 * alike. A method that ranks ({@link #select}) has its ranking walked, keeping each sentence that
 * fits the remaining budget, is long enough and is not redundant with what was kept. A method
 * that chooses a set under the budget (MMR, KL, submodular, ILP, the oracle) chooses among the
 * sentences of a {@link #pool()}, which admits, costs and blocks by the same options; the learned
 * method hands its marginal gain to {@link #greedy}. So every option reaches every method.
 *
 * <p>Page debris inside prose ({@link SentenceFlags#debris}) is never taken. The budget is never
 * exceeded, unless {@link SelectionOptions#fill()} asks for one last sentence past it (for
 * evaluation under a length cut).
 *
 * <p>Sentences that read badly out of their article ({@link SentenceFlags#readsBadly}: a name
 * spelled as a minority of the sources do, a sentence leaning on the one before it, text run
 * together, questions, the first or second person outside quotations, ...) are demoted: their
 * score is multiplied by {@value #HARD_READING_PENALTY}, so an equivalent sentence that reads well
 * alone wins. In a summary read as one paragraph ({@link #readAsOneParagraph}) they are left out
 * while sentences that read well fit, and the summary opens with a sentence that reads as a lead.
 *
 * <p>One selector serves one cluster and one request; it is immutable and may be shared.
 */
public final class Selector {
  static final double HARD_READING_PENALTY = 0.85;
  static final int PARAGRAPH_WORDS = 60;
  static final int PARAGRAPH_SENTENCES = 3;
  static final int PARAGRAPH_CHARACTERS = 400;

  /**
   * How much a query's relevance raises a sentence's gain in the greedy choice: a sentence as
   * relevant as the most relevant one gains this share more ({@link #greedy}).
   */
  static final double QUERY_GAIN = 0.5;

  private final ClusterText cluster;
  private final SelectionOptions options;
  private final boolean paragraph;
  /** Each sentence's relevance to the query in [0, 1], or null without a query. */
  private final double[] relevance;

  public Selector(ClusterText cluster, SelectionOptions options) {
    this(cluster, options, null);
  }

  /**
   * A selector whose greedy choice leans toward a query: {@code relevance} gives each sentence's
   * relevance in [0, 1] ({@link QueryRelevance#relevances}), null for no query.
   *
   * @throws IllegalArgumentException if {@code relevance} is not one value per sentence
   */
  public Selector(ClusterText cluster, SelectionOptions options, double[] relevance) {
    if (relevance != null && relevance.length != cluster.size()) {
      throw new IllegalArgumentException(relevance.length + " relevance values for " + cluster.size()
          + " sentences; give one per sentence");
    }
    this.cluster = cluster;
    this.options = options;
    this.paragraph = readAsOneParagraph(options.budget());
    this.relevance = relevance == null ? null : relevance.clone();
  }

  /** Sentence {@code i}'s weight toward the query: 1 without one, up to 1 + {@value #QUERY_GAIN}. */
  private double queryWeight(int i) {
    return relevance == null ? 1 : 1 + QUERY_GAIN * relevance[i];
  }

  public ClusterText cluster() {
    return cluster;
  }

  public SelectionOptions options() {
    return options;
  }

  public Budget budget() {
    return options.budget();
  }

  /**
   * Whether a summary is short enough to be read as one paragraph (at most
   * {@value #PARAGRAPH_WORDS} words, {@value #PARAGRAPH_SENTENCES} sentences or
   * {@value #PARAGRAPH_CHARACTERS} characters), where every sentence must read well alone: there a
   * sentence that reads badly is not taken at all while others fit, instead of only being
   * demoted. Longer summaries keep the demotion: on Multi-News at DUC's 100 words, leaving such
   * sentences out of the learned method's choice cost 0.5 ROUGE-2 recall, as sentences that lean on
   * their context still carry the story's n-grams.
   */
  static boolean readAsOneParagraph(Budget b) {
    return switch (b.unit()) {
      case WORDS -> b.amount() <= PARAGRAPH_WORDS;
      case SENTENCES -> b.amount() <= PARAGRAPH_SENTENCES;
      case CHARACTERS -> b.amount() <= PARAGRAPH_CHARACTERS;
    };
  }

  /** Whether this summary is read as one paragraph ({@link #readAsOneParagraph}). */
  boolean paragraph() {
    return paragraph;
  }

  /** What sentence {@code i} costs of the budget, the separating space counted unless it is first. */
  int cost(int i, boolean first) {
    Sentence s = cluster.sentence(i);
    SentenceFlags f = s.flags();
    return options.budget().cost(s.words() - f.cutWords(),
        s.text().length() - (f.cutWords() > 0 ? f.datelineEnd() : 0) + (first ? 0 : 1));
  }

  /** Whether one of sentences {@code i} and {@code j} is left out once the other is in. */
  boolean redundant(int i, int j) {
    return options.redundancy() < 1
        && cluster.vector(i).cosine(cluster.vector(j)) >= options.redundancy();
  }

  /** Whether sentence {@code i} is redundant with one of the first {@code count} of {@code chosen}. */
  boolean redundantWith(int i, int[] chosen, int count) {
    for (int q = 0; q < count; q++) if (redundant(i, chosen[q])) return true;
    return false;
  }

  /**
   * Whether the event sentence {@code i} refers back to ({@link SentenceFlags#unnamedEvent}: "...
   * revenge for the murder.") is named by one of the first {@code count} of {@code chosen}, or it
   * refers back to none. A summary read as one paragraph takes it only then: its reader has no
   * article before it to say whose murder.
   */
  boolean antecedentNamed(int i, int[] chosen, int count) {
    String root = cluster.sentence(i).flags().unnamedEvent();
    if (root.isEmpty()) return true;
    for (int q = 0; q < count; q++) {
      if (Antecedent.named(root, cluster.sentence(chosen[q]).text())) return true;
    }
    return false;
  }

  /** A sentence's score with the demotion of one that reads badly. */
  static double demoted(Sentence s, double score) {
    if (!s.flags().readsBadly()) return score;
    return score * (score >= 0 ? HARD_READING_PENALTY : 1 / HARD_READING_PENALTY);
  }

  /** Whether sentence {@code i} may be taken at all: long enough, not debris, and read well where it must. */
  private boolean admissible(int i, int minWords, boolean wellReadOnly) {
    Sentence s = cluster.sentence(i);
    SentenceFlags f = s.flags();
    return s.words() >= minWords && !f.debris() && !(wellReadOnly && f.notInParagraph());
  }

  /** The chosen sentence indices of a method's ranking, in the requested order. Empty if nothing fits. */
  public List<Integer> select(List<Candidate> ranked) {
    List<Candidate> order = demoteHardReading(ranked);
    if (paragraph) order = leadFirst(order);
    List<Integer> chosen = fill(order, options.minWords(), paragraph);
    if (chosen.isEmpty()) chosen = fill(order, options.minWords(), false);
    if (chosen.isEmpty() && options.minWords() > 0) chosen = fill(order, 0, false);
    if (options.order() == SelectionOptions.Order.READING) {
      chosen.sort(Comparator.comparing((Integer i) -> dateOf(cluster.sentence(i).article()))
          .thenComparingInt(i -> cluster.sentence(i).article())
          .thenComparingInt(i -> cluster.sentence(i).position()));
    }
    return chosen;
  }

  /**
   * {@code order} with its first sentence that can open a summary moved to the front: one that
   * fits the budget, reads well and reads as a lead ({@link SentenceFlags#opensLead}). A summary
   * read as one paragraph is its first sentence; a method's top-ranked sentence is often a short
   * fact ("The United States has about 5,000 US troops in Iraq.") that cannot tell the event.
   */
  private List<Candidate> leadFirst(List<Candidate> order) {
    Budget budget = options.budget();
    for (int k = 0; k < order.size(); k++) {
      Sentence s = cluster.sentence(order.get(k).sentence());
      if (!admissible(s.index(), options.minWords(), true)) continue;
      if (budget.cost(s.words(), s.text().length()) > budget.amount()) continue;
      if (!s.flags().opensLead() || !s.flags().unnamedEvent().isEmpty()) continue;
      if (k == 0) return order;
      List<Candidate> out = new ArrayList<>(order.size());
      out.add(order.get(k));
      for (int j = 0; j < order.size(); j++) if (j != k) out.add(order.get(j));
      return out;
    }
    return order;
  }

  /**
   * The article's date as an ISO-8601 prefix for chronological order ("2020-01-06..." sorts as
   * text); an article without a date sorts after dated ones, in article order.
   */
  private String dateOf(int article) {
    String d = cluster.cluster().articles().get(article).date().strip();
    return d.matches("\\d{4}-\\d{2}-\\d{2}.*") ? d : "~";
  }

  private List<Integer> fill(List<Candidate> order, int minWords, boolean wellReadOnly) {
    int left = options.budget().amount();
    int[] chosen = new int[cluster.size()];
    int count = 0;
    boolean[] taken = new boolean[cluster.size()];
    for (Candidate c : order) {
      if (left <= 0) break;
      int i = c.sentence();
      if (taken[i] || !admissible(i, minWords, wellReadOnly)) continue;
      int cost = cost(i, count == 0);
      if (cost > left) continue;
      if (redundantWith(i, chosen, count)) continue;
      if (wellReadOnly && !antecedentNamed(i, chosen, count)) continue;
      chosen[count++] = i;
      taken[i] = true;
      left -= cost;
    }
    if (options.fill() && left > 0) {
      for (Candidate c : order) {
        int i = c.sentence();
        if (taken[i] || !admissible(i, minWords, wellReadOnly)) continue;
        if (redundantWith(i, chosen, count)) continue;
        chosen[count++] = i;
        break;
      }
    }
    List<Integer> out = new ArrayList<>(count);
    for (int q = 0; q < count; q++) out.add(chosen[q]);
    return out;
  }

  private List<Candidate> demoteHardReading(List<Candidate> ranked) {
    List<Candidate> out = new ArrayList<>(ranked.size());
    boolean changed = false;
    for (Candidate c : ranked) {
      Sentence s = cluster.sentence(c.sentence());
      if (s.flags().readsBadly()) {
        out.add(new Candidate(c.sentence(), demoted(s, c.score())));
        changed = true;
      } else {
        out.add(c);
      }
    }
    return changed ? Candidates.sorted(out) : ranked;
  }

  /** The sentences a set-choosing method may choose, under these options. */
  Pool pool() {
    return new Pool(this);
  }

  /**
   * A method's marginal gain for {@link #greedy}: what sentence {@code i} adds to the set chosen
   * so far, told of each sentence as it is added.
   */
  interface Gain {
    double of(int i);

    void added(int i);
  }

  /**
   * The first sentence of a greedy choice ({@link #greedy}): of the sentences that may be taken
   * and read well, the one {@code rating} rates highest among those that read as a lead, else
   * the one it rates highest; -1 if none may be taken.
   */
  int opener(float[] rating) {
    Integer[] order = new Integer[cluster.size()];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(order, (x, y) -> Double.compare(rating[y] * queryWeight(y), rating[x] * queryWeight(x)));
    int fallback = -1;
    for (int i : order) {
      if (!fits(i, options.budget().amount(), true) || cluster.sentence(i).flags().notInParagraph()
          || !cluster.sentence(i).flags().unnamedEvent().isEmpty()) {
        continue;
      }
      if (cluster.sentence(i).flags().opensLead()) return i;
      if (fallback < 0) fallback = i;
    }
    return fallback;
  }

  private boolean fits(int i, int left, boolean first) {
    int cost = cost(i, first);
    return admissible(i, options.minWords(), paragraph) && cost <= left && cost > 0;
  }

  /**
   * The budgeted greedy choice (Lin and Bilmes 2010): from {@code start} (-1 for none), repeatedly
   * adds the sentence of the best {@code gain} per unit of budget (per sentence under a sentence
   * budget), times its weight toward the query when there is one, that may be taken, fits what is left and is not redundant with a chosen one, until
   * none has a positive gain. The chosen sentences, in choice order.
   */
  int[] greedy(int start, Gain gain) {
    int n = cluster.size();
    boolean[] taken = new boolean[n];
    int[] chosen = new int[n];
    int count = 0;
    int left = options.budget().amount();
    int best = start;
    while (left > 0) {
      if (best < 0) {
        double bestValue = 0;
        for (int i = 0; i < n; i++) {
          if (taken[i] || !fits(i, left, count == 0)) continue;
          if (paragraph && !antecedentNamed(i, chosen, count)) continue;
          double g = gain.of(i);
          double value = (options.budget().unit() == Budget.Unit.SENTENCES ? g : g / cost(i, count == 0))
              * queryWeight(i);
          if (value > bestValue && !redundantWith(i, chosen, count)) {
            bestValue = value;
            best = i;
          }
        }
        if (best < 0) break;
      }
      left -= cost(best, count == 0);
      taken[best] = true;
      chosen[count++] = best;
      gain.added(best);
      best = -1;
    }
    return Arrays.copyOf(chosen, count);
  }

  /**
   * The sentences a budget-optimizing method may choose, and the set it has chosen so far, kept so
   * that the chosen set is what the selector keeps under the same options: sentences of at least
   * the minimum length (any sentence when none is that long, as the selector falls back), no two
   * redundant, and a total cost within the budget.
   *
   * <p>Costs are exact: under a character budget a sentence costs its length plus one separating
   * space, and the capacity is the budget plus one (the first sentence has no separator). One pool
   * serves one method call; it is not thread-safe.
   */
  static final class Pool {
    private final Selector selector;
    private final boolean[] eligible;
    private final boolean[] blocked;
    private final int[] cost;
    private final int capacity;
    private final int[] chosen;
    private int count;
    private int used;

    private Pool(Selector selector) {
      this.selector = selector;
      ClusterText cluster = selector.cluster;
      Budget budget = selector.options.budget();
      int n = cluster.size();
      eligible = new boolean[n];
      blocked = new boolean[n];
      cost = new int[n];
      chosen = new int[n];
      boolean any = false;
      for (Sentence s : cluster.sentences()) {
        eligible[s.index()] = s.words() >= selector.options.minWords();
        any |= eligible[s.index()];
        cost[s.index()] = selector.cost(s.index(), false);
      }
      if (!any) Arrays.fill(eligible, true);
      capacity = budget.amount() + (budget.unit() == Budget.Unit.CHARACTERS ? 1 : 0);
    }

    boolean eligible(int i) {
      return eligible[i];
    }

    int cost(int i) {
      return cost[i];
    }

    int capacity() {
      return capacity;
    }

    /** Whether sentence {@code i} may join the chosen set: eligible, unchosen, fits, not redundant. */
    boolean canAdd(int i) {
      return eligible[i] && !blocked[i] && used + cost[i] <= capacity;
    }

    /** Adds sentence {@code i}, which {@link #canAdd} allows, to the chosen set. */
    void add(int i) {
      chosen[count++] = i;
      used += cost[i];
      blocked[i] = true;
      for (int j = 0; j < blocked.length; j++) {
        if (!blocked[j] && eligible[j] && redundant(i, j)) blocked[j] = true;
      }
    }

    /** Whether the selector would reject one of {@code i} and {@code j} once the other is in. */
    boolean redundant(int i, int j) {
      return selector.redundant(i, j);
    }

    /** The chosen sentences, in choice order. */
    int[] chosen() {
      return Arrays.copyOf(chosen, count);
    }

    int count() {
      return count;
    }
  }
}
