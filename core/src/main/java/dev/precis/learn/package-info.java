/**
 * Learning the sentence scorer: per-sentence labels from ROUGE against reference summaries,
 * gradient-boosted trees trained per cluster group, and k-fold cross-validation so that a dataset
 * never scores a model trained on itself.
 */
package dev.precis.learn;
