package dev.precis.spark;

import dev.precis.SummaryRequest;
import dev.precis.summarize.Budget;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spark/run}: the Precis pipeline over WARC files as a Spark job. */
@Command(
    name = "spark/run",
    mixinStandardHelpOptions = true,
    header = "Extracts the articles of WARC files, groups them into events and summarizes each, on Spark.",
    description = {
      "Reads WARC files (Common Crawl News), extracts their articles, keeps one language and a "
          + "range of days, groups each day's articles into near-duplicates and events, links the "
          + "events of following days into stories and summarizes every event, calling the same "
          + "library as the precis command. Writes OUT/articles/, OUT/events/ and OUT/problems/ "
          + "as Parquet (or JSON lines). Paths are Hadoop paths: local, file://, hdfs://, s3a://.",
      "Runs on all local cores unless spark-submit (or -Dspark.master) gives a master.",
      "",
      "Examples:",
      "  spark/run --input crawl/CC-NEWS-20191120.warc.gz --out out/",
      "  spark/run --input 'crawl/*.warc.gz' --out out/ --format json --from 2019-11-20 --to 2019-11-21",
      "  spark/run --input warc.paths.gz --prefix s3a://commoncrawl/ --out s3a://my-bucket/precis/",
      "",
      "Read the output: spark.read.parquet(\"out/events\")"},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:all input used", "1:something was reported and skipped (see OUT/problems/)",
        "2:wrong command line", "3:the job failed (the cause is printed)"})
public final class SparkJob implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--input", required = true, split = ",", paramLabel = "PATHS",
      description = "WARC files, folders, globs, or listings of WARC paths one a line "
          + "(warc.paths.gz); comma-separated or repeated.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--prefix", paramLabel = "URL", defaultValue = "",
      description = "Put before each relative path of a listing, e.g. s3a://commoncrawl/ (as "
          + "cc-pyspark's --input_base_url).")
  String prefix;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "The output folder; its articles/, events/ and problems/ must not exist yet.")
  String out;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "parquet",
      description = "parquet or json (JSON lines; an event's summary is a JSON object). Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--lang", paramLabel = "CODE", defaultValue = SummaryRequest.DEFAULT_LANGUAGE,
      description = "Keep articles in this language (ISO 639-1), or '" + SummaryRequest.ANY_LANGUAGE
          + "'. Default: ${DEFAULT-VALUE}.")
  String lang;

  @Option(names = "--from", paramLabel = "DATE", description = "First day kept (YYYY-MM-DD); undated articles are then left out.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last day kept (YYYY-MM-DD), included.")
  LocalDate to;

  @Option(names = "--method", paramLabel = "NAME", defaultValue = SummaryRequest.DEFAULT_METHOD,
      description = "Summary method, as precis summarize takes it. Default: ${DEFAULT-VALUE}.")
  String method;

  @Option(names = "--words", paramLabel = "N", defaultValue = "" + SummaryRequest.DEFAULT_WORDS,
      description = "Words per event summary. Default: ${DEFAULT-VALUE}.")
  int words;

  private final SparkSession given;

  /** The job on a session of its own, closed when it ends. */
  public SparkJob() {
    this(null);
  }

  /** The job on {@code spark}, left open for its owner (tests run several jobs on one). */
  SparkJob(SparkSession spark) {
    this.given = spark;
  }

  public static void main(String[] args) {
    CommandLine line = new CommandLine(new SparkJob());
    line.setExecutionExceptionHandler((e, l, parsed) -> {
      // A failed stage (a file system that refuses, an executor lost for good) ends the run.
      l.getErr().println("spark/run: the job failed: " + e);
      return 3;
    });
    System.exit(line.execute(args));
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    JobOptions options;
    try {
      options = options();
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    }
    SparkSession spark = given != null ? given : session();
    try {
      FileSystem fs = new Path(options.out()).getFileSystem(spark.sparkContext().hadoopConfiguration());
      for (String table : List.of("articles", "events", "problems")) {
        Path p = new Path(options.out(), table);
        if (fs.exists(p)) {
          err.println("--out '" + options.out() + "': " + p + " exists already; remove it or give "
              + "another folder");
          return 2;
        }
      }
      List<String> files;
      try {
        files = new WarcInputs(spark.sparkContext().hadoopConfiguration(), options.prefix())
            .resolve(options.inputs());
      } catch (IllegalArgumentException e) {
        err.println(e.getMessage());
        return 2;
      }
      JobReport report = new CrawlJob(spark, options).run(files);
      report.firstProblems().forEach(err::println);
      err.println(report.summary(options.lang()) + "; wrote " + options.out());
      return report.problems() > 0 ? 1 : 0;
    } finally {
      if (given == null) spark.stop();
    }
  }

  private JobOptions options() {
    JobOutput.Format f;
    try {
      f = JobOutput.Format.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--format: '" + format + "' is not a format; give parquet or json");
    }
    if (words <= 0) throw new IllegalArgumentException("--words: must be 1 or more, got " + words);
    SummaryRequest summary = SummaryRequest.defaults().withMethod(method)
        .withBudget(Budget.words(words)).withLanguage(lang);
    return new JobOptions(inputs, prefix, out, f, lang,
        new DayRange(from == null ? LocalDate.MIN : from, to == null ? LocalDate.MAX : to), summary,
        LocalDate.now(java.time.ZoneOffset.UTC));
  }

  /**
   * The session spark-submit configured, or, run on its own, one on all local cores bound to the
   * loopback address with no web UI.
   */
  static SparkSession session() {
    SparkConf conf = new SparkConf().setAppName("precis");
    if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]")
          .set("spark.driver.bindAddress", "127.0.0.1")
          .set("spark.driver.host", "127.0.0.1")
          .set("spark.ui.enabled", "false");
    }
    return SparkSession.builder().config(conf).getOrCreate();
  }
}
