package dev.precis.summarize;

import dev.precis.represent.ClusterText;
import java.util.List;

/**
 * A summarization method: it ranks the sentences of a cluster. It never builds the summary
 * itself; {@link BudgetedSelector} does, for every method alike.
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
   * @param budget the summary's length limit, for methods that optimize under it
   */
  List<Candidate> rank(ClusterText cluster, Budget budget);

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
