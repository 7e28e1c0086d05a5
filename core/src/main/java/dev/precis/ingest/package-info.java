/**
 * Reading articles and clusters from where users keep them: folders of text files, JSONL(.gz)
 * clusters, HTML pages and WARC files. Readers stream, report each bad input as a
 * {@link dev.precis.model.Problem} with its place and reason, and go on with the rest.
 */
package dev.precis.ingest;
