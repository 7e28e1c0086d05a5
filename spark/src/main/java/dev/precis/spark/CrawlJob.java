package dev.precis.spark;

import static org.apache.spark.sql.functions.col;

import dev.precis.cluster.EventOptions;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The job, stage by stage: the WARC files are read and their articles extracted where they lie
 * (one task a file); the articles are shuffled by day and each day's, in time order, grouped into
 * near-duplicates and into events, each summarized; the driver links the days' events into
 * stories; articles, events and problems are written.
 */
final class CrawlJob {
  private final SparkSession spark;
  private final JobOptions options;

  CrawlJob(SparkSession spark, JobOptions options) {
    this.spark = spark;
    this.options = options;
  }

  /** Runs the job on {@code files} and tells what it read and wrote. */
  JobReport run(List<String> files) {
    HadoopSettings hadoop = new HadoopSettings(spark.sparkContext().hadoopConfiguration());
    List<Row> numbered = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) numbered.add(RowFactory.create(files.get(i), i));
    StructType fileSchema = new StructType().add("path", DataTypes.StringType, false)
        .add("index", DataTypes.IntegerType, false);
    Dataset<Row> read = spark.createDataFrame(numbered, fileSchema)
        .repartition(Math.max(1, files.size()), col("index"))
        .mapPartitions(new WarcExtraction(hadoop, options.lang(), options.days()), JobRows.READ_ENCODER)
        .persist(StorageLevel.MEMORY_AND_DISK());

    Dataset<Row> days = read.filter(col("kind").equalTo(JobRows.ARTICLE))
        .groupByKey((MapFunction<Row, String>) r -> r.getAs("day"), Encoders.STRING())
        .flatMapSortedGroups(new Column[] {col("instant"), col("file"), col("record")},
            new DayEvents(settings()), JobRows.DAY_ENCODER)
        .persist(StorageLevel.MEMORY_AND_DISK());

    Dataset<Row> events = days.filter(col("kind").equalTo(JobRows.EVENT)).orderBy("day", "seq");
    List<Row> links = new StoryLinks(EventOptions.DEFAULT_STORY_DAYS).link(events.toLocalIterator());
    Dataset<Row> stories = spark.createDataFrame(links, new StructType()
        .add("event", DataTypes.StringType, false).add("story", DataTypes.StringType, false));

    JobOutput out = new JobOutput(options.out(), options.format());
    out.write("articles", days.filter(col("kind").equalTo(JobRows.ARTICLE))
        .select(columns(JobRows.ARTICLES)).orderBy("day", "date", "id"));
    long eventCount = out.write("events", events.join(stories, events.col("id").equalTo(stories.col("event")))
        .select(columns(JobRows.EVENTS)).orderBy("day", "id"));
    Dataset<Row> problems = read.filter(col("kind").equalTo(JobRows.PROBLEM)).select("place", "reason")
        .union(days.filter(col("kind").equalTo(JobRows.NOTE)).select("place", "reason"))
        .orderBy("place", "reason");
    out.write("problems", problems);

    List<Row> counts = read.groupBy("kind").count().collectAsList();
    long notes = days.filter(col("kind").equalTo(JobRows.NOTE)).count();
    List<String> firstProblems = read.filter(col("kind").equalTo(JobRows.PROBLEM))
        .select("place", "reason").orderBy("place", "reason").limit(JobReport.SHOWN_PROBLEMS)
        .collectAsList().stream().map(r -> r.getString(0) + ": " + r.getString(1)).toList();
    days.unpersist();
    read.unpersist();
    return JobReport.of(files.size(), eventCount, notes, counts, firstProblems);
  }

  private EventSettings settings() {
    var s = options.summary();
    return new EventSettings(s.method(), s.budget().amount(), s.language(), options.today());
  }

  private static Column[] columns(StructType schema) {
    String[] names = schema.fieldNames();
    Column[] out = new Column[names.length];
    for (int i = 0; i < names.length; i++) out[i] = col(names[i]);
    return out;
  }
}
