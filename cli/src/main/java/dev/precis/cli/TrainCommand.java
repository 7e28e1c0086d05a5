package dev.precis.cli;

import dev.precis.summarize.Summarizer;
import dev.precis.SummaryRequest;
import dev.precis.Precis;
import dev.precis.eval.DatasetEvaluator;
import dev.precis.eval.EvaluationTable;
import dev.precis.rouge.RougeOptions;
import dev.precis.rouge.RougeScorer;
import dev.precis.ingest.ClusterInputs;
import dev.precis.learn.ScorerTrainer;
import dev.precis.learn.TrainingSet;
import dev.precis.model.Problem;
import dev.precis.summarize.Budget;
import dev.precis.summarize.SelectionOptions;
import dev.precis.summarize.SentenceScorer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precis train}: the learned method's models, from any data with references. */
@Command(
    name = "train",
    header = "Trains the learned method's models, reporting their cross-validated ROUGE.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Trains the learned method's models (gradient-boosted trees) on clusters with reference "
            + "summaries: the sentence scorer, on each sentence's features labelled by how much of the "
            + "reference it carries per word (ROUGE-1 and ROUGE-2 precision); and the unigram and "
            + "bigram models, on each n-gram of a cluster labelled by whether the reference holds it "
            + "(and how often), which the method's choice of sentences maximizes. First reports the "
            + "quality by k-fold cross-validation on the same data (no cluster is scored by a model that "
            + "saw it), then trains on all of it and writes FILE, FILE.unigrams, FILE.bigrams and "
            + "FILE.trained-on (the clusters' fingerprints, so that 'precis eval' cross-validates "
            + "instead of scoring the model on its own data).",
        ""},
    footer = {
        "",
        "Examples:",
        "  precis train ../shared/data/multinews_test_sample/dev.jsonl.gz \\",
        "      --out scorer.xgb",
        "  precis eval other.jsonl.gz --method learned,centroid --model scorer.xgb"})
final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "DATA", description = "JSONL(.gz) files of clusters with \"summaries\".")
  List<Path> data;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", defaultValue = "sentence-scorer.xgb",
      description = "Where to write the model (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--folds", paramLabel = "K", defaultValue = "5",
      description = "Cross-validation folds for the quality report; 0 skips it (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--rounds", paramLabel = "N", description = "Boosting rounds of the sentence scorer (default: 200).")
  Integer rounds;

  @Option(names = "--depth", paramLabel = "D", description = "Tree depth of the sentence scorer (default: 5).")
  Integer depth;

  @Option(names = "--objective", paramLabel = "O",
      description = "XGBoost objective: reg:squarederror (default) or rank:pairwise.")
  String objective;

  @Option(names = "--threads", paramLabel = "N", description = "Clusters prepared at once (default: the number of cores).")
  Integer threads;

  @Override
  public Integer call() throws IOException {
    ScorerTrainer.Params d = ScorerTrainer.Params.DEFAULT;
    ScorerTrainer.Params params = new ScorerTrainer.Params(rounds == null ? d.rounds() : rounds,
        depth == null ? d.depth() : depth, d.eta(), objective == null ? d.objective() : objective);
    if (!params.objective().equals("reg:squarederror") && !params.objective().equals("rank:pairwise")) {
      throw new IllegalArgumentException("unknown objective '" + params.objective()
          + "'; use reg:squarederror or rank:pairwise");
    }
    if (folds == 1 || folds < 0) throw new IllegalArgumentException("--folds must be 0 or at least 2, got " + folds);
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter o = spec.commandLine().getOut();
    ProblemLog problems = new ProblemLog(err);
    // Remembers prepared clusters: the cross-validated report summarizes the clusters just prepared.
    Precis precis = new Precis().remembering(50_000);
    ScorerTrainer trainer = new ScorerTrainer(precis, params);
    long t0 = System.nanoTime();
    TrainingSet set;
    try (ClusterInputs in = ClusterInputs.open(data, problems)) {
      set = trainer.examples(in, n);
    }
    if (set.clusters().isEmpty()) {
      err.println("precis: no cluster with a reference summary to learn from");
      return Main.SKIPPED;
    }
    o.printf(Locale.ROOT, "%d clusters, %d sentences prepared in %.1f s%n", set.clusters().size(),
        set.sentences(), (System.nanoTime() - t0) / 1e9);
    long t1 = System.nanoTime();
    SentenceScorer model = trainer.train(set);
    double trainSeconds = (System.nanoTime() - t1) / 1e9;
    if (folds >= 2) {
      Map<String, SentenceScorer> cv = trainer.crossValidated(set, folds);
      // Clusters that were not learned from (no reference) are left out of the table anyway.
      DatasetEvaluator ev = new DatasetEvaluator(precis,
          new RougeScorer(RougeOptions.parse(EvalCommand.DEFAULT_ROUGE)),
          List.of(Summarizer.learned(id -> cv.getOrDefault(id, model))),
          new DatasetEvaluator.Fixed(Budget.words(300)),
          SummaryRequest.defaults().withBudget(Budget.words(300)).selection().withFill(true), Map.of(), null);
      EvaluationTable table;
      try (ClusterInputs in = ClusterInputs.open(data, p -> {})) {
        table = ev.run(in, n, r -> {}, w -> {});
      }
      o.println(folds + "-fold cross-validated ROUGE (" + EvalCommand.DEFAULT_ROUGE + ", 300 words):");
      o.print(table.format());
    }
    model.save(out);
    o.printf(Locale.ROOT, "trained on all %d clusters in %.1f s; wrote %s and its %s, %s and %s%n",
        set.clusters().size(), trainSeconds, out, SentenceScorer.UNIGRAMS_SUFFIX,
        SentenceScorer.BIGRAMS_SUFFIX, SentenceScorer.TRAINED_ON_SUFFIX);
    o.flush();
    return problems.exitCode();
  }
}
