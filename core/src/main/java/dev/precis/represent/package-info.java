/**
 * Representations of sentences for comparing them: interned term ids, sparse TF-IDF vectors in
 * primitive arrays, and dense embeddings.
 */
package dev.precis.represent;
