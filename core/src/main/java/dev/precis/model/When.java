package dev.precis.model;

import java.util.Objects;

/**
 * When a summary's event happened, as its sources say it.
 *
 * @param text     the day as a summary states it: "Monday, January 6, 2020" when the article's date
 *                 resolves it, else the words as written ("Monday")
 * @param date     the day in ISO-8601 ("2020-01-06"), or empty when no date of the article resolves it
 * @param citation the sentence that names the day
 */
public record When(String text, String date, Citation citation) {
  public When {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(citation, "citation");
    date = date == null ? "" : date;
  }
}
