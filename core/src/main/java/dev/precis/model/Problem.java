package dev.precis.model;

/**
 * Something wrong with the input that was reported and skipped, so the rest of the batch could go
 * on. Rendered as {@code "place: reason"}, e.g. {@code "dev.jsonl line 17: field 'articles' is
 * missing"}.
 *
 * @param place  the input and where in it (file, line, record)
 * @param reason what is wrong, quoting the bad value where it helps
 */
public record Problem(String place, String reason) {
  @Override
  public String toString() {
    return place + ": " + reason;
  }
}
