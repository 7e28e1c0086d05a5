package dev.precis.spark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * What a run read and wrote, for the command's closing lines: counts of articles kept, left out
 * for their language or day, problems (the first few quoted), and events.
 */
record JobReport(int files, long articles, long otherLanguage, long outOfRange, long problems,
    long events, long notes, List<String> firstProblems) {
  static final int SHOWN_PROBLEMS = 20;

  JobReport {
    firstProblems = List.copyOf(firstProblems);
  }

  static JobReport of(int files, long events, long notes, List<Row> countsByKind,
      List<String> firstProblems) {
    Map<String, Long> counts = new HashMap<>();
    for (Row r : countsByKind) counts.put(r.getString(0), r.getLong(1));
    return new JobReport(files, counts.getOrDefault(JobRows.ARTICLE, 0L),
        counts.getOrDefault(JobRows.OTHER_LANGUAGE, 0L), counts.getOrDefault(JobRows.OUT_OF_RANGE, 0L),
        counts.getOrDefault(JobRows.PROBLEM, 0L), events, notes, firstProblems);
  }

  /** "read 3 WARC files: 1,204 articles, 3 events; left out 12 not in 'en', 2 problems". */
  String summary(String lang) {
    StringBuilder s = new StringBuilder("read " + files + " WARC file" + (files == 1 ? "" : "s")
        + ": " + articles + " articles, " + events + " events");
    if (otherLanguage > 0) s.append("; left out ").append(otherLanguage).append(" not in '").append(lang).append("'");
    if (outOfRange > 0) s.append("; left out ").append(outOfRange).append(" outside --from/--to");
    if (problems > 0) s.append("; ").append(problems).append(" problems");
    if (notes > 0) s.append("; ").append(notes).append(" notes from grouping");
    if (problems + notes > 0) s.append(" (all in problems/)");
    return s.toString();
  }
}
