/**
 * A cluster made ready for summarizing ({@link dev.precis.represent.ClusterText}, built by the
 * clean, split, flag and represent stages of {@link dev.precis.represent.ClusterTextBuilder}):
 * sentences with their flags, sparse TF-IDF vectors in primitive arrays, dense embeddings, and
 * near-duplicate articles.
 */
package dev.precis.represent;
