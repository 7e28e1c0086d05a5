package dev.precis.bench;

import dev.precis.cluster.EventOptions;
import dev.precis.cluster.JoinModel;
import dev.precis.cluster.LeadEmbeddings;
import dev.precis.eval.EventEvaluation;
import dev.precis.eval.EventScores;
import dev.precis.ingest.JsonlClusterReader;
import dev.precis.model.Cluster;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fits the shipped join models of the event grouper, with and without embeddings, and writes them
 * as resources: the dated model on a dated stream with gold events, the undated one on an undated
 * stream (Multi-News+ train, flattened), with its chances on a validation stream by threshold.
 *
 * <pre>
 * bench/run EventJoinTrain ../shared/data/allsides-events/dev.jsonl.gz core/src/main/resources/dev/precis/cluster \
 *     --undated ../shared/data/multinews_plus/train.jsonl.gz --undated-clusters 3000 \
 *     --validation ../shared/data/multinews_plus/val.jsonl.gz --validation-clusters 1000
 * </pre>
 *
 * The undated model leaves out what Multi-News+ text cannot teach: names (its text is sentence
 * cased), titles (it has none) and days. Cross-validated figures of the dated model come from
 * {@code precis eval-events}, which fits the same way on folds; the undated model's test is the
 * Multi-News dev sample ({@code precis eval-events ../shared/data/multinews_test_sample/dev.jsonl.gz
 * --folds 0}), which neither model saw.
 */
public final class EventJoinTrain {
  /** What the undated model does not weigh (see the class comment). */
  static final Set<String> UNDATED_DROP = Set.of("names", "title_max", "day_gap", "undated");

  private EventJoinTrain() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    Path dir = Path.of(args[1]);
    Path undated = null;
    Path validation = null;
    int undatedClusters = 3000;
    int validationClusters = 1000;
    double undatedThreshold = 0.5;
    for (int i = 2; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--undated" -> undated = Path.of(args[i + 1]);
        case "--undated-clusters" -> undatedClusters = Integer.parseInt(args[i + 1]);
        case "--validation" -> validation = Path.of(args[i + 1]);
        case "--validation-clusters" -> validationClusters = Integer.parseInt(args[i + 1]);
        case "--undated-threshold" -> undatedThreshold = Double.parseDouble(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i] + "; known:"
            + " --undated, --undated-clusters, --validation, --validation-clusters,"
            + " --undated-threshold");
      }
    }
    List<Cluster> clusters = read(data, Integer.MAX_VALUE);
    EventEvaluation.Stream stream = EventEvaluation.flatten(clusters);
    LeadEmbeddings embeddings = new LeadEmbeddings(stream.articles().size() * 2);
    for (boolean embed : new boolean[] {true, false}) {
      EventOptions options = EventOptions.defaults().withEmbeddings(embed);
      JoinModel m = JoinModel.fit(stream.articles(), stream.gold(), options, false, embeddings);
      String name = embed ? "join-model.txt" : "join-model-no-embeddings.txt";
      String comment = "The event grouper's join decision for dated pairs (logistic regression on"
          + " standardized features), " + (embed ? "with" : "without") + " embeddings.\nFitted by"
          + " bench/run EventJoinTrain on " + data.getFileName() + " (" + stream.articles().size()
          + " articles, " + clusters.size() + " gold events), in time order.\nColumns: feature,"
          + " mean, scale, weight.\nFitted on AllSides excerpts"
          + " (research and evaluation terms, see ../shared/data/allsides-events):\nthe model is"
          + " a few dozen numbers, no text of the data; a model fitted on your own stream"
          + " replaces it.";
      Files.writeString(dir.resolve(name), m.write(comment), StandardCharsets.UTF_8);
      System.out.println("wrote " + dir.resolve(name));
    }
    if (undated == null) return;
    EventEvaluation.Stream train = EventEvaluation.flatten(read(undated, undatedClusters));
    EventEvaluation.Stream val = validation == null ? null
        : EventEvaluation.flatten(read(validation, validationClusters));
    LeadEmbeddings cache = new LeadEmbeddings(
        (train.articles().size() + (val == null ? 0 : val.articles().size())) * 2);
    for (boolean embed : new boolean[] {true, false}) {
      EventOptions options = EventOptions.defaults().withEmbeddings(embed);
      long t0 = System.nanoTime();
      JoinModel m = JoinModel.fit(train.articles(), train.gold(), options, false, cache,
          UNDATED_DROP);
      System.out.printf(Locale.ROOT, "undated model, embeddings %s: fitted on %d articles in %.0f s%n",
          embed, train.articles().size(), (System.nanoTime() - t0) / 1e9);
      if (val != null) {
        double best = -1;
        double chosen = 0;
        for (double t = 0.20; t <= 0.801; t += 0.05) {
          Map<String, String> found = EventEvaluation.group(val.articles(), options,
              m.withThreshold(t), cache, p -> {});
          EventScores s = EventScores.of(found, val.gold(), null);
          System.out.printf(Locale.ROOT, "  threshold %.2f: validation B-cubed P %.4f R %.4f F1 %.4f"
              + " [%.4f, %.4f]%n", t, s.bcubedPrecision().mean(), s.bcubedRecall().mean(),
              s.bcubedF1().mean(), s.bcubedF1().low(), s.bcubedF1().high());
          if (s.bcubedF1().mean() > best + 1e-9) {
            best = s.bcubedF1().mean();
            chosen = t;
          }
        }
        System.out.printf(Locale.ROOT, "  best on validation %.2f; shipped %.2f%n", chosen,
            undatedThreshold);
      }
      m = m.withThreshold(undatedThreshold);
      String name = embed ? "join-model-undated.txt" : "join-model-undated-no-embeddings.txt";
      String comment = "The event grouper's join decision for undated pairs (logistic regression"
          + " on standardized features), " + (embed ? "with" : "without") + " embeddings.\nFitted"
          + " by bench/run EventJoinTrain on the first " + undatedClusters + " clusters of "
          + undated.getFileName() + " (" + train.articles().size() + " articles) flattened,"
          + "\nwithout " + String.join(", ", new java.util.TreeSet<>(UNDATED_DROP))
          + " (its text is sentence-cased, untitled, undated);\nthreshold " + undatedThreshold
          + " (the validation split, truncated text, favours lower ones that join too much on"
          + " whole articles).\nColumns: feature, mean, scale, weight.\nMulti-News's usage agreement (non-commercial"
          + " research and educational use) applies to it;\na model fitted on your own stream"
          + " replaces it.";
      Files.writeString(dir.resolve(name), m.write(comment), StandardCharsets.UTF_8);
      System.out.println("wrote " + dir.resolve(name));
    }
  }

  private static List<Cluster> read(Path file, int max) throws Exception {
    List<Cluster> out = new ArrayList<>();
    try (JsonlClusterReader r = JsonlClusterReader.open(file, p -> System.err.println(p))) {
      while (r.hasNext() && out.size() < max) out.add(r.next());
    }
    return out;
  }
}
