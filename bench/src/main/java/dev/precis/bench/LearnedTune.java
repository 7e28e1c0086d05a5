package dev.precis.bench;

import dev.precis.summarize.Summarizer;
import dev.precis.SummaryRequest;
import dev.precis.OrderedParallelMap;
import dev.precis.Precis;
import dev.precis.eval.BootstrapInterval;
import dev.precis.rouge.RougeOptions;
import dev.precis.rouge.RougeScorer;
import dev.precis.rouge.RougeScores;
import dev.precis.ingest.JsonlClusterReader;
import dev.precis.learn.ScorerTrainer;
import dev.precis.learn.TrainingSet;
import dev.precis.model.Cluster;
import dev.precis.represent.ClusterText;
import dev.precis.summarize.Budget;
import dev.precis.summarize.SelectionOptions;
import dev.precis.summarize.SentenceScorer;
import dev.precis.text.SentenceSplitter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tuning the learned scorer: prepares every cluster once (embeddings included), then for each
 * learner setting given as {@code rounds:depth:eta:objective} prints the 5-fold cross-validated
 * mean ROUGE-1/2/SU4 F1 at 300 words, so settings are compared on the same folds in one run.
 */
public final class LearnedTune {
  public static void main(String[] args) {
    Path data = Path.of("../shared/data/multinews_test_sample/dev.jsonl.gz");
    List<Cluster> clusters = new ArrayList<>();
    try (JsonlClusterReader r = JsonlClusterReader.open(data, p -> System.err.println(p))) {
      r.forEachRemaining(clusters::add);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Precis precis = new Precis();
    List<ClusterText> texts = new ArrayList<>();
    new OrderedParallelMap<Cluster, ClusterText>(2, c -> {
      ClusterText t = precis.prepare(c);
      t.embeddings();
      return t;
    }).run(clusters.iterator(), texts::add);
    SentenceSplitter splitter = new SentenceSplitter();
    List<List<List<String>>> refs = new ArrayList<>();
    for (Cluster c : clusters) {
      String r = c.references().get(0);
      refs.add(List.of(splitter.split(r).stream().map(s -> s.of(r)).toList()));
    }
    RougeScorer rouge = new RougeScorer(RougeOptions.parse("-n 2 -2 4 -U -m -l 300 -f A"));
    SelectionOptions options = SummaryRequest.defaults().withBudget(Budget.words(300)).selection().withFill(true);
    TrainingSet set = null;
    for (String a : args) {
      String[] p = a.split(":", 4);
      ScorerTrainer trainer = new ScorerTrainer(precis, new ScorerTrainer.Params(
          Integer.parseInt(p[0]), Integer.parseInt(p[1]), Double.parseDouble(p[2]), p[3]));
      if (set == null) {
        List<TrainingSet.Example> ex = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) ex.add(trainer.example(clusters.get(i), texts.get(i)));
        set = new TrainingSet(ex);
      }
      Map<String, SentenceScorer> cv = trainer.crossValidated(set, 5);
      Summarizer learned = Summarizer.learned(cv::get);
      double[][] v = new double[3][clusters.size()];
      for (int i = 0; i < clusters.size(); i++) {
        var s = precis.summarize(texts.get(i), learned, options);
        RougeScores sc = rouge.score(s.sentences().stream().map(x -> x.text()).toList(), refs.get(i));
        v[0][i] = 100 * sc.get("ROUGE-1").f();
        v[1][i] = 100 * sc.get("ROUGE-2").f();
        v[2][i] = 100 * sc.get("ROUGE-SU4").f();
      }
      System.out.println(String.format(Locale.ROOT, "%-32s R1 %.2f  R2 %.2f  SU4 %.2f", a,
          BootstrapInterval.of(v[0]).mean(), BootstrapInterval.of(v[1]).mean(), BootstrapInterval.of(v[2]).mean()));
    }
  }
}
