/**
 * Reading articles and clusters from where users keep them: folders of text files, JSONL(.gz)
 * clusters, HTML pages and WARC files. Readers stream, report each bad input as a
 * {@link dev.precis.model.Problem} with its place and reason, and go on with the rest.
 *
 * <p>What a path holds is told by one rule ({@link dev.precis.ingest.InputFormat}); JSON is read
 * and written by one codec ({@link dev.precis.ingest.JsonCodec}) for articles, clusters and
 * summaries; every reader takes an article only when its text has words
 * ({@link dev.precis.ingest.TextDecoder#hasWords}); a file's problems are capped
 * ({@link dev.precis.ingest.ProblemCap}); sizes are bounded by {@link dev.precis.ingest.ReadLimits}.
 */
package dev.precis.ingest;
