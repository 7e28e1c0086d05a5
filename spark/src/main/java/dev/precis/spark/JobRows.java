package dev.precis.spark;

import dev.precis.cluster.ArticleDay;
import dev.precis.model.Article;
import dev.precis.model.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The rows the job passes between its stages and writes. Reading gives {@link #READ} rows (an
 * article, or a record reported or left out, told by {@code kind}), with the place of each article
 * in the input; each day gives {@link #DAY} rows (its articles with their near-duplicate group,
 * its events with what linking them into stories needs, and the grouper's notes); the job writes
 * {@link #ARTICLES}, {@link #EVENTS} and {@link #PROBLEMS}. Column names are the output's: Parquet
 * columns and JSON fields alike.
 */
final class JobRows {
  private JobRows() {}

  /** An article kept for the output. */
  static final String ARTICLE = "article";
  /** A record or file that could not be read as an article, with its place and reason. */
  static final String PROBLEM = "problem";
  /** An article in another language than the one asked for. */
  static final String OTHER_LANGUAGE = "other-language";
  /** An article outside --from/--to, or undated when a range is given. */
  static final String OUT_OF_RANGE = "out-of-range";
  /** An event of one day. */
  static final String EVENT = "event";
  /** What the event grouper noted about a day's stream (nothing skipped). */
  static final String NOTE = "note";

  /** Array columns are given to Spark's row encoder as Java arrays. */
  private static final String[] NONE = new String[0];

  /** The instant an undated article is ordered by: after every dated one. */
  static final long UNDATED = Long.MAX_VALUE;

  private static StructField text(String name) {
    return field(name, DataTypes.StringType);
  }

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, false);
  }

  private static StructField texts(String name) {
    return field(name, DataTypes.createArrayType(DataTypes.StringType, false));
  }

  /** What reading gives; {@code file}, {@code record} and {@code instant} order each day's stream. */
  static final StructType READ = DataTypes.createStructType(new StructField[] {
      text("kind"), text("id"), text("url"), text("outlet"), text("date"), text("day"),
      text("lang"), text("title"), text("text"), text("place"), text("reason"),
      field("file", DataTypes.IntegerType), field("record", DataTypes.LongType),
      field("instant", DataTypes.LongType)});

  /** One article: the fields `precis extract` writes, its day, and its near-duplicate group. */
  static final StructType ARTICLES = DataTypes.createStructType(new StructField[] {
      text("id"), text("url"), text("outlet"), text("date"), text("day"), text("lang"),
      text("title"), text("text"), text("duplicates")});

  /** One event: its day, its story, its title, its articles' ids, and its summary's JSON. */
  static final StructType EVENTS = DataTypes.createStructType(new StructField[] {
      text("id"), text("day"), text("story"), text("title"), texts("articles"), text("summary")});

  static final StructType PROBLEMS = DataTypes.createStructType(new StructField[] {
      text("place"), text("reason")});

  /**
   * A day's output: {@code kind}, then an article's columns or an event's ({@code seq}, its place
   * in the day's events; {@code titles} and {@code texts} of its articles, for the story links)
   * or a note's place and reason.
   */
  static final StructType DAY = DataTypes.createStructType(new StructField[] {
      text("kind"), text("id"), text("url"), text("outlet"), text("date"), text("day"),
      text("lang"), text("title"), text("text"), text("duplicates"),
      field("seq", DataTypes.IntegerType), texts("articles"), texts("titles"), texts("texts"),
      text("summary"), text("place"), text("reason")});

  static final Encoder<Row> READ_ENCODER = Encoders.row(READ);
  static final Encoder<Row> DAY_ENCODER = Encoders.row(DAY);

  static Row article(Article a, int file, long record) {
    return RowFactory.create(ARTICLE, a.id(), a.url(), a.outlet(), a.date(), day(a.date()),
        a.lang(), a.title(), a.text(), "", "", file, record,
        ArticleDay.instant(a.date()).map(Instant::toEpochMilli).orElse(UNDATED));
  }

  static Row leftOut(String kind, Article a, int file, long record) {
    return RowFactory.create(kind, a.id(), a.url(), a.outlet(), a.date(), day(a.date()), a.lang(),
        "", "", a.url(), "", file, record, UNDATED);
  }

  static Row problem(String place, String reason, int file) {
    return RowFactory.create(PROBLEM, "", "", "", "", "", "", "", "", place, reason, file, 0L, UNDATED);
  }

  /** The article of a {@link #READ} row of kind {@link #ARTICLE}. */
  static Article toArticle(Row r) {
    return new Article(r.getString(1), r.getString(7), r.getString(8), r.getString(2),
        r.getString(4), r.getString(6), r.getString(3));
  }

  static Row dayArticle(Article a, String duplicates) {
    return RowFactory.create(ARTICLE, a.id(), a.url(), a.outlet(), a.date(), day(a.date()),
        a.lang(), a.title(), a.text(), duplicates, 0, NONE, NONE, NONE, "", "", "");
  }

  static Row dayEvent(String day, int seq, Event e, String summaryJson) {
    List<String> ids = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Article a : e.articles()) {
      ids.add(a.id());
      titles.add(a.title());
      texts.add(a.text());
    }
    return RowFactory.create(EVENT, e.id(), "", "", e.firstSeen(), day, "", e.title(), "", "", seq,
        ids.toArray(NONE), titles.toArray(NONE), texts.toArray(NONE), summaryJson, "", "");
  }

  static Row dayNote(String place, String reason) {
    return RowFactory.create(NOTE, "", "", "", "", "", "", "", "", "", 0, NONE, NONE, NONE, "",
        place, reason);
  }

  /** The calendar day of a date as written ("2021-10-18T16:15:00-07:00" is 2021-10-18), or "". */
  static String day(String date) {
    return ArticleDay.day(date).map(Object::toString).orElse("");
  }
}
