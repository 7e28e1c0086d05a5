/**
 * The article-extraction benchmark: the shingle F1 of the scrapinghub article-extraction-benchmark,
 * written to match its reference {@code evaluate.py}, with bootstrap intervals, and the run that
 * scores Precis's extractor beside the peers' stored outputs in one table.
 */
package dev.precis.eval.extraction;
