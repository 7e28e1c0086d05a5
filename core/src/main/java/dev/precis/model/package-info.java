/**
 * The values that flow through Precis: articles, clusters of articles, summaries with their
 * citations, and the problems found in bad input. All are immutable records.
 */
package dev.precis.model;
