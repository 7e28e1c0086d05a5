package dev.precis.bench;

import dev.precis.SummaryRequest;
import dev.precis.OrderedParallelMap;
import dev.precis.Precis;
import dev.precis.ingest.JsonlClusterReader;
import dev.precis.model.Cluster;
import dev.precis.model.Summary;
import dev.precis.summarize.Budget;
import dev.precis.summarize.SelectionOptions;
import dev.precis.summarize.Summarizer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The end-to-end benchmark: summarizes every cluster of a JSONL file (the 181 Multi-News dev
 * clusters by default) with one method (the default, learned, unless --method says otherwise) on
 * all cores, after a warm-up pass, and prints one line: clusters per second, sentences per
 * second (sentences read, split, analyzed, embedded and scored), mean milliseconds per cluster
 * of wall time, peak heap, and for the learned method the embedding model's own throughput.
 *
 * <p>Usage: {@code EndToEndBench [DATA.jsonl.gz] [--method M] [--words N] [--rounds R]}
 */
public final class EndToEndBench {
  public static void main(String[] args) throws IOException {
    Path data = Path.of("../shared/data/multinews_test_sample/dev.jsonl.gz");
    String method = "learned";
    int words = 300;
    int rounds = 1;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--method" -> method = args[++i];
        case "--words" -> words = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        default -> data = Path.of(args[i]);
      }
    }
    List<Cluster> clusters = new ArrayList<>();
    try (JsonlClusterReader r = JsonlClusterReader.open(data, p -> System.err.println(p))) {
      r.forEachRemaining(clusters::add);
    }
    Precis precis = new Precis();
    Summarizer summarizer = Summarizer.named(method);
    SelectionOptions options = SummaryRequest.defaults().withBudget(Budget.words(words)).selection();
    int threads = Runtime.getRuntime().availableProcessors();
    AtomicLong sentences = new AtomicLong();
    OrderedParallelMap<Cluster, Summary> map = new OrderedParallelMap<>(threads, c -> {
      var text = precis.prepare(c);
      sentences.addAndGet(text.size());
      return precis.summarize(text, summarizer, options);
    });
    map.run(clusters.iterator(), s -> {}); // warm-up
    System.gc();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    sentences.set(0);
    long start = System.nanoTime();
    for (int r = 0; r < rounds; r++) map.run(clusters.iterator(), s -> {});
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    int n = clusters.size() * rounds;
    String embedding = "";
    if (method.equals("learned")) {
      // The embedding model alone: every cluster's sentences in one call each, as the pipeline
      // makes them, on all cores (ONNX Runtime's own threads).
      List<List<String>> texts = new ArrayList<>();
      long count = 0;
      for (Cluster c : clusters) {
        List<String> s = precis.prepare(c).sentences().stream().map(x -> x.text()).toList();
        texts.add(s);
        count += s.size();
      }
      var encoder = dev.precis.represent.embed.SentenceEncoder.shared();
      long e0 = System.nanoTime();
      for (List<String> t : texts) encoder.encode(t);
      double es = (System.nanoTime() - e0) / 1e9;
      embedding = String.format(Locale.ROOT, "; embeddings: %.0f sentences/s", count / es);
    }
    System.out.println(String.format(Locale.ROOT,
        "e2e method=%s words=%d clusters=%d rounds=%d threads=%d: %.1f clusters/s, %.0f sentences/s,"
            + " %.2f ms/cluster, peak heap %.0f MB%s",
        method, words, clusters.size(), rounds, threads, n / seconds, sentences.get() / seconds,
        seconds * 1000 / n, peak / 1e6, embedding));
  }
}
