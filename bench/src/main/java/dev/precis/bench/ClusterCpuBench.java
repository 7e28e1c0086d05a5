package dev.precis.bench;

import dev.precis.Precis;
import dev.precis.SummaryRequest;
import dev.precis.ingest.JsonlClusterReader;
import dev.precis.model.Cluster;
import dev.precis.summarize.Budget;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CPU per cluster of what {@code precis summarize FILE --threads 1} runs ({@code
 * Precis.summarize(Cluster, SummaryRequest)}, the language filter and the whole pipeline), on
 * one thread after warm-up passes: the process's CPU time (the JVM's compiler and collector and
 * any native worker threads included) and the summarizing thread's own, then wall time, per
 * cluster. On a shared machine wall time counts other work too; CPU time does not.
 *
 * <p>Usage: {@code bench/run ClusterCpuBench [DATA.jsonl(.gz)] [--method M] [--words N]
 * [--warmup PASSES]} (default: the 181 Multi-News dev clusters, learned, 300 words, 2 passes).
 */
public final class ClusterCpuBench {
  private ClusterCpuBench() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of("../shared/data/multinews_test_sample/dev.jsonl.gz");
    String method = "learned";
    int words = 300;
    int warmup = 2;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--method" -> method = args[++i];
        case "--words" -> words = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        default -> data = Path.of(args[i]);
      }
    }
    List<Cluster> clusters = new ArrayList<>();
    try (JsonlClusterReader r = JsonlClusterReader.open(data, p -> {})) {
      r.forEachRemaining(clusters::add);
    }
    Precis precis = new Precis();
    SummaryRequest request = SummaryRequest.defaults().withMethod(method).withBudget(Budget.words(words));
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    var threads = ManagementFactory.getThreadMXBean();
    for (int w = 0; w < warmup; w++) for (Cluster c : clusters) precis.summarize(c, request);
    System.gc();
    long process = os.getProcessCpuTime();
    long thread = threads.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    for (Cluster c : clusters) precis.summarize(c, request);
    double n = clusters.size();
    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "cluster-cpu method=%s words=%d clusters=%d warm-up=%d, one thread:"
            + " %.1f ms CPU/cluster (process), %.1f ms (summarizing thread), %.1f ms wall/cluster,"
            + " heap in use %d MB, load average %.1f%n", method, words, clusters.size(), warmup,
        (os.getProcessCpuTime() - process) / 1e6 / n, (threads.getCurrentThreadCpuTime() - thread) / 1e6 / n,
        (System.nanoTime() - wall) / 1e6 / n, (rt.totalMemory() - rt.freeMemory()) >> 20,
        os.getSystemLoadAverage());
  }
}
