package dev.precis.model;

/**
 * An article as listed under a summary.
 *
 * @param number      its number: the [n] of the citations
 * @param id          its id
 * @param title       its headline without debris, or "" when it has none
 * @param url         where it came from, or ""
 * @param outlet      the publication, or "" when unknown
 * @param cleanText   the cleaned text that citation spans index
 * @param sameStoryAs the number of the first article it is a near-duplicate of (a syndicated
 *                    copy or re-post, which counts with it as one source), or 0 if none
 * @param date        when it was published, as its source gives it ("2020-01-06", or an
 *                    ISO-8601 time cut to its day), or "" when unknown
 */
public record Source(
    int number, String id, String title, String url, String outlet, String cleanText, int sameStoryAs,
    String date) {
  public Source {
    date = date == null ? "" : date.strip();
    // "2020-01-06T21:30:00Z" is shown as its day.
    if (date.length() > 10 && date.charAt(10) == 'T' && date.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
      date = date.substring(0, 10);
    }
  }
}
