package dev.precis.spark;

import dev.precis.ingest.warc.WarcArticleReader;
import dev.precis.model.Article;
import dev.precis.text.lang.LanguageDetector;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * The first stage: each task reads its WARC files through Hadoop's file systems with core's
 * {@link WarcArticleReader} (jwarc underneath), one file at a time, and tags each article's
 * language as {@code precis extract} does. Gives a {@link JobRows#READ} row per article and per
 * problem; articles in another language, or outside the day range, are rows of their own kind,
 * counted by the driver, so nothing goes missing unreported.
 */
final class WarcExtraction implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private final HadoopSettings hadoop;
  private final String lang;
  private final DayRange days;

  WarcExtraction(HadoopSettings hadoop, String lang, DayRange days) {
    this.hadoop = hadoop;
    this.lang = lang;
    this.days = days;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> files) {
    // One file's rows at a time: a task holds the articles of the file it is reading, no more.
    return new Iterator<>() {
      private Iterator<Row> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && files.hasNext()) {
          Row file = files.next();
          current = read(file.getString(0), file.getInt(1)).iterator();
        }
        return current.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) throw new NoSuchElementException();
        return current.next();
      }
    };
  }

  /** The rows of one WARC file, the {@code index}-th of the input. */
  List<Row> read(String file, int index) {
    long[] record = {0};
    List<Row> rows = new ArrayList<>();
    WarcArticleReader reader = new WarcArticleReader();
    LanguageDetector detector = LanguageDetector.shared();
    Path path = new Path(file);
    try {
      FileSystem fs = path.getFileSystem(hadoop.configuration());
      long size = fs.getFileStatus(path).getLen();
      try (FSDataInputStream in = fs.open(path); HadoopChannel channel = new HadoopChannel(in, size)) {
        reader.read(file, channel, a -> rows.add(row(detector, a, index, record[0]++)),
            p -> rows.add(JobRows.problem(p.place(), p.reason(), index)));
      }
    } catch (IOException | RuntimeException e) {
      rows.add(JobRows.problem(file, "cannot open the file: " + e.getClass().getSimpleName() + " "
          + e.getMessage() + "; skipped", index));
    }
    return rows;
  }

  private Row row(LanguageDetector detector, Article read, int file, long record) {
    // As `precis extract` does: the detector's answer on the text; an unsure "" is kept.
    Article a = read.withLang(detector.detect(read.text()));
    if (!lang.equals("any") && !a.lang().isEmpty() && !a.lang().equals(lang)) {
      return JobRows.leftOut(JobRows.OTHER_LANGUAGE, a, file, record);
    }
    if (!days.contains(JobRows.day(a.date()))) return JobRows.leftOut(JobRows.OUT_OF_RANGE, a, file, record);
    return JobRows.article(a, file, record);
  }
}
