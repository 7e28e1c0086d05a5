/**
 * Measuring summaries and extractions the way the field does: ROUGE scores that agree with the
 * ROUGE-1.5.5 Perl script ({@link dev.precis.eval.RougeScorer}, configured by a ROUGE command
 * line through {@link dev.precis.eval.RougeOptions}), and percentile bootstrap intervals over
 * per-cluster values ({@link dev.precis.eval.BootstrapInterval}).
 *
 * <p>The scorer ships the data the script uses: the SMART stop-word list and the WordNet 2.0
 * exception lists (WordNet 2.0 Copyright 2003 by Princeton University; see
 * {@code WORDNET-LICENSE.txt} beside them in this package's resources).
 */
package dev.precis.eval;
