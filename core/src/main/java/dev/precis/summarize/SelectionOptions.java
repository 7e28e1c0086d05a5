package dev.precis.summarize;

/**
 * How the {@link Selector} builds a summary from ranked candidates.
 *
 * @param budget        the length limit, never exceeded
 * @param redundancy    a candidate whose TF-IDF cosine with an already chosen sentence is at or
 *                      above this is skipped (1.0 turns the check off)
 * @param minWords      sentences shorter than this are skipped, unless nothing longer fits
 * @param order         the order of the chosen sentences in the summary
 * @param fill          when the budget is not used up, add one more sentence that runs past it:
 *                      for evaluation under a length cut (ROUGE's {@code -l}), where the papers'
 *                      extractive systems output exactly the budget; off for summaries people read
 */
public record SelectionOptions(Budget budget, double redundancy, int minWords, Order order, boolean fill) {
  /**
   * Best first (as ranked), or for reading: chronologically by the articles' dates (ISO-8601;
   * undated articles last), then by position within each article.
   */
  public enum Order { RANK, READING }

  public SelectionOptions {
    if (!(redundancy > 0 && redundancy <= 1)) {
      throw new IllegalArgumentException("redundancy threshold must be in (0, 1], got " + redundancy);
    }
    if (minWords < 0) {
      throw new IllegalArgumentException("minimum sentence length must be >= 0, got " + minWords);
    }
  }

  /** These options with another budget. */
  public SelectionOptions withBudget(Budget b) {
    return new SelectionOptions(b, redundancy, minWords, order, fill);
  }

  /** These options with filling past the budget on or off. */
  public SelectionOptions withFill(boolean f) {
    return new SelectionOptions(budget, redundancy, minWords, order, f);
  }

  /** These options with another redundancy threshold. */
  public SelectionOptions withRedundancy(double r) {
    return new SelectionOptions(budget, r, minWords, order, fill);
  }
}
