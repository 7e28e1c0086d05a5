package dev.precis.spark;

import dev.precis.SummaryRequest;
import java.time.LocalDate;
import java.util.List;

/**
 * What one run is asked for, checked where it is built.
 *
 * @param inputs  WARC files, folders, globs or listings of paths (see {@link WarcInputs})
 * @param prefix  put before each relative path of a listing, or ""
 * @param out     the output folder (any Hadoop file system); must not hold the tables yet
 * @param format  Parquet or JSON lines
 * @param lang    the ISO 639-1 code of the articles kept, or "any"
 * @param days    the days kept
 * @param summary what each event's summary is asked for (its language is {@code lang})
 * @param today   a date after this day is in the future (reported; the article taken as undated)
 */
record JobOptions(List<String> inputs, String prefix, String out, JobOutput.Format format,
    String lang, DayRange days, SummaryRequest summary, LocalDate today) {
  JobOptions {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) throw new IllegalArgumentException("--input: give at least one path");
  }
}
