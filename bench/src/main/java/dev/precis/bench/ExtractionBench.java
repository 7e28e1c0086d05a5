package dev.precis.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.ingest.JsonCodec;
import dev.precis.ingest.warc.WarcArticleReader;
import dev.precis.ingest.warc.WarcBuilder;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * End-to-end extraction speed: builds a WARC.gz of at least N response records from the
 * benchmark's pages (repeated), then streams it through {@link WarcArticleReader} and prints one
 * line: records, articles, seconds, pages per second and the peak heap.
 *
 * <p>Usage: {@code ExtractionBench [BENCH_DIR] [RECORDS]}, defaults
 * {@code ../shared/data/article-extraction} and 1340 (ten rounds of the 134 pages).
 */
public final class ExtractionBench {
  private ExtractionBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/article-extraction");
    int records = args.length > 1 ? Integer.parseInt(args[1]) : 1340;
    JsonNode truth;
    try (InputStream in = Files.newInputStream(dir.resolve("ground-truth.json"))) {
      truth = JsonCodec.parse(in);
    }
    Path warc = Files.createTempFile("precis-bench", ".warc.gz");
    try {
      try (WarcBuilder b = new WarcBuilder(warc)) {
        List<String> ids = new ArrayList<>();
        truth.fieldNames().forEachRemaining(ids::add);
        for (int i = 0; i < records; i++) {
          String id = ids.get(i % ids.size());
          try (InputStream in = new GZIPInputStream(
              Files.newInputStream(dir.resolve("html").resolve(id + ".html.gz")))) {
            b.add(truth.get(id).get("url").asText(), in.readAllBytes());
          }
        }
      }
      WarcArticleReader reader = new WarcArticleReader();
      reader.read(warc, a -> {}, p -> {}); // warm-up pass, so the JIT has compiled the hot paths
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
      long[] articles = {0};
      java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      reader.read(warc, a -> articles[0]++, p -> {});
      double seconds = (System.nanoTime() - t0) / 1e9;
      double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
      }
      System.out.printf(Locale.ROOT,
          "extraction: %d WARC records (%.1f MB gz), %d articles, %.2f s, %.1f pages/s, peak heap %d MB;"
              + " reading thread's CPU %.2f s, %.1f pages per CPU second%n",
          records, Files.size(warc) / 1e6, articles[0], seconds, records / seconds, peak >> 20,
          cpu, records / cpu);
    } finally {
      Files.deleteIfExists(warc);
    }
  }

}
