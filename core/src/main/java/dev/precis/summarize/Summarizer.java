package dev.precis.summarize;

import dev.precis.represent.ClusterText;
import java.util.List;
import java.util.function.Function;

/**
 * A summarization method: it ranks the sentences of a cluster, or chooses a set of them through
 * the {@link Selector} it is given. It never builds the summary itself; the selector does, for
 * every method alike. The methods are package-private: {@link #named} and {@link #learned} make
 * them.
 */
public sealed interface Summarizer permits LeadSummarizer, CentroidSummarizer,
    RandomSummarizer, LexRankSummarizer, TextRankSummarizer, MmrSummarizer, KlSummarizer,
    SubmodularSummarizer, IlpSummarizer, OracleSummarizer, LearnedSummarizer {
  /** The method's name as the command line knows it, e.g. {@code "centroid"}. */
  String name();

  /**
   * The cluster's sentences worth considering, best first, each with its score (scores do not
   * increase down the list). Methods that choose a set under a length limit (MMR, KL, ILP, ...)
   * rank their chosen set first, in the order they chose it. May be empty for an empty cluster;
   * never null.
   *
   * @param selector the one selector of this summary: its budget, and for methods that choose a
   *                 set, the pool or greedy choice that applies the request's minimum length and
   *                 redundancy
   */
  List<Candidate> rank(ClusterText cluster, Selector selector);

  /**
   * Whether the method weighs a query inside its own choice, through the selector's greedy choice
   * ({@link Selector#greedy}, which weighs each sentence's gain by its relevance to the query),
   * so that its ranking must not be re-sorted toward the query afterwards: that would undo the
   * choice. False for the others, whose ranking {@link QueryRelevance#bias} re-scores.
   */
  default boolean choosesWithQuery() {
    return false;
  }

  /**
   * The learned method with a model chosen per cluster id: cross-validation gives each cluster a
   * model trained without it.
   */
  static Summarizer learned(Function<String, SentenceScorer> scorerFor) {
    return new LearnedSummarizer(scorerFor);
  }

  /** The names of the methods, as {@link #named} takes them. */
  static List<String> names() {
    return List.of("centroid", "ilp", "kl", "lead", "lead3", "learned", "lexrank", "mmr", "oracle", "random",
        "submodular", "textrank");
  }

  /**
   * The method called {@code name}.
   *
   * @throws IllegalArgumentException naming the known methods, for an unknown name
   */
  static Summarizer named(String name) {
    return switch (name) {
      case "centroid" -> new CentroidSummarizer();
      case "ilp" -> new IlpSummarizer();
      case "kl" -> new KlSummarizer();
      case "lead" -> new LeadSummarizer();
      case "lead3" -> new LeadSummarizer(3);
      case "learned" -> new LearnedSummarizer();
      case "lexrank" -> new LexRankSummarizer();
      case "mmr" -> new MmrSummarizer();
      case "oracle" -> new OracleSummarizer();
      case "random" -> new RandomSummarizer();
      case "submodular" -> new SubmodularSummarizer();
      case "textrank" -> new TextRankSummarizer();
      default -> throw new IllegalArgumentException(
          "unknown method '" + name + "'; known methods: " + String.join(", ", names()));
    };
  }
}
