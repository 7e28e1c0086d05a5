package dev.precis.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.ingest.JsonCodec;
import dev.precis.ingest.JsonlClusterReader;
import dev.precis.model.Article;
import dev.precis.model.Cluster;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load benchmark, on loopback only and bounded in time: starts a server on a fresh embedded
 * store, then for {@code --seconds} posts articles (real ones, streamed from a JSONL cluster
 * file) from {@code --writers} connections in batches of {@code --batch} while {@code --readers}
 * connections read GET /events; prints requests per second, p50 and p99 latency and errors, and
 * checks that the store then holds exactly the articles that were acknowledged.
 *
 * <pre>
 * java -cp server/target/classes:$(cat server/target/classpath.txt) dev.precis.server.LoadBenchmark \
 *     --data ../shared/data/multinews_plus/val.jsonl.gz --seconds 60 --readers 64 --writers 4 --batch 20 \
 *     --wrk true
 * </pre>
 * Grouping uses embeddings unless {@code --embeddings false}, as {@code precis serve} does.
 */
public final class LoadBenchmark {

  private LoadBenchmark() {}

  static final String USAGE = """
      usage: LoadBenchmark [--data FILE] [--seconds N] [--readers N] [--writers N] [--batch N]
                           [--embeddings true|false] [--wrk true|false] [--max-group N]
        --data        a JSONL cluster file (.gz too) whose articles are posted
                      (default ../shared/data/multinews_plus/val.jsonl.gz)
        --seconds     how long to post and read, 1-600 (default 60)
        --readers     connections reading GET /events (default 64)
        --writers     connections posting articles (default 4)
        --batch       articles a post carries, 1-1000 (default 20)
        --embeddings  group with embeddings, as precis serve does (default true)
        --wrk         read with Debian's wrk instead of Java clients (default false)
        --max-group   batches the writer commits in one transaction at most (default 16)
        --help        this text""";

  /** What a run is given. */
  record Flags(Path data, int seconds, int readers, int writers, int batch, boolean embeddings,
      boolean wrk, int maxGroup) {}

  /**
   * The flags of {@code args}, each {@code --name value}.
   *
   * @throws IllegalArgumentException naming the flag and the value at fault
   */
  static Flags parse(String[] args) {
    Path data = Path.of("../shared/data/multinews_plus/val.jsonl.gz");
    int seconds = 60;
    int readers = 64;
    int writers = 4;
    int batch = 20;
    boolean embeddings = true;
    boolean wrk = false;
    int maxGroup = Ingestor.MAX_GROUP;
    for (int i = 0; i < args.length; i += 2) {
      String flag = args[i];
      if (!flag.startsWith("--")) {
        throw new IllegalArgumentException("'" + flag + "' is not a flag; flags are --name value");
      }
      if (i + 1 >= args.length) throw new IllegalArgumentException(flag + ": a value is missing");
      String v = args[i + 1];
      switch (flag) {
        case "--data" -> data = Path.of(v);
        case "--seconds" -> seconds = whole(flag, v, 1, 600);
        case "--readers" -> readers = whole(flag, v, 0, 10_000);
        case "--writers" -> writers = whole(flag, v, 0, 1_000);
        case "--batch" -> batch = whole(flag, v, 1, 1_000);
        case "--embeddings" -> embeddings = bool(flag, v);
        case "--wrk" -> wrk = bool(flag, v);
        case "--max-group" -> maxGroup = whole(flag, v, 1, 1_000);
        default -> throw new IllegalArgumentException("unknown flag '" + flag + "'; known: --data, "
            + "--seconds, --readers, --writers, --batch, --embeddings, --wrk, --max-group, --help");
      }
    }
    if (!Files.isRegularFile(data)) {
      throw new IllegalArgumentException("--data: " + data + " is not a file; give a JSONL cluster file");
    }
    return new Flags(data, seconds, readers, writers, batch, embeddings, wrk, maxGroup);
  }

  private static int whole(String flag, String v, int min, int max) {
    int n;
    try {
      n = Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + ": '" + v + "' is not a whole number");
    }
    if (n < min || n > max) {
      throw new IllegalArgumentException(flag + ": " + n + " is out of range; give " + min + " to " + max);
    }
    return n;
  }

  private static boolean bool(String flag, String v) {
    return switch (v) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException(flag + ": '" + v + "' is not true or false");
    };
  }

  public static void main(String[] args) throws Exception {
    if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
      System.out.println(USAGE);
      return;
    }
    Flags f;
    try {
      f = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("LoadBenchmark: " + e.getMessage() + "\n" + USAGE);
      System.exit(2);
      return;
    }
    Path store = Files.createTempDirectory("precis-load-");
    ServerOptions plain = ServerOptions.defaults().withPort(0).withStore(store.resolve("store").toString());
    ServerOptions o = plain.withGrouping(plain.grouping().withEmbeddings(f.embeddings()));
    System.out.printf("load: load average %.2f before the start (%d processors)%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
    try (PrecisServer server = PrecisServer.start(o, new PrintStream(PrintStream.nullOutputStream()),
        () -> new EventGrouping(o.grouping()), true, f.maxGroup())) {
      System.out.println("load: grouping with embeddings " + (f.embeddings() ? "on (the default of"
          + " precis serve)" : "off (--embeddings false)") + ", at most " + f.maxGroup()
          + " batches a commit");
      run(server, f.data(), f.seconds(), f.readers(), f.writers(), f.batch(), f.wrk());
    }
  }

  /** Latencies of one kind of request, in microseconds, from many threads. */
  static final class Latencies {
    private final List<long[]> parts = new ArrayList<>();
    final AtomicLong errors = new AtomicLong();
    final AtomicLong unavailable = new AtomicLong();

    synchronized void add(long[] part, int n) {
      parts.add(Arrays.copyOf(part, n));
    }

    synchronized long[] sorted() {
      long[] all = parts.stream().flatMapToLong(Arrays::stream).toArray();
      Arrays.sort(all);
      return all;
    }

    static String ms(long[] sorted, double q) {
      if (sorted.length == 0) return "-";
      return String.format("%.1f ms", sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))] / 1000.0);
    }
  }

  static void run(PrecisServer server, Path data, int seconds, int readers, int writers, int batch,
      boolean wrk) throws Exception {
    URI base = server.uri();
    // A server that has run a while has made its first page and compiled its paths: the first
    // answers of a fresh process are left out of the measure.
    HttpClient warm = HttpClient.newHttpClient();
    for (int i = 0; i < 200; i++) {
      warm.send(HttpRequest.newBuilder(base.resolve("events")).GET().build(),
          HttpResponse.BodyHandlers.discarding());
    }
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    Latencies reads = new Latencies();
    Latencies posts = new Latencies();
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicInteger sent = new AtomicInteger();
    JsonlClusterReader clusters = JsonlClusterReader.open(data, p -> {});
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      threads.add(new Thread(() -> {
        HttpClient http = HttpClient.newHttpClient();
        long[] lat = new long[1 << 16];
        int n = 0;
        while (System.nanoTime() < end) {
          List<Article> next = take(clusters, batch);
          if (next.isEmpty()) break;
          StringBuilder body = new StringBuilder();
          for (Article a : next) body.append(json(a)).append('\n');
          long t0 = System.nanoTime();
          try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("articles"))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
            if (n < lat.length) lat[n++] = (System.nanoTime() - t0) / 1000;
            if (r.statusCode() == 200) {
              for (JsonNode x : JsonCodec.parse(r.body()).path("articles")) acknowledged.add(x.path("id").asText());
              sent.addAndGet(next.size());
            } else {
              posts.errors.incrementAndGet();
              if (r.statusCode() == 503) posts.unavailable.incrementAndGet();
            }
          } catch (IOException | InterruptedException e) {
            posts.errors.incrementAndGet();
          }
        }
        posts.add(lat, n);
      }, "writer-" + w));
    }
    Process wrkProcess = null;
    if (wrk) {
      // wrk (Debian's package) reads GET /events from its own connections, costing less CPU than
      // Java clients; its report is parsed below.
      wrkProcess = new ProcessBuilder("wrk", "-t2", "-c" + readers, "-d" + seconds + "s", "--latency",
          base.resolve("events").toString()).redirectErrorStream(true).start();
    }
    for (int r = 0; r < (wrk ? 0 : readers); r++) {
      int reader = r;
      threads.add(new Thread(() -> {
        HttpClient http = HttpClient.newHttpClient();
        long[] lat = new long[1 << 20];
        int n = 0;
        String[] paths = {"events", "events?limit=50", "events?since=2000-01-01", "events?until=2030-01-01"};
        while (System.nanoTime() < end) {
          long t0 = System.nanoTime();
          try {
            HttpResponse<String> resp = http.send(HttpRequest.newBuilder(
                base.resolve(paths[(reader + n) % paths.length])).GET().build(),
                HttpResponse.BodyHandlers.ofString());
            if (n < lat.length) lat[n++] = (System.nanoTime() - t0) / 1000;
            if (resp.statusCode() != 200) reads.errors.incrementAndGet();
          } catch (IOException | InterruptedException e) {
            reads.errors.incrementAndGet();
          }
        }
        reads.add(lat, n);
      }, "reader-" + r));
    }
    long t0 = System.nanoTime();
    long cpu0 = processCpuNanos();
    Map<String, Long> threads0 = cpuByThreadKind();
    long[] ingest0 = server.ingestor().cpuMillis();
    threads.forEach(Thread::start);
    for (Thread t : threads) t.join();
    String wrkReport = "";
    if (wrkProcess != null) {
      wrkReport = new String(wrkProcess.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      wrkProcess.waitFor();
    }
    long left = end - System.nanoTime();
    if (left > 0) Thread.sleep(left / 1_000_000);
    double took = (System.nanoTime() - t0) / 1e9;
    long cpu = processCpuNanos() - cpu0;
    Map<String, Long> byKind = cpuByThreadKind();
    byKind.replaceAll((k, v) -> v - threads0.getOrDefault(k, 0L));
    long[] ingest = server.ingestor().cpuMillis();
    clusters.close();
    long[] r = reads.sorted();
    long[] p = posts.sorted();
    Set<String> stored = new HashSet<>();
    server.store().replay(s -> stored.add(s.article().id()));
    boolean exact = stored.equals(acknowledged);
    if (wrkProcess != null) {
      System.out.println(wrkReport.strip());
      String rps = find(wrkReport, "Requests/sec:\\s+([0-9.]+)");
      String errors = find(wrkReport, "Non-2xx or 3xx responses:\\s+(\\d+)");
      String socket = find(wrkReport, "Socket errors:(.*)");
      System.out.printf("load: GET /events x%d connections (wrk): %s req/s, p50 %s, p99 %s, %s non-2xx%s%n",
          readers, rps, find(wrkReport, "\\s50%\\s+(\\S+)"), find(wrkReport, "\\s99%\\s+(\\S+)"),
          errors.isEmpty() ? "0" : errors, socket.isEmpty() ? "" : ", socket errors:" + socket);
      if (!errors.isEmpty() || !socket.isEmpty()) reads.errors.incrementAndGet();
    }
    System.out.printf("load: %.0f s on loopback; GET /events x%d connections: %d requests, %.0f req/s, "
            + "p50 %s, p99 %s, %d errors; POST /articles x%d connections, %d a batch: %d requests, "
            + "%.0f articles/s, p50 %s, p99 %s, %d errors (%d of them 503); store holds %d articles, "
            + "%d acknowledged: %s; %d summaries made, %d events waiting; ingestion spent %d ms "
            + "placing (reading ahead, embeddings included, runs beside it), %d ms storing%n",
        took, readers, r.length, r.length / took, Latencies.ms(r, 0.5), Latencies.ms(r, 0.99),
        reads.errors.get(), writers, batch, p.length, sent.get() / took, Latencies.ms(p, 0.5),
        Latencies.ms(p, 0.99), posts.errors.get(), posts.unavailable.get(), stored.size(),
        acknowledged.size(), exact ? "exactly what was acknowledged" : "NOT what was acknowledged",
        server.refresher().refreshed(), server.refresher().pending(),
        server.ingestor().busyMillis()[0], server.ingestor().busyMillis()[1]);
    long articles = Math.max(1, server.ingestor().size());
    System.out.printf("load: CPU %.1f s of the process (%.2f cores; with the load generator's Java clients unless --wrk); ingestion: reading ahead %.2f ms of CPU an article (in the requests' threads),"
            + " the one writer %.2f ms an article (placing and storing, %d commits, %.1f batches a"
            + " commit); load average %.2f at the end%n",
        cpu / 1e9, cpu / 1e9 / took, (ingest[0] - ingest0[0]) / (double) articles,
        (ingest[1] - ingest0[1]) / (double) articles, ingest[2] - ingest0[2],
        p.length / (double) Math.max(1, ingest[2] - ingest0[2]),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    StringBuilder kinds = new StringBuilder();
    for (var e : byKind.entrySet()) {
      kinds.append(kinds.length() == 0 ? "" : ", ").append(e.getKey())
          .append(String.format(" %.1f s", e.getValue() / 1e9));
    }
    System.out.println("load: CPU by the server's threads: " + kinds);
    if (!exact || reads.errors.get() + posts.errors.get() > 0) System.exit(1);
  }

  /**
   * CPU time of the server's threads by what they do: reads (precis-http), posts (precis-post:
   * reading ahead and the writer), background summaries (precis-summaries); threads that ended
   * are not counted.
   */
  private static Map<String, Long> cpuByThreadKind() {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Map<String, Long> out = new TreeMap<>(Map.of("reads", 0L, "posts", 0L, "summaries", 0L));
    if (!mx.isThreadCpuTimeSupported()) return out;
    for (ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
      if (t == null) continue;
      String name = t.getThreadName();
      String kind = name.startsWith("precis-http-") ? "reads" : name.startsWith("precis-post-") ? "posts"
          : name.startsWith("precis-summaries-") ? "summaries" : null;
      long ns = kind == null ? -1 : mx.getThreadCpuTime(t.getThreadId());
      if (ns > 0) out.merge(kind, ns, Long::sum);
    }
    return out;
  }

  /** The CPU time of this process, or 0 where the JVM does not tell it. */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
  }

  private static String find(String text, String regex) {
    var m = java.util.regex.Pattern.compile(regex).matcher(text);
    return m.find() ? m.group(1).strip() : "";
  }

  private static synchronized List<Article> take(JsonlClusterReader clusters, int n) {
    List<Article> out = new ArrayList<>();
    while (out.size() < n && clusters.hasNext()) {
      Cluster c = clusters.next();
      out.addAll(c.articles());
    }
    return out;
  }

  private static String json(Article a) {
    ObjectNode o = JsonCodec.object();
    o.put("id", a.id()).put("title", a.title()).put("text", a.text());
    if (!a.date().isEmpty()) o.put("date", a.date());
    if (!a.outlet().isEmpty()) o.put("outlet", a.outlet());
    return JsonCodec.text(o);
  }
}
