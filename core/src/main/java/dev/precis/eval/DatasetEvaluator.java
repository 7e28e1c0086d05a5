package dev.precis.eval;

import dev.precis.rouge.RougeScorer;
import dev.precis.OrderedParallelMap;
import dev.precis.Precis;
import dev.precis.model.Cluster;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.represent.ClusterText;
import dev.precis.summarize.Budget;
import dev.precis.summarize.QueryRelevance;
import dev.precis.summarize.SelectionOptions;
import dev.precis.summarize.Summarizer;
import dev.precis.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs methods over every cluster of a dataset and scores their summaries with ROUGE against the
 * clusters' references: each cluster is prepared once and summarized by every method, clusters in
 * parallel, results delivered in input order. Outside systems' summaries (by cluster id) are
 * scored by the same scorer, so a peer and Precis are measured alike.
 *
 * <p>A cluster without references cannot be scored: it is left out of the table with a warning.
 * A method that finds nothing to say scores zero, with a warning.
 */
public final class DatasetEvaluator {
  /** The length policy: a fixed budget, or each cluster's reference length in words. */
  public sealed interface BudgetPolicy {
    Budget budgetFor(Cluster cluster);
  }

  public record Fixed(Budget budget) implements BudgetPolicy {
    @Override
    public Budget budgetFor(Cluster cluster) {
      return budget;
    }
  }

  public record ReferenceLength() implements BudgetPolicy {
    @Override
    public Budget budgetFor(Cluster cluster) {
      return of(cluster.references().stream().map(List::of).toList());
    }

    /** The longest of {@code references} (each as sentences), in words. */
    static Budget of(List<List<String>> references) {
      int words = 0;
      for (List<String> r : references) words = Math.max(words, String.join(" ", r).strip().split("\\s+").length);
      return Budget.words(Math.max(words, 1));
    }
  }

  private final Precis precis;
  private final RougeScorer scorer;
  private final List<Summarizer> methods;
  private final BudgetPolicy budget;
  private final SelectionOptions selection;
  private final Map<String, Map<String, List<String>>> systems;
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final QueryRelevance query;
  /** How many opening sentences of each reference are scored against; 0 for all of it. */
  private int referenceSentences;

  /**
   * @param selection selection settings; its budget is replaced by the policy's per cluster
   * @param systems   outside systems: name, then cluster id to summary sentences
   * @param query     a topic to bias every method toward, or null for each cluster's own
   *                  ({@link Cluster#query}; none where it has none)
   */
  public DatasetEvaluator(Precis precis, RougeScorer scorer, List<Summarizer> methods,
      BudgetPolicy budget, SelectionOptions selection, Map<String, Map<String, List<String>>> systems,
      QueryRelevance query) {
    this.query = query;
    this.precis = precis;
    this.scorer = scorer;
    this.methods = List.copyOf(methods);
    this.budget = budget;
    this.selection = selection;
    this.systems = systems;
  }

  /**
   * Scores summaries against only the first {@code n} sentences of each reference (0: the whole
   * reference). A Multi-News reference opens with one sentence that tells the event, as a WCEP
   * summary does, so its first sentence is the mark of a short summary's lead. The learned
   * method's cross-validation still trains on the whole references.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public DatasetEvaluator withReferenceSentences(int n) {
    if (n < 0) throw new IllegalArgumentException("reference sentences must be >= 0, got " + n);
    this.referenceSentences = n;
    return this;
  }

  /**
   * Scores every cluster; each cluster's results go to {@code perCluster} (in input order, on the
   * calling thread) and into the returned table. Warnings go to {@code warnings}.
   */
  public EvaluationTable run(Iterator<Cluster> clusters, int threads,
      Consumer<ClusterScore> perCluster, Consumer<String> warnings) {
    EvaluationTable table = new EvaluationTable(scorer.options().metrics());
    for (Summarizer m : methods) table.addMethod(m.name());
    for (String s : systems.keySet()) table.addMethod(s);
    new OrderedParallelMap<Cluster, List<ClusterScore>>(threads, this::score).run(clusters, results -> {
      for (ClusterScore r : results) {
        r.warnings().forEach(warnings);
        r.scores().ifPresent(scores -> table.add(r.method(), r.cluster(), scores));
        perCluster.accept(r);
      }
    });
    return table;
  }

  /** Every method's and system's summary of one cluster, scored. */
  List<ClusterScore> score(Cluster cluster) {
    List<List<String>> references = new ArrayList<>();
    for (String r : cluster.references()) {
      if (r.isBlank()) continue;
      List<String> lines = sentences(r);
      references.add(referenceSentences > 0 && lines.size() > referenceSentences
          ? lines.subList(0, referenceSentences) : lines);
    }
    List<ClusterScore> out = new ArrayList<>();
    ClusterText text = methods.isEmpty() ? null : precis.prepare(cluster);
    // A reference-length budget follows the part of the references scored against.
    SelectionOptions options = selection.withBudget(budget instanceof ReferenceLength && !references.isEmpty()
        ? ReferenceLength.of(references) : budget.budgetFor(cluster));
    // The run's query, or else the cluster's own topic (query-focused data gives one a cluster).
    QueryRelevance q = query != null || cluster.query().isBlank() ? query : new QueryRelevance(cluster.query());
    for (Summarizer m : methods) {
      Summary s = precis.summarize(text, m, options, q);
      List<String> summary = s.sentences().stream().map(SummarySentence::text).toList();
      List<String> warnings = new ArrayList<>();
      if (summary.isEmpty()) warnings.add(cluster.id() + ": " + m.name() + " wrote an empty summary; it scores 0");
      out.add(scored(cluster, m.name(), summary, references, warnings));
    }
    for (var e : systems.entrySet()) {
      List<String> summary = e.getValue().get(cluster.id());
      List<String> warnings = new ArrayList<>();
      if (summary == null) {
        warnings.add(cluster.id() + ": system " + e.getKey() + " has no summary of it; it scores 0");
        summary = List.of();
      }
      out.add(scored(cluster, e.getKey(), summary, references, warnings));
    }
    return out;
  }

  private ClusterScore scored(Cluster cluster, String method, List<String> summary,
      List<List<String>> references, List<String> warnings) {
    if (references.isEmpty()) {
      warnings.add(cluster.id() + ": no reference summary; left out of the table");
      return new ClusterScore(cluster.id(), method, summary, Optional.empty(), warnings);
    }
    return new ClusterScore(cluster.id(), method, summary,
        Optional.of(scorer.score(summary, references)), warnings);
  }

  /**
   * A reference's sentences as ROUGE-1.5.5 reads a reference file: its lines, each one sentence
   * for ROUGE-L and ROUGE-W, as given (a list of sentences is held one a line; a reference on one
   * line is one sentence). Only to score against a reference's opening sentences
   * ({@link #withReferenceSentences}) is a reference on one line split, by the sentence splitter.
   */
  List<String> sentences(String reference) {
    List<String> lines = reference.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (referenceSentences == 0 || lines.size() > 1) return lines;
    return splitter.split(reference).stream().map(s -> s.of(reference)).toList();
  }
}
