package dev.precis.cli;

import dev.precis.eval.BootstrapInterval;
import dev.precis.eval.EventEvaluation;
import dev.precis.eval.EventScores;
import dev.precis.ingest.ClusterInputs;
import dev.precis.model.Cluster;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precis eval-events}: event detection scored on a file of clusters. */
@Command(
    name = "eval-events",
    header = "Scores event detection on a file of clusters flattened into one stream.",
    mixinStandardHelpOptions = true,
    description = {
      "Flattens the clusters of a JSONL file into one stream of articles (in time order where"
          + " every article is dated, file order otherwise; renamed so no id names its cluster),"
          + " groups it into events as 'precis events' does, and prints B-cubed precision, recall"
          + " and F1 (Bagga and Baldwin 1998) and pair-counting precision, recall and F1, each"
          + " with a 95%% bootstrap interval over the gold events, and the events found against"
          + " the gold number (the clusters).",
      "",
      "The join decision is cross-validated by default: the gold events are dealt into"
          + " --folds folds, a model is fitted on the other folds' articles alone for each, and"
          + " each article is scored by the model that did not see its event. --folds 0 scores"
          + " the shipped models (dated pairs: fitted on ../shared/data/allsides-events/dev.jsonl.gz,"
          + " so not held out on that file; undated pairs: fitted on Multi-News+ train, held out on"
          + " the Multi-News dev sample).",
      "",
      "Examples:",
      "  precis eval-events ../shared/data/allsides-events/dev.jsonl.gz",
      "  precis eval-events ../shared/data/multinews_test_sample/dev.jsonl.gz --folds 0",
      "  precis eval-events ../shared/data/allsides-events/dev.jsonl.gz --interleave 1",
      "  precis eval-events ../shared/data/allsides-events/dev.jsonl.gz --drop names",
      "  precis eval-events clusters.jsonl --window-days 7 --no-embeddings"})
public final class EvalEventsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CLUSTERS", description = "A cluster JSONL file (.jsonl or .jsonl.gz).")
  Path file;

  @Option(names = "--folds", paramLabel = "K", defaultValue = "5",
      description = "Cross-validation folds by gold event; 0 scores the shipped model (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--interleave", paramLabel = "SEED",
      description = "Interleave the stream as a feed would: a dated stream's articles shuffled"
          + " within each day, an undated stream's shuffled whole, by this seed (default: the"
          + " file's order, where a story's articles arrive together).")
  Long interleave;

  @Option(names = "--drop", paramLabel = "FEATURE", split = ",",
      description = "Fit the cross-validated join models without these features (comma list of"
          + " tfidf_centroid, tfidf_max, title_max, embed_centroid, embed_max, names, day_gap,"
          + " undated): what a feature adds.")
  List<String> drop = new ArrayList<>();

  @Mixin EventGroupingOptions grouping;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ProblemLog problems = new ProblemLog(spec.commandLine().getErr());
    if (folds == 1 || folds < 0) {
      throw new IllegalArgumentException("--folds: must be 0 (the shipped model) or 2 or more, got " + folds);
    }
    var options = grouping.options();
    for (String d : drop) {
      if (!dev.precis.cluster.JoinModel.FEATURES.contains(d)) {
        throw new IllegalArgumentException("--drop: unknown feature '" + d + "'; the features are "
            + String.join(", ", dev.precis.cluster.JoinModel.FEATURES));
      }
    }
    if (!drop.isEmpty() && folds == 0) {
      throw new IllegalArgumentException("--drop: needs cross-validation (--folds 2 or more); the"
          + " shipped model has all its features");
    }
    List<Cluster> clusters = new ArrayList<>();
    try (ClusterInputs in = ClusterInputs.open(List.of(file), problems)) {
      in.forEachRemaining(clusters::add);
    }
    if (clusters.isEmpty()) {
      throw new IllegalArgumentException(file + ": no cluster read; give a cluster JSONL file such"
          + " as ../shared/data/allsides-events/dev.jsonl.gz");
    }
    EventEvaluation.Stream stream = EventEvaluation.flatten(clusters,
        interleave == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(interleave));
    EventEvaluation.Result r = folds == 0
        ? EventEvaluation.shipped(stream, options, problems)
        : EventEvaluation.crossValidated(stream, options, folds, java.util.Set.copyOf(drop), problems);
    out.print(table(file, stream, r.scores(), folds, interleave, drop));
    out.flush();
    return problems.exitCode();
  }

  static String table(Path file, EventEvaluation.Stream stream, EventScores s, int folds,
      Long interleave, List<String> drop) {
    StringBuilder b = new StringBuilder();
    boolean dated = stream.articles().stream().allMatch(a -> !a.date().isBlank());
    String order = interleave == null
        ? (dated ? "dated, in time order" : "undated, in file order")
        : (dated ? "dated, shuffled within each day" : "undated, shuffled") + " by seed " + interleave;
    b.append(String.format(Locale.ROOT, "%s: %d articles (%s), %d gold events; join model: %s%s%n",
        file, stream.articles().size(), order, s.gold(),
        folds == 0 ? "shipped" : "cross-validated, " + folds + " folds by gold event",
        drop.isEmpty() ? "" : ", without " + String.join(", ", drop)));
    b.append(String.format(Locale.ROOT, "%-12s %7s  %s%n", "measure", "value", "95% interval"));
    row(b, "B-cubed P", s.bcubedPrecision());
    row(b, "B-cubed R", s.bcubedRecall());
    row(b, "B-cubed F1", s.bcubedF1());
    row(b, "pair P", s.pairPrecision());
    row(b, "pair R", s.pairRecall());
    row(b, "pair F1", s.pairF1());
    b.append(String.format(Locale.ROOT, "events found %d (gold %d)%n", s.found(), s.gold()));
    return b.toString();
  }

  private static void row(StringBuilder b, String name, BootstrapInterval.Interval i) {
    b.append(String.format(Locale.ROOT, "%-12s %7.4f  [%.4f, %.4f]%n", name, i.mean(), i.low(), i.high()));
  }
}
