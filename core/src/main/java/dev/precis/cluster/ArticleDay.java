package dev.precis.cluster;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day and instant of an article's date as its source wrote it: ISO-8601 (a date, a local or
 * offset date-time, an instant), or any text that opens with {@code yyyy-MM-dd}. The day is the
 * calendar day as written (in the date's own offset), so "2021-04-22T23:30:00-07:00" is April 22.
 */
public final class ArticleDay {
  private static final Pattern LEADING_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");

  private ArticleDay() {}

  /** The calendar day of {@code date}, if it reads as one. */
  public static Optional<LocalDate> day(String date) {
    String d = date.strip();
    if (d.isEmpty()) return Optional.empty();
    Matcher m = LEADING_DATE.matcher(d);
    if (!m.find()) return Optional.empty();
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3))));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The instant of {@code date} for ordering a stream: its offset's instant, or, with no offset,
   * the date-time (or the day's start) read as UTC.
   */
  public static Optional<Instant> instant(String date) {
    String d = date.strip();
    if (d.isEmpty()) return Optional.empty();
    try {
      return Optional.of(OffsetDateTime.parse(d).toInstant());
    } catch (DateTimeParseException e) {
      // not an offset date-time; try the others
    }
    try {
      return Optional.of(ZonedDateTime.parse(d).toInstant());
    } catch (DateTimeParseException e) {
      // next
    }
    try {
      return Optional.of(LocalDateTime.parse(d).toInstant(java.time.ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      // next
    }
    return day(d).map(x -> x.atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
  }
}
