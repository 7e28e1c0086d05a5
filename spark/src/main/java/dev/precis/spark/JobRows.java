package dev.precis.spark;

import dev.precis.model.Article;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The rows the job passes between its stages and writes: one schema for what reading gives (an
 * article, or a record reported or left out, told by {@code kind}), and the two it writes,
 * articles and events. Column names are the output's: Parquet columns and JSON fields alike.
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

  private static StructField text(String name) {
    return DataTypes.createStructField(name, DataTypes.StringType, false);
  }

  /** What reading a WARC record gives: an article's fields, or a problem's place and reason. */
  static final StructType READ = DataTypes.createStructType(new StructField[] {
      text("kind"), text("id"), text("url"), text("outlet"), text("date"), text("day"),
      text("lang"), text("title"), text("text"), text("place"), text("reason")});

  /** One article: the fields `precis extract` writes, its day, and its near-duplicate group. */
  static final StructType ARTICLES = DataTypes.createStructType(new StructField[] {
      text("id"), text("url"), text("outlet"), text("date"), text("day"), text("lang"),
      text("title"), text("text"), text("duplicates")});

  /** One event: its day, its story, its articles, and its summary as summarize's JSON. */
  static final StructType EVENTS = DataTypes.createStructType(new StructField[] {
      text("id"), text("day"), text("story"),
      DataTypes.createStructField("articles", DataTypes.createArrayType(DataTypes.StringType, false), false),
      text("summary")});

  static final Encoder<Row> READ_ENCODER = Encoders.row(READ);

  static Row article(Article a) {
    return RowFactory.create(ARTICLE, a.id(), a.url(), a.outlet(), a.date(), day(a.date()),
        a.lang(), a.title(), a.text(), "", "");
  }

  static Row leftOut(String kind, Article a) {
    return RowFactory.create(kind, a.id(), a.url(), a.outlet(), a.date(), day(a.date()), a.lang(),
        "", "", a.url(), "");
  }

  static Row problem(String place, String reason) {
    return RowFactory.create(PROBLEM, "", "", "", "", "", "", "", "", place, reason);
  }

  /** The article of a {@link #READ} row of kind {@link #ARTICLE}. */
  static Article toArticle(Row r) {
    return new Article(r.getString(1), r.getString(7), r.getString(8), r.getString(2),
        r.getString(4), r.getString(6), r.getString(3));
  }

  /** The {@link #ARTICLES} row of an article read, with its near-duplicate group. */
  static Row articleOut(Article a, String duplicates) {
    return RowFactory.create(a.id(), a.url(), a.outlet(), a.date(), day(a.date()), a.lang(),
        a.title(), a.text(), duplicates);
  }

  /**
   * The calendar day an ISO-8601 date or date-time names as written ("2021-10-18T16:15:00-07:00"
   * is 2021-10-18, the day where it was published), or "" when the date is empty or not ISO.
   */
  static String day(String date) {
    if (date.length() < 10) return "";
    String head = date.substring(0, 10);
    try {
      return LocalDate.parse(head).toString();
    } catch (DateTimeParseException e) {
      return "";
    }
  }
}
