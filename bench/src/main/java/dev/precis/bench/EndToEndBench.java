package dev.precis.bench;

import dev.precis.OrderedParallelMap;
import dev.precis.Precis;
import dev.precis.SummaryRequest;
import dev.precis.ingest.ClusterInputs;
import dev.precis.model.Article;
import dev.precis.model.Cluster;
import dev.precis.render.SummaryFormat;
import dev.precis.summarize.Budget;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The end-to-end benchmark of what a user runs: every cluster goes through {@link
 * Precis#summarize(dev.precis.model.Cluster, SummaryRequest)} with the request {@code precis
 * summarize --method M --words W} builds (the language filter and every stage), and its summary
 * is rendered as {@code --format json} renders it. For each set and method it prints one line:
 *
 * <pre>
 * e2e dev centroid w60: 181 clusters (13000 sentences), cpu 1.02 ms/cluster (1 thread), wall 0.61 ms/cluster (2 threads), heap 120 MB
 * </pre>
 *
 * <ul>
 *   <li>cpu: the mean thread CPU time per cluster ({@link ThreadMXBean#getCurrentThreadCpuTime}),
 *       on one thread, after a warm-up pass over the same clusters: robust to the machine's load;
 *   <li>wall: the mean wall time per cluster with all cores ({@code --threads} of {@code precis
 *       summarize} left at its default), after the one-thread pass;
 *   <li>heap: the peak heap used during the all-cores pass (after a collection before it).
 * </ul>
 *
 * <p>The sets, all built from ../shared/data:
 * <ul>
 *   <li>{@code dev}: the 181 Multi-News dev clusters as read (2.6 articles, about 1,650 words);
 *   <li>{@code duc}: DUC 2004's size, 10 articles a cluster: the dev sample's 468 articles in file
 *       order, ten at a time (46 clusters of about 6,400 words; topics mixed across the seams,
 *       which changes what is chosen, not what it costs);
 *   <li>{@code big}: the 1,009 articles of allsides-events/dev.jsonl.gz as one cluster (about
 *       90 words each);
 *   <li>{@code bigplus}: the first 1,000 articles of multinews_plus/val.jsonl.gz as one cluster
 *       (news articles, cut as Multi-News+ cuts them: about 7,000 sentences).
 * </ul>
 *
 * <p>Usage: {@code EndToEndBench [--sets dev,duc,big] [--methods centroid,lexrank,...]
 * [--words N] [--warmup R] [--shared DIR]}. With {@code --sets big} the warm-up is one pass over
 * the dev set, not over the big cluster.
 */
public final class EndToEndBench {
  static final List<String> FAST = List.of("centroid", "lead", "lexrank", "textrank", "submodular",
      "mmr", "kl", "ilp");

  public static void main(String[] args) throws Exception {
    Path shared = Path.of("../shared");
    List<String> sets = List.of("dev", "duc", "big");
    List<String> methods = FAST;
    int words = SummaryRequest.DEFAULT_WORDS;
    int warmup = 2;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--sets" -> sets = List.of(args[++i].split(","));
        case "--methods" -> methods = List.of(args[++i].split(","));
        case "--words" -> words = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--shared" -> shared = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument '" + args[i]
            + "'; usage: EndToEndBench [--sets dev,duc,big,bigplus] [--methods m1,m2] [--words N]"
            + " [--warmup R] [--shared DIR]");
      }
    }
    Path devFile = shared.resolve("data/multinews_test_sample/dev.jsonl.gz");
    List<Cluster> dev = read(devFile);
    int threads = Runtime.getRuntime().availableProcessors();
    for (String set : sets) {
      List<Cluster> clusters = switch (set) {
        case "dev" -> dev;
        case "duc" -> regroup(dev, 10, "duc");
        case "big" -> List.of(oneCluster(read(shared.resolve("data/allsides-events/dev.jsonl.gz")),
            Integer.MAX_VALUE, "allsides-dev"));
        case "bigplus" -> List.of(oneCluster(read(shared.resolve("data/multinews_plus/val.jsonl.gz"),
            1000), 1000, "multinews-plus-val-1000"));
        default -> throw new IllegalArgumentException("unknown set '" + set
            + "'; known: dev, duc, big, bigplus");
      };
      boolean big = set.startsWith("big");
      long sentences = 0;
      Precis counting = new Precis();
      for (Cluster c : clusters) sentences += counting.prepare(c).size();
      for (String method : methods) {
        SummaryRequest request = SummaryRequest.defaults().withMethod(method)
            .withBudget(Budget.words(words));
        Precis precis = new Precis();
        for (int r = 0; r < warmup; r++) runAll(precis, big ? dev : clusters, request, 1);
        double cpu = cpuPerCluster(precis, clusters, request);
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        runAll(precis, clusters, request, threads);
        double wall = (System.nanoTime() - start) / 1e6 / clusters.size();
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.println(String.format(Locale.ROOT,
            "e2e %s %s w%d: %d clusters (%d sentences), cpu %s ms/cluster (1 thread),"
                + " wall %s ms/cluster (%d threads), heap %.0f MB",
            set, method, words, clusters.size(), sentences, figure(cpu), figure(wall), threads,
            peak / 1e6));
      }
    }
  }

  /** Three significant figures, so that lines stay short and comparable. */
  private static String figure(double ms) {
    if (ms >= 100) return String.format(Locale.ROOT, "%.0f", ms);
    if (ms >= 10) return String.format(Locale.ROOT, "%.1f", ms);
    return String.format(Locale.ROOT, "%.2f", ms);
  }

  /** The mean CPU time of this thread per cluster, in milliseconds. */
  private static double cpuPerCluster(Precis precis, List<Cluster> clusters, SummaryRequest request) {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    long total = 0;
    for (Cluster c : clusters) {
      long t0 = bean.getCurrentThreadCpuTime();
      SummaryFormat.JSON.render(precis.summarize(c, request));
      total += bean.getCurrentThreadCpuTime() - t0;
    }
    return total / 1e6 / clusters.size();
  }

  private static void runAll(Precis precis, List<Cluster> clusters, SummaryRequest request,
      int threads) {
    AtomicLong chars = new AtomicLong();
    new OrderedParallelMap<Cluster, String>(threads,
        c -> SummaryFormat.JSON.render(precis.summarize(c, request)))
        .run(clusters.iterator(), s -> chars.addAndGet(s.length()));
  }

  /** The clusters of a file, read as {@code precis summarize FILE} reads them. */
  static List<Cluster> read(Path file) {
    return read(file, Integer.MAX_VALUE);
  }

  /** The clusters of a file until they hold {@code articles} articles. */
  static List<Cluster> read(Path file, int articles) {
    List<Cluster> out = new ArrayList<>();
    int n = 0;
    try (ClusterInputs in = ClusterInputs.open(List.of(file), p -> System.err.println(p))) {
      while (n < articles && in.hasNext()) {
        Cluster c = in.next();
        out.add(c);
        n += c.articles().size();
      }
    }
    return out;
  }

  /** The articles of {@code clusters} in order, {@code size} to a cluster (the last may be short). */
  static List<Cluster> regroup(List<Cluster> clusters, int size, String prefix) {
    List<Article> all = articles(clusters, Integer.MAX_VALUE);
    List<Cluster> out = new ArrayList<>();
    for (int i = 0; i + size <= all.size(); i += size) {
      out.add(new Cluster(prefix + "-" + (i / size + 1), all.subList(i, i + size)));
    }
    return out;
  }

  /** The first {@code max} articles of {@code clusters} as one cluster. */
  static Cluster oneCluster(List<Cluster> clusters, int max, String id) {
    return new Cluster(id, articles(clusters, max));
  }

  /** Articles renamed by their cluster, so that ids stay unique in the new cluster. */
  private static List<Article> articles(List<Cluster> clusters, int max) {
    List<Article> all = new ArrayList<>();
    for (Cluster c : clusters) {
      for (Article a : c.articles()) {
        if (all.size() == max) return all;
        all.add(new Article(c.id() + "/" + a.id(), a.title(), a.text(), a.url(), a.date(), a.lang(),
            a.outlet()));
      }
    }
    return all;
  }
}
