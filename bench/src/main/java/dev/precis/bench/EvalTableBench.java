package dev.precis.bench;

import dev.precis.SummaryRequest;
import dev.precis.Precis;
import dev.precis.eval.DatasetEvaluator;
import dev.precis.eval.EvaluationTable;
import dev.precis.rouge.RougeOptions;
import dev.precis.rouge.RougeScorer;
import dev.precis.ingest.ClusterInputs;
import dev.precis.learn.HonestScoring;
import dev.precis.learn.ScorerTrainer;
import dev.precis.summarize.Budget;
import dev.precis.summarize.SelectionOptions;
import dev.precis.summarize.SentenceScorer;
import dev.precis.summarize.Summarizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The whole quality table as {@code precis eval} makes it (every method, the learned one
 * cross-validated, ROUGE with intervals) on the Multi-News dev sample, timed from start to end:
 * prints the table, then one line with the wall time and clusters per second.
 */
public final class EvalTableBench {
  public static void main(String[] args) {
    List<Path> data = List.of(Path.of(args.length > 0 ? args[0] : "../shared/data/multinews_test_sample/dev.jsonl.gz"));
    int threads = Runtime.getRuntime().availableProcessors();
    long start = System.nanoTime();
    Precis precis = new Precis().remembering(50_000); // as precis eval: the folds' preparation serves the run
    List<Summarizer> methods = new ArrayList<>();
    for (String name : Summarizer.names()) {
      if (!name.equals("learned")) {
        methods.add(Summarizer.named(name));
        continue;
      }
      HonestScoring.Choice choice = new HonestScoring(new ScorerTrainer(precis, ScorerTrainer.Params.DEFAULT), 5, threads)
          .choose(SentenceScorer.shipped(), () -> ClusterInputs.open(data, p -> {}));
      methods.add(Summarizer.learned(choice.scorerFor()));
    }
    DatasetEvaluator evaluator = new DatasetEvaluator(precis,
        new RougeScorer(RougeOptions.parse("-n 2 -2 4 -U -m -l 300 -f A")), methods,
        new DatasetEvaluator.Fixed(Budget.words(300)), SummaryRequest.defaults().withBudget(Budget.words(300)).selection().withFill(true),
        Map.of(), null);
    int[] clusters = {0};
    EvaluationTable table;
    try (ClusterInputs in = ClusterInputs.open(data, p -> System.err.println(p))) {
      table = evaluator.run(in, threads, r -> {
        if (r.method().equals(methods.get(0).name())) clusters[0]++;
      }, w -> {});
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.print(table.format());
    System.out.println(String.format(Locale.ROOT,
        "eval-table methods=%d clusters=%d threads=%d: wall %.1f s, %.2f clusters/s (all methods, learned cross-validated)",
        methods.size(), clusters[0], threads, seconds, clusters[0] / seconds));
  }
}
