package dev.precis.eval.extraction;

/**
 * Precision, recall and F1 over a set of pages, as the benchmark defines them: precision is the
 * mean page precision over pages that predicted something, recall the mean page recall over pages
 * whose truth has something, F1 the harmonic mean of the two means.
 */
public record ExtractionScores(double precision, double recall, double f1) {}
