package dev.precis.spark;

import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

/**
 * The job, stage by stage: WARC files are read and their articles extracted where they lie (one
 * task a file), shuffled by day, each day's articles grouped into near-duplicates in time order,
 * and written with the problems met on the way.
 */
final class CrawlJob {
  private final SparkSession spark;
  private final JobOptions options;

  CrawlJob(SparkSession spark, JobOptions options) {
    this.spark = spark;
    this.options = options;
  }

  /** Runs the job on {@code files} and tells what it wrote. */
  JobReport run(List<String> files) {
    HadoopSettings hadoop = new HadoopSettings(spark.sparkContext().hadoopConfiguration());
    Dataset<Row> read = spark
        .createDataset(JavaSparkContext.fromSparkContext(spark.sparkContext())
            .parallelize(files, Math.max(1, files.size())).rdd(), Encoders.STRING())
        .mapPartitions(new WarcExtraction(hadoop, options.lang(), options.days()), JobRows.READ_ENCODER)
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> articles = read.filter(functions.col("kind").equalTo(JobRows.ARTICLE))
        .groupByKey((org.apache.spark.api.java.function.MapFunction<Row, String>) r -> r.getString(5),
            Encoders.STRING())
        .flatMapSortedGroups(new org.apache.spark.sql.Column[] {functions.col("date"), functions.col("id")},
            new DayArticles(), org.apache.spark.sql.Encoders.row(JobRows.ARTICLES))
        .orderBy("day", "date", "id");
    JobOutput out = new JobOutput(options.out(), options.format());
    long written = out.articles(articles);
    Dataset<Row> problems = read.filter(functions.col("kind").equalTo(JobRows.PROBLEM))
        .select("place", "reason").orderBy("place", "reason");
    List<Row> counts = read.groupBy("kind").count().collectAsList();
    List<String> firstProblems = problems.limit(JobReport.SHOWN_PROBLEMS).collectAsList().stream()
        .map(r -> r.getString(0) + ": " + r.getString(1)).toList();
    out.problems(problems);
    read.unpersist();
    return JobReport.of(files.size(), 0, counts, firstProblems);
  }
}
