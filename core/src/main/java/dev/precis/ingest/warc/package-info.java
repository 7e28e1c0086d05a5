/**
 * WARC and WARC.gz files (the Common Crawl News format): streaming their HTML responses into
 * articles, record by record with memory flat in the number of records, and writing such files
 * from pages for tests and benchmarks.
 */
package dev.precis.ingest.warc;
