/**
 * Summarizing a cluster: each {@link dev.precis.summarize.Summarizer} scores the cluster's
 * sentences as ranked {@link dev.precis.summarize.Candidate}s; one shared
 * {@link dev.precis.summarize.BudgetedSelector} fills the budget from them without redundancy;
 * {@link dev.precis.summarize.SupportFinder} cites every chosen sentence to all the articles that
 * state it.
 */
package dev.precis.summarize;
