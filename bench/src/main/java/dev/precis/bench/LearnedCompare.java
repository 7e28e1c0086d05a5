package dev.precis.bench;

import dev.precis.OrderedParallelMap;
import dev.precis.Precis;
import dev.precis.eval.BootstrapInterval;
import dev.precis.eval.PairedDifference;
import dev.precis.SummaryRequest;
import dev.precis.ingest.JsonlClusterReader;
import dev.precis.model.Cluster;
import dev.precis.represent.ClusterText;
import dev.precis.rouge.RougeOptions;
import dev.precis.rouge.RougeScorer;
import dev.precis.rouge.RougeScores;
import dev.precis.summarize.Budget;
import dev.precis.summarize.Summarizer;
import dev.precis.summarize.SelectionOptions;
import dev.precis.summarize.SentenceScorer;
import dev.precis.text.SentenceSplitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares trained models of the learned method on one dataset, the clusters prepared once
 * (embeddings included) for all of them: {@code bench/run LearnedCompare DATA MODEL...}, a model
 * being a file as {@code precis train} writes it or {@code shipped}. Prints each model's mean
 * ROUGE-1/2/SU4 F1 at 300 words (the eval protocol) with its 95% bootstrap interval, and each
 * model after the first minus the first, paired by cluster. For choosing among models trained on
 * other data; {@code precis eval} gives the figures to quote.
 *
 * <p>Options before DATA: {@code --words N} and {@code --rouge "OPTIONS"} (ROUGE-1.5.5 options;
 * default {@code -n 2 -2 4 -U -m -l N -f A}), {@code --recall} to print recall instead of F,
 * {@code --duc} to add each model's recall at DUC 2004's settings (100 words), {@code --watch DIR}
 * to go on comparing every model that a training run writes into DIR later.
 */
public final class LearnedCompare {
  public static void main(String[] args) {
    int words = 300;
    String rougeOptions = null;
    boolean recall = false;
    boolean duc = false;
    Path watch = null;
    int a = 0;
    while (a < args.length && args[a].startsWith("--")) {
      switch (args[a]) {
        case "--words" -> words = Integer.parseInt(args[++a]);
        case "--rouge" -> rougeOptions = args[++a];
        case "--recall" -> recall = true;
        case "--duc" -> duc = true;
        case "--watch" -> watch = Path.of(args[++a]);
        default -> throw new IllegalArgumentException("unknown option " + args[a]);
      }
      a++;
    }
    if (args.length - a < 2) {
      throw new IllegalArgumentException("usage: LearnedCompare [--words N] [--rouge OPTS] [--recall] DATA MODEL...");
    }
    Path data = Path.of(args[a++]);
    List<String> names = new ArrayList<>();
    for (; a < args.length; a++) names.add(args[a]);
    List<Cluster> clusters = new ArrayList<>();
    try (JsonlClusterReader r = JsonlClusterReader.open(data, p -> System.err.println(p))) {
      r.forEachRemaining(clusters::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long t0 = System.nanoTime();
    Precis precis = new Precis();
    List<ClusterText> texts = new ArrayList<>();
    new OrderedParallelMap<Cluster, ClusterText>(2, c -> {
      ClusterText t = precis.prepare(c);
      t.embeddings();
      return t;
    }).run(clusters.iterator(), texts::add);
    System.err.printf(Locale.ROOT, "%d clusters prepared in %.0f s%n", texts.size(), (System.nanoTime() - t0) / 1e9);
    // Models are read after the clusters are prepared, so a run can start while they still train.
    List<SentenceScorer> models = new ArrayList<>();
    for (String name : names) models.add(name.equals("shipped") ? SentenceScorer.shipped() : await(Path.of(name)));
    SentenceSplitter splitter = new SentenceSplitter();
    List<List<List<String>>> refs = new ArrayList<>();
    for (Cluster c : clusters) {
      List<List<String>> rs = new ArrayList<>();
      for (String r : c.references()) rs.add(splitter.split(r).stream().map(s -> s.of(r)).toList());
      refs.add(rs);
    }
    String f300 = rougeOptions == null ? "-n 2 -2 4 -U -m -l " + words + " -f A" : rougeOptions;
    List<double[][]> first = new ArrayList<>();
    for (int m = 0; m < models.size(); m++) {
      first.add(report(names.get(m), models.get(m), precis, texts, refs, f300, words, recall, m == 0 ? null : first.get(0)));
    }
    List<double[][]> base = new ArrayList<>();
    if (duc) {
      System.out.println("DUC 2004 settings, recall, 100 words (-n 4 -x -m -l 100 -p 0.5 -f A):");
      for (int m = 0; m < models.size(); m++) {
        base.add(report(names.get(m), models.get(m), precis, texts, refs, DUC, 100, true,
            m == 0 ? null : base.get(0)));
      }
    }
    if (watch == null) return;
    // Every model that appears in the folder later is compared with the first, until the run is stopped.
    java.util.Set<Path> seen = new java.util.HashSet<>();
    while (true) {
      try (var files = java.nio.file.Files.list(watch)) {
        for (Path done : files.sorted().toList()) {
          String f = done.getFileName().toString();
          if (!f.endsWith(SentenceScorer.TRAINED_ON_SUFFIX)) continue;
          Path model = done.resolveSibling(f.substring(0, f.length() - SentenceScorer.TRAINED_ON_SUFFIX.length()));
          if (!seen.add(model)) continue;
          SentenceScorer m = SentenceScorer.load(model);
          report(model.toString(), m, precis, texts, refs, f300, words, recall, first.get(0));
          if (duc) report(model + " (DUC)", m, precis, texts, refs, DUC, 100, true, base.get(0));
        }
        Thread.sleep(10_000);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static final String DUC = "-n 4 -x -m -l 100 -p 0.5 -f A";

  private static final String[] METRICS = {"ROUGE-1", "ROUGE-2", "ROUGE-SU4"};

  private static double[][] report(String name, SentenceScorer model, Precis precis, List<ClusterText> texts,
      List<List<List<String>>> refs, String rougeOptions, int words, boolean recall, double[][] against) {
    RougeScorer rouge = new RougeScorer(RougeOptions.parse(rougeOptions));
    SelectionOptions options = SummaryRequest.defaults().withBudget(Budget.words(words)).selection().withFill(true);
    String[] metrics = rougeOptions.contains("-U") ? METRICS : new String[] {"ROUGE-1", "ROUGE-2"};
    double[][] out = new double[metrics.length][texts.size()];
    Summarizer learned = Summarizer.learned(id -> model);
    List<Integer> index = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) index.add(i);
    List<double[]> rows = new ArrayList<>();
    new OrderedParallelMap<Integer, double[]>(2, i -> {
      var s = precis.summarize(texts.get(i), learned, options);
      RougeScores sc = rouge.score(s.sentences().stream().map(x -> x.text()).toList(), refs.get(i));
      double[] row = new double[metrics.length];
      for (int k = 0; k < metrics.length; k++) {
        var prf = sc.get(metrics[k]);
        row[k] = 100 * (recall ? prf.recall() : prf.f());
      }
      return row;
    }).run(index.iterator(), rows::add);
    for (int i = 0; i < rows.size(); i++) for (int k = 0; k < metrics.length; k++) out[k][i] = rows.get(i)[k];
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-44s", name));
    for (int k = 0; k < metrics.length; k++) {
      var ci = BootstrapInterval.of(out[k]);
      line.append(String.format(Locale.ROOT, "  %s %.2f [%.2f, %.2f]", metrics[k].substring(6), ci.mean(),
          ci.low(), ci.high()));
    }
    if (against != null) {
      line.append("  | minus first:");
      for (int k = 0; k < metrics.length; k++) {
        PairedDifference d = PairedDifference.of(out[k], against[k]);
        line.append(String.format(Locale.ROOT, " %+.2f [%+.2f, %+.2f] (%.3f)", d.mean(), d.low(), d.high(),
            d.notAhead()));
      }
    }
    System.out.println(line);
    System.out.flush();
    return out;
  }

  /** The model in {@code file}, waiting (up to an hour) for a training run to finish writing it. */
  private static SentenceScorer await(Path file) {
    Path last = file.resolveSibling(file.getFileName() + SentenceScorer.TRAINED_ON_SUFFIX);
    for (int i = 0; i < 720 && !java.nio.file.Files.exists(last); i++) {
      try {
        Thread.sleep(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return SentenceScorer.load(file);
  }
}
