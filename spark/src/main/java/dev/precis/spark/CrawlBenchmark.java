package dev.precis.spark;

import dev.precis.EventRequest;
import dev.precis.Precis;
import dev.precis.SummaryRequest;
import dev.precis.cluster.ArticleDay;
import dev.precis.ingest.warc.WarcArticleReader;
import dev.precis.model.Article;
import dev.precis.model.Event;
import dev.precis.text.lang.LanguageDetector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The end-to-end benchmark: articles per second per core through the whole job on a Common Crawl
 * News-shaped WARC.gz built from the data pages ({@link NewsWarc}: the AllSides stream with
 * republished wire copies, the extraction set's real pages, images), against the single-machine
 * path on the same file in the same run (read and extract as `precis extract` does, then {@link
 * Precis#events} over the whole stream in time order). Also tells how far the job's events and
 * stories agree with the single machine's events (B-cubed F1 over the articles).
 *
 * <p>{@code spark/run bench [--work DIR] [--files N]}: N splits the same records over N WARC
 * files (a day of CC-NEWS is dozens), so the reading stage has N tasks.
 */
public final class CrawlBenchmark {
  private CrawlBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(arg(args, "--work", "target/crawl-benchmark"));
    int files = Integer.parseInt(arg(args, "--files", "1"));
    Path shared = Path.of(arg(args, "--shared", "../shared"));
    Files.createDirectories(work);
    List<NewsWarc.Page> pages = pages(shared);
    List<Path> warcs = new ArrayList<>();
    long records = 0;
    for (int f = 0; f < files; f++) {
      List<NewsWarc.Page> part = new ArrayList<>();
      for (int i = f; i < pages.size(); i += files) part.add(pages.get(i));
      Path warc = work.resolve(String.format("CC-NEWS-bench-%05d.warc.gz", f));
      records += NewsWarc.write(warc, part);
      warcs.add(warc);
    }
    int cores = Runtime.getRuntime().availableProcessors();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    EventSettings settings = new EventSettings(SummaryRequest.DEFAULT_METHOD,
        SummaryRequest.DEFAULT_WORDS, "en", today);
    System.out.printf("input: %d records in %d WARC.gz file(s), %d cores%n", records, files, cores);

    long t0 = System.nanoTime();
    List<Event> single = singleMachine(warcs, settings.request());
    double singleSeconds = (System.nanoTime() - t0) / 1e9;
    long singleArticles = single.stream().mapToLong(e -> e.articles().size()).sum();
    report("single machine (extract + Precis.events)", singleArticles, singleSeconds, cores);

    long s0 = System.nanoTime();
    SparkSession spark = SparkJob.session();
    double startup = (System.nanoTime() - s0) / 1e9;
    Path out = work.resolve("out-" + System.currentTimeMillis());
    JobOptions options = new JobOptions(warcs.stream().map(Path::toString).toList(), "",
        out.toString(), JobOutput.Format.PARQUET, "en", DayRange.all(),
        SummaryRequest.defaults(), today);
    long j0 = System.nanoTime();
    JobReport job = new CrawlJob(spark, options).run(options.inputs());
    double jobSeconds = (System.nanoTime() - j0) / 1e9;
    report("spark local[*] (whole job, session start " + String.format("%.1f s", startup)
        + " not counted)", job.articles(), jobSeconds, cores);

    Map<String, String> singleEvent = new HashMap<>();
    for (Event e : single) for (Article a : e.articles()) singleEvent.put(a.id(), e.id());
    Map<String, String> sparkEvent = new HashMap<>();
    Map<String, String> sparkStory = new HashMap<>();
    for (Row r : spark.read().parquet(out.resolve("events").toString()).collectAsList()) {
      for (Object id : r.getList(r.fieldIndex("articles"))) {
        sparkEvent.put((String) id, r.getAs("id"));
        sparkStory.put((String) id, r.getAs("story"));
      }
    }
    System.out.printf("agreement with the single machine's events, B-cubed F1: spark events %.3f,"
        + " spark stories %.3f (%d / %d / %d groups)%n", bcubedF1(sparkEvent, singleEvent),
        bcubedF1(sparkStory, singleEvent), new HashSet<>(singleEvent.values()).size(),
        new HashSet<>(sparkEvent.values()).size(), new HashSet<>(sparkStory.values()).size());
    spark.stop();
  }

  private static List<NewsWarc.Page> pages(Path shared) {
    List<NewsWarc.Page> news = NewsWarc.allsides(shared, Integer.MAX_VALUE, 5);
    List<NewsWarc.Page> real = NewsWarc.extractionPages(shared, Integer.MAX_VALUE);
    // A crawl's order: mostly the news as it came, other pages and images in between.
    List<NewsWarc.Page> pages = new ArrayList<>();
    int r = 0;
    for (int i = 0; i < news.size(); i++) {
      pages.add(news.get(i));
      if (i % 9 == 4 && r < real.size()) pages.add(real.get(r++));
      if (i % 60 == 30) pages.add(NewsWarc.image(i));
    }
    while (r < real.size()) pages.add(real.get(r++));
    return pages;
  }

  /** As `precis extract` then `precis events` on one machine: one stream, in time order. */
  private static List<Event> singleMachine(List<Path> warcs, EventRequest request) {
    LanguageDetector detector = LanguageDetector.shared();
    WarcArticleReader reader = new WarcArticleReader();
    List<Article> articles = new ArrayList<>();
    for (Path w : warcs) {
      reader.read(w, a -> {
        Article tagged = a.withLang(detector.detect(a.text()));
        if (tagged.lang().isEmpty() || tagged.lang().equals("en")) articles.add(tagged);
      }, p -> {});
    }
    articles.sort(Comparator.comparingLong(a -> ArticleDay.instant(a.date())
        .map(Instant::toEpochMilli).orElse(JobRows.UNDATED)));
    return new Precis().events(articles, request, p -> {});
  }

  private static void report(String what, long articles, double seconds, int cores) {
    System.out.printf("%s: %d articles in %.1f s = %.1f articles/s, %.1f articles/s per core%n",
        what, articles, seconds, articles / seconds, articles / seconds / cores);
  }

  /** B-cubed F1 of {@code found} against {@code gold}, over the articles both hold. */
  static double bcubedF1(Map<String, String> found, Map<String, String> gold) {
    Map<String, Set<String>> byFound = new HashMap<>();
    Map<String, Set<String>> byGold = new HashMap<>();
    for (String id : found.keySet()) {
      if (!gold.containsKey(id)) continue;
      byFound.computeIfAbsent(found.get(id), k -> new HashSet<>()).add(id);
      byGold.computeIfAbsent(gold.get(id), k -> new HashSet<>()).add(id);
    }
    double p = 0, r = 0;
    int n = 0;
    for (String id : found.keySet()) {
      if (!gold.containsKey(id)) continue;
      Set<String> f = byFound.get(found.get(id));
      Set<String> g = byGold.get(gold.get(id));
      long both = f.stream().filter(g::contains).count();
      p += (double) both / f.size();
      r += (double) both / g.size();
      n++;
    }
    if (n == 0) return 0;
    p /= n;
    r /= n;
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static String arg(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) if (args[i].equals(name)) return args[i + 1];
    return fallback;
  }
}
