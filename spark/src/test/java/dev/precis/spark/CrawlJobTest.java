package dev.precis.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.cli.Main;
import dev.precis.EventRequest;
import dev.precis.Precis;
import dev.precis.SummaryRequest;
import dev.precis.cluster.ArticleDay;
import dev.precis.cluster.EventOptions;
import dev.precis.cluster.StoryLinker;
import dev.precis.model.Article;
import dev.precis.model.Event;
import dev.precis.render.SummaryFormat;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The job in local[2] on a WARC built from the data pages: its articles are those `precis
 * extract` writes for the same file, and its output reads back with spark.read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrawlJobTest {
  static final Path SHARED = Path.of(System.getProperty("precis.shared", "../../shared"));
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String METHOD = "centroid";
  @TempDir static Path tmp;
  private SparkSession spark;
  private Path warc;
  private Path parquet;
  private int exit;
  private String err;

  @BeforeAll
  void runTheJobOnce() {
    spark = SparkSession.builder().master("local[2]").appName("precis-test")
        .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
    List<NewsWarc.Page> pages = new ArrayList<>(NewsWarc.allsides(SHARED, 9, 5));
    pages.add(NewsWarc.image(1));
    pages.addAll(NewsWarc.extractionPages(SHARED, 4));
    warc = tmp.resolve("CC-NEWS-20210422.warc.gz");
    NewsWarc.write(warc, pages);
    parquet = tmp.resolve("out");
    StringWriter e = new StringWriter();
    // centroid: the job's summaries are checked against Precis.events with the same request, and
    // the learned method would cost the test most of its time in its embedding model.
    exit = job(e).execute("--input", warc.toString(), "--out", parquet.toString(), "--method", METHOD);
    err = e.toString();
  }

  @AfterAll
  void stop() {
    spark.stop();
  }

  private CommandLine job(StringWriter e) {
    CommandLine line = new CommandLine(new SparkJob(spark));
    line.setErr(new PrintWriter(e, true));
    return line;
  }

  /** What `precis extract` writes for the WARC, by article id. */
  private Map<String, JsonNode> extracted() throws IOException {
    Path lines = tmp.resolve("extract.jsonl");
    if (!Files.exists(lines)) Main.commandLine().execute("extract", warc.toString(), "--out", lines.toString());
    Map<String, JsonNode> byId = new TreeMap<>();
    order.clear();
    for (String l : Files.readAllLines(lines)) {
      JsonNode n = JSON.readTree(l);
      byId.put(n.get("id").asText(), n);
      order.add(n.get("id").asText());
    }
    return byId;
  }

  /** The ids of the articles `precis extract` wrote, in its order (the WARC's). */
  private final List<String> order = new ArrayList<>();

  @Test
  void theArticlesAreThoseExtractWritesForTheSameRecords() throws IOException {
    Map<String, JsonNode> expected = extracted();
    List<Row> rows = spark.read().parquet(parquet.resolve("articles").toString()).collectAsList();
    Map<String, Row> byId = new TreeMap<>();
    for (Row r : rows) byId.put(r.getAs("id"), r);
    assertThat(byId.keySet()).isEqualTo(expected.keySet()).hasSizeGreaterThan(20);
    for (var e : expected.entrySet()) {
      Row r = byId.get(e.getKey());
      for (String field : List.of("title", "text", "date", "url", "lang", "outlet")) {
        assertThat((String) r.getAs(field)).as(e.getKey() + " " + field)
            .isEqualTo(e.getValue().get(field).asText());
      }
    }
  }

  /** The articles `precis extract` wrote, as the stream a single machine groups: in time order. */
  private List<Article> stream() throws IOException {
    List<JsonNode> lines = new ArrayList<>(extracted().values());
    lines.sort(java.util.Comparator.comparingInt(n -> order.indexOf(n.get("id").asText())));
    List<Article> out = new ArrayList<>();
    for (JsonNode n : lines) {
      out.add(new Article(n.get("id").asText(), n.get("title").asText(), n.get("text").asText(),
          n.get("url").asText(), n.get("date").asText(), n.get("lang").asText(), n.get("outlet").asText()));
    }
    out.sort(java.util.Comparator.comparingLong(a -> ArticleDay.instant(a.date())
        .map(java.time.Instant::toEpochMilli).orElse(Long.MAX_VALUE)));
    return out;
  }

  @Test
  void eachDaysEventsAndSummariesAreThoseOfPrecisEventsOnThatDaysArticles() throws IOException {
    Map<String, List<Article>> byDay = new TreeMap<>();
    for (Article a : stream()) {
      byDay.computeIfAbsent(ArticleDay.day(a.date()).map(Object::toString).orElse(""),
          d -> new ArrayList<>()).add(a);
    }
    assertThat(byDay).hasSizeGreaterThan(2);
    EventRequest request = new EventSettings(METHOD,
        SummaryRequest.DEFAULT_WORDS, "en", LocalDate.now(ZoneOffset.UTC)).request();
    Precis precis = new Precis();
    Map<String, List<String>> expected = new TreeMap<>();
    StoryLinker linker = new StoryLinker(EventOptions.DEFAULT_STORY_DAYS);
    for (var day : byDay.entrySet()) {
      for (Event e : precis.events(day.getValue(), request, p -> {})) {
        expected.put(e.id(), List.of(day.getKey(), linker.link(e).story(),
            e.articles().stream().map(Article::id).toList().toString(),
            SummaryFormat.JSON.render(e.summary().get()).strip()));
      }
    }
    Map<String, List<String>> actual = new TreeMap<>();
    for (Row r : spark.read().parquet(parquet.resolve("events").toString()).collectAsList()) {
      actual.put(r.getAs("id"), List.of(r.getAs("day"), r.getAs("story"),
          r.getList(r.fieldIndex("articles")).toString(), r.getAs("summary")));
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.values()).anySatisfy(e -> assertThat(e.get(2)).contains(","));
  }

  @Test
  void aRepublishedWireStoryIsInTheGroupOfItsOriginal() {
    var articles = spark.read().parquet(parquet.resolve("articles").toString());
    List<Row> copies = articles.filter("url like 'https://news.example.org/wire/%'").collectAsList();
    assertThat(copies).hasSizeGreaterThan(3);
    for (Row copy : copies) {
      List<Row> original = articles.filter(articles.col("title").equalTo(copy.getAs("title"))
          .and(articles.col("url").notEqual(copy.getAs("url")))).collectAsList();
      assertThat(original).isNotEmpty();
      assertThat(original).allSatisfy(o ->
          assertThat((String) o.getAs("duplicates")).isEqualTo(copy.getAs("duplicates")));
    }
  }

  @Test
  void jsonLinesOfOneDayHoldTheParquetColumnsAndTheSummaryAsAnObject() throws IOException {
    var articles = spark.read().parquet(parquet.resolve("articles").toString());
    String day = articles.groupBy("day").count().orderBy(org.apache.spark.sql.functions.desc("count"), 
        org.apache.spark.sql.functions.col("day")).first().getAs("day");
    Path json = tmp.resolve("json");
    StringWriter e = new StringWriter();
    int code = job(e).execute("--input", warc.toString(), "--out", json.toString(), "--format", "json",
        "--from", day, "--to", day, "--method", METHOD);
    assertThat(code).isEqualTo(1);
    assertThat(e.toString()).containsPattern("left out \\d+ outside --from/--to");

    Map<String, Row> parquetEvents = new TreeMap<>();
    for (Row r : spark.read().parquet(parquet.resolve("events").toString()).filter("day = '" + day + "'")
        .collectAsList()) {
      parquetEvents.put(r.getAs("id"), r);
    }
    Map<String, JsonNode> jsonEvents = new TreeMap<>();
    for (String line : lines(json.resolve("events"))) {
      JsonNode n = JSON.readTree(line);
      jsonEvents.put(n.get("id").asText(), n);
    }
    assertThat(jsonEvents.keySet()).isEqualTo(parquetEvents.keySet()).isNotEmpty();
    for (var n : jsonEvents.entrySet()) {
      Row r = parquetEvents.get(n.getKey());
      assertThat(n.getValue().get("summary").isObject()).isTrue();
      assertThat(n.getValue().get("summary")).isEqualTo(JSON.readTree((String) r.getAs("summary")));
      assertThat(n.getValue().get("story").asText()).isEqualTo(r.getAs("story"));
    }
    List<String> dayIds = articles.filter("day = '" + day + "'").select("id").as(
        org.apache.spark.sql.Encoders.STRING()).collectAsList();
    List<String> jsonIds = lines(json.resolve("articles")).stream()
        .map(l -> { try { return JSON.readTree(l).get("id").asText(); } catch (IOException x) { throw new java.io.UncheckedIOException(x); } })
        .toList();
    assertThat(jsonIds).containsExactlyInAnyOrderElementsOf(dayIds);
  }

  private static List<String> lines(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
        out.addAll(Files.readAllLines(f));
      }
    }
    return out;
  }

  @Test
  void aWrongFormatIsRefusedWithTheValueAndTheChoices() {
    StringWriter e = new StringWriter();
    int code = job(e).execute("--input", warc.toString(), "--out", tmp.resolve("x").toString(),
        "--format", "xml");
    assertThat(code).isEqualTo(2);
    assertThat(e.toString()).isEqualTo("--format: 'xml' is not a format; give parquet or json" + System.lineSeparator());
  }

  @Test
  void aGlobThatMatchesNothingIsRefusedNamingIt() {
    StringWriter e = new StringWriter();
    String glob = tmp.resolve("nothing-*.warc.gz").toString();
    int code = job(e).execute("--input", glob, "--out", tmp.resolve("y").toString());
    assertThat(code).isEqualTo(2);
    assertThat(e.toString()).startsWith("--input '" + glob + "': the pattern matches no .warc or .warc.gz file");
  }

  @Test
  void theImageIsReportedAsAProblemAndTheExitSaysSo() {
    List<Row> problems = spark.read().parquet(parquet.resolve("problems").toString()).collectAsList();
    assertThat(problems).anySatisfy(p -> assertThat((String) p.getAs("reason"))
        .isEqualTo("content type 'image/png' is not HTML; skipped"));
    assertThat(exit).isEqualTo(1);
    assertThat(err).contains("content type 'image/png' is not HTML; skipped");
  }
}
