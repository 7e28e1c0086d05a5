/**
 * ROUGE scores that agree with the ROUGE-1.5.5 Perl script ({@link dev.precis.rouge.RougeScorer},
 * configured by a ROUGE command line through {@link dev.precis.rouge.RougeOptions}), with its
 * tokenizer, Porter stemmer and stop words ({@link dev.precis.rouge.RougeTokens}). It depends on
 * nothing of the pipeline, so the summarizer may count n-grams as ROUGE does and the evaluation
 * may score with it.
 *
 * <p>The scorer ships the data the script uses: the SMART stop-word list and the WordNet 2.0
 * exception lists (WordNet 2.0 Copyright 2003 by Princeton University; see
 * {@code WORDNET-LICENSE.txt} beside them in this package's resources).
 */
package dev.precis.rouge;
