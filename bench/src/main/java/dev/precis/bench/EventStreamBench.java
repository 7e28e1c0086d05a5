package dev.precis.bench;

import dev.precis.EventRequest;
import dev.precis.Precis;
import dev.precis.cluster.EventGrouper;
import dev.precis.cluster.EventOptions;
import dev.precis.ingest.JsonlClusterReader;
import dev.precis.model.Article;
import dev.precis.model.Cluster;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * The event-stream benchmark: the clusters of a JSONL file (Multi-News+ train by default)
 * flattened into one undated stream, read lazily, grouped by {@link EventGrouper} (embeddings on
 * unless --no-embeddings) in batches as {@code Precis.events} groups them, printing articles per
 * second and the heap in use after a collection every {@code --every} articles, so that a heap
 * that grows with the stream shows; then the first {@code --summaries} articles again through
 * {@code Precis.events}, grouping and summarizing every event.
 *
 * <p>Usage: {@code bench/run EventStreamBench [DATA.jsonl.gz] [--articles N] [--summaries N]
 * [--every N] [--no-embeddings]}
 */
public final class EventStreamBench {
  private EventStreamBench() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of("../shared/data/multinews_plus/train.jsonl.gz");
    long articles = 100_000;
    long summaries = 5_000;
    long every = 20_000;
    boolean embeddings = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--articles" -> articles = Long.parseLong(args[++i]);
        case "--summaries" -> summaries = Long.parseLong(args[++i]);
        case "--every" -> every = Long.parseLong(args[++i]);
        case "--no-embeddings" -> embeddings = false;
        default -> data = Path.of(args[i]);
      }
    }
    EventOptions options = EventOptions.defaults().withEmbeddings(embeddings);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    EventGrouper grouper = new EventGrouper(options, p -> {});
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long events = 0;
    long n = 0;
    long cpuStart = os.getProcessCpuTime();
    long start = System.nanoTime();
    long groupingNanos = 0;
    try (Stream stream = new Stream(data, articles)) {
      List<Article> batch = new ArrayList<>(32);
      while (stream.hasNext()) {
        batch.add(stream.next());
        if (batch.size() < 32 && stream.hasNext()) continue;
        long t = System.nanoTime();
        grouper.addAll(batch);
        events += grouper.drainClosed().size();
        groupingNanos += System.nanoTime() - t;
        long before = n;
        n += batch.size();
        batch.clear();
        if (n / every != before / every) {
          System.gc();
          System.out.printf(Locale.ROOT, "%,d articles: %.0f articles/s grouping, %d open events,"
              + " %,d embedded, heap after GC %d MB%n", n, n / (groupingNanos / 1e9),
              grouper.openEvents(), grouper.embeddedArticles(),
              memory.getHeapMemoryUsage().getUsed() >> 20);
        }
      }
    }
    events += grouper.closeAll().size();
    long embedded = grouper.embeddedArticles();
    double wall = (System.nanoTime() - start) / 1e9;
    double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
    // On a shared machine wall time counts other work too: the process's own CPU time says what
    // the stream costs; articles per CPU-second times the cores is the rate on idle cores.
    System.out.printf(Locale.ROOT, "grouping: %,d articles, %,d events, %.0f articles/s wall"
        + " (%.0f/s with reading), %.0f articles per CPU-second (reading included), embeddings %s"
        + " (%,d articles embedded), %d cores, load average %.1f%n", n, events,
        n / (groupingNanos / 1e9), n / wall, n / cpu, embeddings ? "on" : "off", embedded,
        Runtime.getRuntime().availableProcessors(), os.getSystemLoadAverage());

    long[] summarized = {0, 0};
    long t = System.nanoTime();
    long cpuSummaries = os.getProcessCpuTime();
    try (Stream stream = new Stream(data, summaries)) {
      new Precis().events(() -> stream, EventRequest.defaults().withGrouping(options), p -> {},
          e -> {
            summarized[0]++;
            summarized[1] += e.articles().size();
          });
    }
    double s = (System.nanoTime() - t) / 1e9;
    double sc = (os.getProcessCpuTime() - cpuSummaries) / 1e9;
    System.out.printf(Locale.ROOT, "with summaries (learned, 60 words): %,d articles, %,d events,"
        + " %.0f articles/s wall, %.0f articles per CPU-second, peak heap %d MB%n", summarized[1],
        summarized[0], summarized[1] / s, summarized[1] / sc, peakHeap() >> 20);
  }

  private static long peakHeap() {
    long peak = 0;
    for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
    }
    return peak;
  }

  /** The articles of a cluster file as one lazy stream, renamed so no id names its cluster. */
  private static final class Stream implements Iterator<Article>, AutoCloseable {
    private final JsonlClusterReader reader;
    private final long limit;
    private final java.util.ArrayDeque<Article> pending = new java.util.ArrayDeque<>();
    private long given;

    Stream(Path data, long limit) throws IOException {
      this.reader = JsonlClusterReader.open(data, p -> {});
      this.limit = limit;
    }

    @Override
    public boolean hasNext() {
      while (pending.isEmpty() && given < limit && reader.hasNext()) {
        Cluster c = reader.next();
        for (Article a : c.articles()) {
          pending.add(new Article(String.format("a%07d", given + pending.size() + 1), a.title(),
              a.text()));
        }
      }
      return !pending.isEmpty() && given < limit;
    }

    @Override
    public Article next() {
      if (!hasNext()) throw new NoSuchElementException();
      given++;
      return pending.poll();
    }

    @Override
    public void close() {
      reader.close();
    }
  }
}
