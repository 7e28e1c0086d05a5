package dev.precis.model;

/**
 * Where a summary sentence came from: a character span of one article's cleaned text.
 *
 * @param article the 1-based number of the article in the summary's source list
 * @param id      that article's id
 * @param start   first character of the span in the article's cleaned text
 * @param end     one past the last character
 */
public record Citation(int article, String id, int start, int end) {
  public Citation {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
