/**
 * Summarizing a cluster: each {@link dev.precis.summarize.Summarizer} scores the cluster's
 * sentences as ranked {@link dev.precis.summarize.Candidate}s; one shared
 * {@link dev.precis.summarize.BudgetedSelector} fills the budget from them without redundancy;
 * {@link dev.precis.summarize.SupportFinder} cites every chosen sentence to all the articles that
 * state it.
 *
 * <p>The methods: baselines (lead, random), sentence scorers (centroid, LexRank, TextRank) and
 * methods that choose a set under the budget (MMR, KLSum, submodular, ILP, the ROUGE oracle).
 * The latter rank their chosen set first with the selector's own rules (minimum length,
 * redundancy, exact cost), so the selector keeps their choice.
 * {@link dev.precis.summarize.QueryRelevance} biases any method's ranking towards a query.
 */
package dev.precis.summarize;
