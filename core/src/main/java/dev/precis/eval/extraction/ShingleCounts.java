package dev.precis.eval.extraction;

/**
 * One page's shingle matches, normalised so that the three sum to 1 (all zero when both texts
 * have no shingle), so that long pages weigh no more than short ones.
 *
 * @param tp shingles in both the prediction and the truth (counted with multiplicity)
 * @param fp shingles only in the prediction
 * @param fn shingles only in the truth
 */
public record ShingleCounts(double tp, double fp, double fn) {

  /** Precision of this page; 1 when nothing was wrong, 0 when nothing was predicted right. */
  public double precision() {
    if (fp == 0 && fn == 0) return 1;
    if (tp == 0 && fp == 0) return 0;
    return tp / (tp + fp);
  }

  /** Recall of this page; 1 when nothing was wrong, 0 when nothing of the truth was found. */
  public double recall() {
    if (fp == 0 && fn == 0) return 1;
    if (tp == 0 && fn == 0) return 0;
    return tp / (tp + fn);
  }
}
