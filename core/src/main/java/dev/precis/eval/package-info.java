/**
 * Measuring summaries and extractions the way the field does: dataset runs that score every
 * method with ROUGE ({@link dev.precis.rouge}) against the clusters' reference summaries
 * ({@link dev.precis.eval.DatasetEvaluator}), percentile bootstrap intervals over per-cluster
 * values ({@link dev.precis.eval.BootstrapInterval}), paired differences between methods, and the
 * extraction benchmark ({@code extraction}).
 */
package dev.precis.eval;
