package dev.precis.cli;

import dev.precis.summarize.Summarizer;
import dev.precis.SummaryRequest;
import dev.precis.Precis;
import dev.precis.eval.DatasetEvaluator;
import dev.precis.eval.EvaluationTable;
import dev.precis.rouge.RougeOptions;
import dev.precis.rouge.RougeScorer;
import dev.precis.ingest.ClusterInputs;
import dev.precis.learn.ExampleCache;
import dev.precis.learn.ScorerTrainer;
import dev.precis.learn.TrainingSet;
import dev.precis.model.Cluster;
import dev.precis.model.Problem;
import dev.precis.summarize.Budget;
import dev.precis.summarize.SentenceScorer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
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
            + "instead of scoring the model on its own data). With --validation, reports ROUGE on those "
            + "clusters instead of cross-validating. Progress goes to stderr, the times to stdout.",
        ""},
    footer = {
        "",
        "Examples:",
        "  precis train ../shared/data/multinews_test_sample/dev.jsonl.gz \\",
        "      --out scorer.xgb",
        "  precis eval other.jsonl.gz --method learned,centroid --model scorer.xgb",
        "",
        "  # thousands of clusters: a sample, prepared once into a cache, reported on held-out clusters",
        "  precis train ../shared/data/multinews_plus/train.jsonl.gz --clusters 2000 \\",
        "      --cache target/train.cache --ngram-clusters 1000 \\",
        "      --validation ../shared/data/multinews_plus/val.jsonl.gz --validation-clusters 200 \\",
        "      --drop capitalized_share,unigram:capitalized_share --out scorer.xgb"})
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
      description = "XGBoost objective: reg:squarederror (default) or rank:pairwise.",
      completionCandidates = Objectives.class, converter = Objectives.class)
  Objective objective;

  /** The learning objectives of the sentence scorer, by XGBoost's names. */
  enum Objective {
    REGRESSION("reg:squarederror"), PAIRWISE("rank:pairwise");

    final String xgboost;

    Objective(String xgboost) {
      this.xgboost = xgboost;
    }
  }

  static final class Objectives extends EnumNames<Objective> {
    Objectives() {
      super(Objective.class, o -> o.xgboost);
    }
  }

  @Option(names = "--threads", paramLabel = "N", description = "Clusters prepared at once (default: the number of cores).")
  Integer threads;

  @Option(names = "--clusters", paramLabel = "N",
      description = "Learn from the first N clusters of DATA that have a reference (default: all).")
  Integer clusters;

  @Option(names = "--cache", paramLabel = "FILE",
      description = "Keep every prepared cluster's features and labels in FILE and take them from it"
          + " next time: preparing (embeddings above all) is most of the time, so retraining with other"
          + " settings, or on more clusters of the same data, prepares only the clusters FILE lacks.")
  Path cache;

  @Option(names = "--validation", paramLabel = "VAL", arity = "1..*",
      description = "JSONL(.gz) clusters with references to report the trained model's ROUGE on"
          + " (clusters it did not learn from), instead of cross-validating on DATA.")
  List<Path> validation;

  @Option(names = "--validation-clusters", paramLabel = "N",
      description = "Only the first N clusters of VAL (default: all).")
  Integer validationClusters;

  @Option(names = "--ngram-clusters", paramLabel = "N",
      description = "Train the unigram and bigram models on at most N of the clusters, spread evenly"
          + " (the sentence model learns from all): they get hundreds of rows a cluster and take most"
          + " of the training time (default: all).")
  Integer ngramClusters;

  @Option(names = "--ngram-rounds", paramLabel = "N",
      description = "Boosting rounds of the unigram and bigram models (default: "
          + ScorerTrainer.NGRAM_ROUNDS + "); fewer trains a quick, weaker model for a trial.")
  Integer ngramRounds;

  @Option(names = "--drop", paramLabel = "FEATURE", split = ",",
      description = "Feature columns the models may not read, e.g. capitalized_share,unigram:in_headline"
          + " (for data unlike what the model will read, such as case-flattened or truncated articles;"
          + " an unknown name lists the features).")
  List<String> drop;

  @Option(names = "--encoder", paramLabel = "NAME",
      description = "Also learn from four sentence-embedding columns of this encoder: minilm, bge-small"
          + " or e5-small (default: none; the method then embeds every sentence it reads, the encoder's"
          + " CPU, and the model remembers the encoder).")
  String encoder;

  @Override
  public Integer call() throws IOException {
    ScorerTrainer.Params d = ScorerTrainer.Params.DEFAULT;
    ScorerTrainer.Params params = new ScorerTrainer.Params(rounds == null ? d.rounds() : rounds,
        depth == null ? d.depth() : depth, d.eta(), objective == null ? d.objective() : objective.xgboost);
    if (folds == 1 || folds < 0) throw new IllegalArgumentException("--folds must be 0 or at least 2, got " + folds);
    if (clusters != null && clusters < 1) throw new IllegalArgumentException("--clusters must be at least 1, got " + clusters);
    if (validationClusters != null && validationClusters < 1) {
      throw new IllegalArgumentException("--validation-clusters must be at least 1, got " + validationClusters);
    }
    int n = Threads.count(threads);
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter o = spec.commandLine().getOut();
    ProblemLog problems = new ProblemLog(err);
    boolean crossValidate = folds >= 2 && validation == null;
    // Remembers prepared clusters when the cross-validated report summarizes the clusters just prepared.
    Precis precis = crossValidate ? new Precis().remembering(50_000) : new Precis();
    java.util.Optional<dev.precis.represent.embed.SentenceEncoder.Model> embeddings = encoder == null
        ? java.util.Optional.empty()
        : java.util.Optional.of(dev.precis.represent.embed.SentenceEncoder.Model.named(encoder));
    if (embeddings.isPresent() && cache != null) {
      throw new IllegalArgumentException("--cache keeps the features without embedding columns; give"
          + " --encoder or --cache, not both");
    }
    ScorerTrainer trainer = new ScorerTrainer(precis, params)
        .withoutFeatures(drop == null ? java.util.Set.of() : new java.util.LinkedHashSet<>(drop))
        .withEncoder(embeddings);
    if (ngramClusters != null) trainer = trainer.withNgramClusters(ngramClusters);
    if (ngramRounds != null) trainer = trainer.withNgramRounds(ngramRounds);
    long t0 = System.nanoTime();
    TrainingSet set;
    try (ClusterInputs in = ClusterInputs.open(data, problems);
        ExampleCache examples = cache == null ? null : ExampleCache.open(cache)) {
      if (examples != null) {
        err.printf(Locale.ROOT, "%s: %d prepared clusters cached%n", cache, examples.size());
      }
      TrainingProgress progress = new TrainingProgress(err, clusters, t0);
      set = trainer.examples(withReferences(in, clusters), n, examples, progress);
      progress.done();
    }
    if (set.clusters().isEmpty()) {
      err.println("precis: no cluster with a reference summary to learn from");
      return Main.SKIPPED;
    }
    o.printf(Locale.ROOT, "%d clusters, %d sentences prepared in %.1f s%n", set.clusters().size(),
        set.sentences(), (System.nanoTime() - t0) / 1e9);
    o.flush();
    long t1 = System.nanoTime();
    SentenceScorer model = trainer.train(set);
    double trainSeconds = (System.nanoTime() - t1) / 1e9;
    err.printf(Locale.ROOT, "models trained in %.1f s%n", trainSeconds);
    err.flush();
    if (validation != null) {
      DatasetEvaluator ev = new DatasetEvaluator(precis,
          new RougeScorer(RougeOptions.parse(EvalCommand.DEFAULT_ROUGE)),
          List.of(Summarizer.learned(id -> model)),
          new DatasetEvaluator.Fixed(Budget.words(300)),
          SummaryRequest.defaults().withBudget(Budget.words(300)).selection().withFill(true), Map.of(), null);
      EvaluationTable table;
      try (ClusterInputs in = ClusterInputs.open(validation, problems)) {
        table = ev.run(withReferences(in, validationClusters), n, r -> {}, w -> {});
      }
      o.println("ROUGE on the validation clusters (" + EvalCommand.DEFAULT_ROUGE + ", 300 words):");
      o.print(table.format());
    }
    if (crossValidate) {
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
    o.printf(Locale.ROOT, "total %.1f s%n", (System.nanoTime() - t0) / 1e9);
    o.flush();
    return problems.exitCode();
  }

  /** The clusters that have a non-blank reference, the first {@code limit} of them when not null. */
  static Iterator<Cluster> withReferences(Iterator<Cluster> in, Integer limit) {
    return new Iterator<>() {
      private Cluster next;
      private int given;

      @Override
      public boolean hasNext() {
        if (limit != null && given >= limit) return false;
        while (next == null && in.hasNext()) {
          Cluster c = in.next();
          if (c.references().stream().anyMatch(r -> !r.isBlank())) next = c;
        }
        return next != null;
      }

      @Override
      public Cluster next() {
        if (!hasNext()) throw new java.util.NoSuchElementException();
        Cluster c = next;
        next = null;
        given++;
        return c;
      }
    };
  }

  /**
   * A line on stderr every {@value #EVERY} clusters prepared: how many, of how many when known,
   * their sentences, the rate and the time so far.
   */
  private static final class TrainingProgress implements java.util.function.Consumer<TrainingSet.Example> {
    static final int EVERY = 200;
    private final PrintWriter err;
    private final Integer total;
    private final long start;
    private int clusters;
    private long sentences;

    TrainingProgress(PrintWriter err, Integer total, long start) {
      this.err = err;
      this.total = total;
      this.start = start;
    }

    @Override
    public void accept(TrainingSet.Example e) {
      clusters++;
      sentences += e.labels().length;
      if (clusters % EVERY == 0) line();
    }

    void done() {
      if (clusters % EVERY != 0) line();
    }

    private void line() {
      double s = (System.nanoTime() - start) / 1e9;
      err.printf(Locale.ROOT, "prepared %d%s clusters (%d sentences) in %.0f s, %.1f clusters/s%n", clusters,
          total == null ? "" : "/" + total, sentences, s, clusters / Math.max(s, 1e-9));
      err.flush();
    }
  }
}
