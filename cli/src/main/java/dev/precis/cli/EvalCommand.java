package dev.precis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.Precis;
import dev.precis.SummaryRequest;
import dev.precis.eval.ClusterScore;
import dev.precis.eval.DatasetEvaluator;
import dev.precis.eval.EvaluationTable;
import dev.precis.eval.PairedDifference;
import dev.precis.rouge.Prf;
import dev.precis.rouge.RougeOptions;
import dev.precis.rouge.RougeScorer;
import dev.precis.ingest.ClusterInputs;
import dev.precis.ingest.JsonCodec;
import dev.precis.model.Problem;
import dev.precis.summarize.Budget;
import dev.precis.summarize.Summarizer;
import dev.precis.summarize.QueryRelevance;
import dev.precis.summarize.SentenceScorer;
import dev.precis.learn.HonestScoring;
import dev.precis.learn.ScorerTrainer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precis eval}: ROUGE of methods and outside systems over a dataset, with intervals. */
@Command(
    name = "eval",
    header = "Scores methods and outside systems on a dataset with ROUGE, with intervals.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Summarizes every cluster of a dataset with each method, scores the summaries with ROUGE "
            + "(the numbers of ROUGE-1.5.5) against the clusters' reference summaries, and prints one "
            + "table: per method and metric the mean F with its 95%% bootstrap interval over clusters, "
            + "then mean P and R, in percent. Then, with two or more methods, one of them (--against) "
            + "against each other, paired by cluster: the mean difference in F with its 95%% interval and "
            + "the share of bootstrap resamples in which it is not ahead (near 0: ahead beyond noise; "
            + "about 0.5: alike). Per-cluster summaries and scores go to --out as JSONL.",
        ""},
    footer = {
        "",
        "Examples:",
        "  precis eval ../shared/data/multinews_test_sample/dev.jsonl.gz",
        "  precis eval dev.jsonl.gz --method lead,centroid --words 100 \\",
        "      --rouge \"-n 4 -x -m -l 100 -p 0.5\"",
        "  precis eval dev.jsonl.gz --method centroid --system peer=peer-summaries.jsonl",
        "  precis eval dev.jsonl.gz --method learned,ilp,lead --against ilp",
        "  precis eval dev.jsonl.gz --method learned \\",
        "      --system before=eval-clusters.jsonl#learned",
        "  precis eval dev.jsonl.gz --words 40 --reference-sentences 1 \\",
        "      --rouge \"-n 2 -2 4 -U -l 40 -f A\"",
        "",
        Main.EXIT_CODES,
        "",
        "A --system file has one line per cluster: {\"id\": cluster id, \"summary\": str or [str]}; "
            + "an --out file of an earlier run holds every method's lines: FILE#METHOD picks one."})
final class EvalCommand implements Callable<Integer> {
  /** The protocol of ../shared/anchors.md for Multi-News: F1, stemmed, 300 words. */
  static final String DEFAULT_ROUGE = "-n 2 -2 4 -U -m -l 300 -f A";

  /** How the table is written. */
  enum TableFormat { TEXT, JSON }

  /** The budgets other than a fixed number of words. */
  enum BudgetRule { REFERENCE }

  static final class TableFormats extends EnumNames<TableFormat> {
    TableFormats() {
      super(TableFormat.class);
    }
  }

  static final class BudgetRules extends EnumNames<BudgetRule> {
    BudgetRules() {
      super(BudgetRule.class);
    }
  }

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "DATA", description = "JSONL(.gz) files of clusters with \"summaries\".")
  List<Path> data;

  @Option(names = {"-m", "--method"}, split = ",", paramLabel = "M",
      description = "Methods to run, comma-separated (default: all: ${COMPLETION-CANDIDATES}).",
      completionCandidates = SummaryOptions.MethodNames.class)
  List<String> methods;

  @Option(names = {"-w", "--words"}, paramLabel = "N", defaultValue = "300",
      description = "Summary budget in words (default: ${DEFAULT-VALUE}).")
  int words;

  @Option(names = "--budget", paramLabel = "B",
      description = "'reference': each cluster's budget is its reference's length in words.",
      completionCandidates = BudgetRules.class, converter = BudgetRules.class)
  BudgetRule budget;

  @Option(names = "--rouge", paramLabel = "OPTS", defaultValue = DEFAULT_ROUGE,
      description = "ROUGE-1.5.5 options (default: \"${DEFAULT-VALUE}\").")
  String rouge;

  @Option(names = "--system", paramLabel = "NAME=FILE",
      description = "Also score an outside system's summaries (repeatable); FILE#METHOD takes one"
          + " method's summaries from an earlier run's --out file.")
  Map<String, String> systems = new LinkedHashMap<>();

  @Option(names = {"-f", "--format"}, paramLabel = "F", defaultValue = "text",
      description = "Table as ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      completionCandidates = TableFormats.class, converter = TableFormats.class)
  TableFormat format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Per-cluster summaries and scores, JSONL (default: a new"
          + " eval-clusters-DATE-TIME.jsonl in the working folder, never one that exists).")
  Path out;

  @Option(names = "--threads", paramLabel = "N", description = "Clusters at once (default: the number of cores).")
  Integer threads;

  @Option(names = "--fill", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Let the last sentence run past the budget, to be cut by ROUGE's -l as the"
          + " papers' extractive systems output exactly the budget (default: on; --no-fill turns it off).")
  boolean fill;

  @Option(names = "--model", paramLabel = "FILE",
      description = "The learned method's model as 'precis train' writes it: FILE and its"
          + " FILE.unigrams, FILE.bigrams and FILE.trained-on beside it (default: the shipped one).")
  Path model;

  @Option(names = "--folds", paramLabel = "K", defaultValue = "5",
      description = "Folds for cross-validating the learned method when the data overlaps what"
          + " its model was trained on (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--against", paramLabel = "M",
      description = "The method or --system the others are compared with, paired by cluster"
          + " (default: learned when it runs, else the first method).")
  String against;

  @Option(names = "--reference-sentences", paramLabel = "N", defaultValue = "0",
      description = "Score against only each reference's first N sentences (default: all). A"
          + " Multi-News reference opens with the event in one sentence, the mark for a short"
          + " summary: --words 40 --reference-sentences 1 --rouge \"-n 2 -2 4 -U -l 40 -f A\""
          + " is the WCEP setting. The learned method still trains on whole references.")
  int referenceSentences;

  @Option(names = "--query", paramLabel = "TEXT",
      description = "Bias every method toward a topic, as query-focused tasks (DUC 2005-7) do."
          + " Without it, each cluster's own 'query' (or 'topic') field is its topic.")
  String query;


  @Override
  public Integer call() throws IOException {
    long start = System.nanoTime();
    RougeScorer scorer = new RougeScorer(RougeOptions.parse(rouge));
    int n = Threads.count(threads);
    PrintWriter err = spec.commandLine().getErr();
    // Everything the command line can get wrong is checked before the learned method trains its
    // cross-validation folds, which takes a while.
    List<String> names = new ArrayList<>();
    for (String m : methods == null ? Summarizer.names() : methods) names.add(m.strip());
    List<Summarizer> summarizers = new ArrayList<>();
    for (String m : names) summarizers.add(m.equals("learned") ? null : Summarizer.named(m));
    DatasetEvaluator.BudgetPolicy policy;
    if (budget == null) {
      policy = new DatasetEvaluator.Fixed(Budget.words(words));
    } else {
      policy = switch (budget) {
        case REFERENCE -> new DatasetEvaluator.ReferenceLength();
      };
    }
    if (referenceSentences < 0) {
      throw new IllegalArgumentException("--reference-sentences must be 0 (all) or more, got " + referenceSentences);
    }
    String leader = leader(names);
    // The one request value carries the selector's options and the query, validated where built.
    SummaryRequest request = SummaryRequest.defaults().withBudget(Budget.words(words)).withFill(fill)
        .withQuery(query);
    ProblemLog problems = new ProblemLog(err);
    Map<String, Map<String, List<String>>> outside = new LinkedHashMap<>();
    for (var e : systems.entrySet()) outside.put(e.getKey(), SystemSummaries.read(e.getValue(), problems));
    for (int i = 0; i < summarizers.size(); i++) {
      if (summarizers.get(i) == null) summarizers.set(i, learned(n, err));
    }
    DatasetEvaluator evaluator = new DatasetEvaluator(precis, scorer, summarizers, policy,
        request.selection(), outside, request.query().map(QueryRelevance::new).orElse(null))
        .withReferenceSentences(referenceSentences);
    EvaluationTable table;
    AtomicInteger clusters = new AtomicInteger();
    String[] lastCluster = {null};
    Path target = out == null ? freshOutName() : out;
    Output.refuseInputs(target, data);
    try (Output w = Output.file(target, null);
        ClusterInputs in = ClusterInputs.open(data, problems);
        Progress progress = Progress.on(err, "eval")) {
      table = evaluator.run(in, n, r -> {
        write(w, r);
        // Results come cluster by cluster, every method's in turn: count a cluster at its first.
        if (!r.cluster().equals(lastCluster[0])) {
          lastCluster[0] = r.cluster();
          clusters.incrementAndGet();
          progress.step();
        }
      }, warning -> err.println("warning: " + warning));
      if (clusters.get() == 0) {
        err.println("precis: no cluster to score in " + data + "; nothing written");
        return Main.SKIPPED;
      }
      w.commit();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    PrintWriter o = spec.commandLine().getOut();
    boolean compare = table.methods().size() > 1;
    if (format == TableFormat.JSON) {
      o.println(json(table, compare ? leader : null));
    } else {
      o.print(table.format());
      if (compare) o.print("\n" + table.formatAgainst(leader));
      o.printf(java.util.Locale.ROOT, "ROUGE %s; %d clusters in %.1f s (%.1f clusters/s); per-cluster results in %s%n",
          scorer.options().commandLine(), clusters.get(), seconds, clusters.get() / seconds, target);
    }
    o.flush();
    return problems.exitCode();
  }

  /**
   * Remembers prepared clusters, so that cross-validating the learned method (which prepares every
   * cluster to train its folds) does not compute the embeddings again when the clusters are
   * summarized; about 50,000 sentences (a few hundred MB) at most.
   */
  private final Precis precis = new Precis().remembering(50_000);

  /**
   * The learned method with a model that never saw the clusters it scores: when the data
   * overlaps the model's training set, models trained by cross-validation on the data itself.
   */
  private Summarizer learned(int threads, PrintWriter err) {
    SentenceScorer base = model == null ? SentenceScorer.shipped() : SentenceScorer.load(model);
    HonestScoring.Choice choice = new HonestScoring(
        foldTrainer.apply(precis).withEncoder(base.encoder()), folds, threads)
        .choose(base, () -> ClusterInputs.open(data, p -> {}));
    if (choice.crossValidated()) {
      err.println("learned: " + choice.overlap() + " clusters of the data trained its model, so it is"
          + " scored by " + folds + "-fold cross-validation on the data instead");
    } else {
      err.println("learned: " + (model == null ? "the shipped model" : model.toString()) + " was trained on"
          + " none of these clusters (" + base.trainedOn().size() + " others), so they are a clean test set:"
          + " scored by that model as it is, without cross-validation");
    }
    return Summarizer.learned(choice.scorerFor());
  }

  /**
   * How the folds of the learned method's cross-validation are trained: as the shipped model was.
   * Tests that only check the command's choice give a quicker trainer (fewer boosting rounds).
   */
  java.util.function.Function<Precis, ScorerTrainer> foldTrainer =
      p -> new ScorerTrainer(p, ScorerTrainer.Params.DEFAULT);

  /** eval-clusters-DATE-TIME.jsonl, with a number added when a run of the same second wrote one. */
  static Path freshOutName() {
    String stamp = java.time.LocalDateTime.now().format(
        java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", java.util.Locale.ROOT));
    Path p = Path.of("eval-clusters-" + stamp + ".jsonl");
    for (int i = 2; Files.exists(p) || Files.exists(Output.partialOf(p)); i++) {
      p = Path.of("eval-clusters-" + stamp + "-" + i + ".jsonl");
    }
    return p;
  }

  private static void write(Output w, ClusterScore r) {
    ObjectNode line = JsonCodec.object();
    line.put("id", r.cluster());
    line.put("method", r.method());
    ArrayNode summary = line.putArray("summary");
    r.summary().forEach(summary::add);
    if (r.scores().isPresent()) {
      ObjectNode scores = line.putObject("scores");
      for (var e : r.scores().get().byMetric().entrySet()) {
        Prf prf = e.getValue();
        scores.putObject(e.getKey()).put("R", prf.recall()).put("P", prf.precision()).put("F", prf.f());
      }
    }
    ArrayNode warnings = line.putArray("warnings");
    r.warnings().forEach(warnings::add);
    try {
      w.record(JsonCodec.text(line) + "\n");
    } catch (Output.OutputFailed e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The method the others are compared with: --against if given (it must be a method or system of
   * this run), else learned when it runs, else the first method or system.
   */
  private String leader(List<String> methodNames) {
    List<String> names = new ArrayList<>(methodNames);
    for (String system : systems.keySet()) {
      if (names.contains(system)) {
        throw new IllegalArgumentException("--system name '" + system + "' is also a method of this"
            + " run; give the system another name");
      }
      names.add(system);
    }
    if (against != null) {
      if (!names.contains(against.strip())) {
        throw new IllegalArgumentException("--against '" + against + "' is not run; choose one of "
            + String.join(", ", names));
      }
      return against.strip();
    }
    return names.contains("learned") || names.isEmpty() ? "learned" : names.get(0);
  }

  /**
   * The table as JSON: one object per method; with {@code leader} non-null, each other method's
   * object also holds "against": the leader's name and, per metric, the paired F difference.
   */
  static JsonNode json(EvaluationTable table, String leader) {
    Map<String, EvaluationTable.Comparison> versus = new LinkedHashMap<>();
    if (leader != null) for (var c : table.against(leader)) versus.put(c.method(), c);
    ArrayNode rows = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    for (EvaluationTable.Row row : table.rows()) {
      ObjectNode o = rows.addObject();
      o.put("method", row.method());
      o.put("clusters", row.clusters());
      for (var e : row.cells().entrySet()) {
        ObjectNode m = o.putObject(e.getKey());
        put(m, "F", e.getValue().f());
        put(m, "P", e.getValue().p());
        put(m, "R", e.getValue().r());
      }
      EvaluationTable.Comparison c = versus.get(row.method());
      if (c != null) {
        ObjectNode a = o.putObject("against");
        a.put("method", leader);
        a.put("clusters", c.clusters());
        for (var e : c.differences().entrySet()) {
          PairedDifference d = e.getValue();
          a.putObject(e.getKey()).put("mean", round(d.mean())).put("low", round(d.low()))
              .put("high", round(d.high())).put("notAhead", round(d.notAhead()));
        }
      }
    }
    return rows;
  }

  private static void put(ObjectNode m, String key, dev.precis.eval.BootstrapInterval.Interval i) {
    m.putObject(key).put("mean", round(i.mean())).put("low", round(i.low())).put("high", round(i.high()));
  }

  private static double round(double v) {
    return Math.round(v * 1e4) / 1e4;
  }
}
