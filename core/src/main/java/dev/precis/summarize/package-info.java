/**
 * Summarizing a cluster: each {@link dev.precis.summarize.Summarizer} (package-private methods
 * behind {@link dev.precis.summarize.Summarizer#named}) ranks the cluster's sentences as
 * {@link dev.precis.summarize.Candidate}s or chooses a set of them, and the one
 * {@link dev.precis.summarize.Selector} builds the summary, the only code that applies the budget,
 * the minimum length and the redundancy threshold; {@link dev.precis.summarize.SupportFinder}
 * cites every chosen sentence to all the articles that state it and
 * {@link dev.precis.summarize.EventDay} finds the event's day.
 *
 * <p>The methods: baselines (lead, random), sentence scorers (centroid, LexRank, TextRank) and
 * methods that choose a set under the budget (MMR, KLSum, submodular, ILP, the ROUGE oracle, the
 * learned method's n-gram coverage). The latter choose through the selector (its pool, or its
 * greedy loop given their marginal gain), so the request's options reach them and the selector
 * keeps their choice. {@link dev.precis.summarize.QueryRelevance} biases any method's ranking
 * towards a query.
 */
package dev.precis.summarize;
