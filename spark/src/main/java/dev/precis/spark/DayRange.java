package dev.precis.spark;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The days a job keeps, both ends included; {@link LocalDate#MIN} and {@link LocalDate#MAX} leave
 * an end open. With both ends open every article is kept, dated or not; otherwise an undated
 * article is outside.
 */
record DayRange(LocalDate from, LocalDate to) implements Serializable {
  DayRange {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("--to " + to + " is before --from " + from
          + "; give the earlier day to --from");
    }
  }

  static DayRange all() {
    return new DayRange(LocalDate.MIN, LocalDate.MAX);
  }

  /** Whether articles of {@code day} (ISO, or "" when undated) are kept. */
  boolean contains(String day) {
    if (from.equals(LocalDate.MIN) && to.equals(LocalDate.MAX)) return true;
    if (day.isEmpty()) return false;
    LocalDate d = LocalDate.parse(day);
    return !d.isBefore(from) && !d.isAfter(to);
  }
}
