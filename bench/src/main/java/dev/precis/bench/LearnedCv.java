package dev.precis.bench;

import dev.precis.Precis;
import dev.precis.eval.DatasetEvaluator;
import dev.precis.eval.EvaluationTable;
import dev.precis.eval.RougeOptions;
import dev.precis.eval.RougeScorer;
import dev.precis.ingest.JsonlClusterReader;
import dev.precis.learn.ScorerTrainer;
import dev.precis.learn.TrainingSet;
import dev.precis.model.Cluster;
import dev.precis.summarize.Budget;
import dev.precis.summarize.LearnedSummarizer;
import dev.precis.summarize.SelectionOptions;
import dev.precis.summarize.SentenceScorer;
import dev.precis.summarize.Summarizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Cross-validated ROUGE of the learned scorer beside the centroid method, for tuning. */
public final class LearnedCv {
  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data/multinews_test_sample/dev.jsonl.gz");
    String objective = args.length > 1 ? args[1] : "rank:pairwise";
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    int depth = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    List<Cluster> clusters = new ArrayList<>();
    try (JsonlClusterReader r = JsonlClusterReader.open(data, p -> System.err.println(p))) {
      r.forEachRemaining(clusters::add);
    }
    Precis precis = new Precis();
    long t0 = System.nanoTime();
    ScorerTrainer trainer = new ScorerTrainer(precis, new ScorerTrainer.Params(rounds, depth, 0.05, objective));
    TrainingSet set = trainer.examples(clusters.iterator(), 2);
    long t1 = System.nanoTime();
    Map<String, SentenceScorer> cv = trainer.crossValidated(set, 5);
    long t2 = System.nanoTime();
    System.err.printf("examples %.1fs (%d sentences), cv training %.1fs%n", (t1 - t0) / 1e9, set.sentences(), (t2 - t1) / 1e9);
    RougeScorer rouge = new RougeScorer(RougeOptions.parse("-n 2 -2 4 -U -m -l 300 -f A"));
    DatasetEvaluator ev = new DatasetEvaluator(precis, rouge,
        List.of(Summarizer.named("centroid"), new LearnedSummarizer(cv::get)),
        new DatasetEvaluator.Fixed(Budget.words(300)), SelectionOptions.of(Budget.words(300)).withFill(Boolean.getBoolean("fill"))
            .withRedundancy(Double.parseDouble(System.getProperty("redundancy", "0.5"))), Map.of(), null);
    EvaluationTable table = ev.run(clusters.iterator(), 2, r -> {}, w -> {});
    System.out.print(table.format());
  }
}
