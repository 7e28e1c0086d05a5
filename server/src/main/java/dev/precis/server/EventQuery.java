package dev.precis.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of the events list: newest first, optionally between two days and matching words.
 *
 * @param since  the first day to list (inclusive), or empty
 * @param until  the last day to list (inclusive), or empty
 * @param q      words every listed event's title, articles' titles or summary contain, or empty
 * @param after  where the previous page ended, or empty for the first page
 * @param limit  the most events on the page
 */
public record EventQuery(Optional<LocalDate> since, Optional<LocalDate> until, String q,
    Optional<Cursor> after, int limit) {
  public static final int MAX_LIMIT = 200;

  public EventQuery {
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(until, "until");
    q = q == null ? "" : q.strip();
    Objects.requireNonNull(after, "after");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new BadRequest("limit", "must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
  }

  /** The first page of every event. */
  public static EventQuery all(int limit) {
    return new EventQuery(Optional.empty(), Optional.empty(), "", Optional.empty(), limit);
  }

  /** A day from a query parameter {@code field}, refused unless it is YYYY-MM-DD. */
  public static Optional<LocalDate> day(String field, String value) {
    if (value == null || value.isBlank()) return Optional.empty();
    try {
      return Optional.of(LocalDate.parse(value.strip()));
    } catch (DateTimeParseException e) {
      throw new BadRequest(field, "'" + value + "' is not a day; give YYYY-MM-DD, e.g. 2021-04-22");
    }
  }

  /** The last event of a page, encoded as an opaque token for the next page's {@code cursor}. */
  public record Cursor(String day, long firstSeq) {
    public String token() {
      return Base64.getUrlEncoder().withoutPadding()
          .encodeToString((day + "|" + firstSeq).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a token names; a token this server did not write is refused. */
    public static Optional<Cursor> parse(String token) {
      if (token == null || token.isBlank()) return Optional.empty();
      try {
        String s = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
        int bar = s.lastIndexOf('|');
        String day = s.substring(0, bar);
        if (!day.isEmpty()) LocalDate.parse(day);
        return Optional.of(new Cursor(day, Long.parseLong(s.substring(bar + 1))));
      } catch (RuntimeException e) {
        throw new BadRequest("cursor", "'" + token
            + "' is not a cursor this server gave; pass next_cursor from the previous page as it is");
      }
    }
  }
}
