package dev.precis.eval.extraction;

/**
 * One extractor's line of the benchmark table.
 *
 * @param name   the extractor ("Precis", or a peer's file name without {@code .json})
 * @param scores precision, recall and F1 over all pages
 * @param f1Low  the 2.5th percentile of F1 over bootstrap resamples of the pages
 * @param f1High the 97.5th percentile
 * @param pages  the number of pages scored
 */
public record ExtractionRow(String name, ExtractionScores scores, double f1Low, double f1High,
    int pages) {}
