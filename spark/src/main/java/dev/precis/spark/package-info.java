/**
 * The Precis pipeline as a Spark job: WARC files in (any Hadoop file system), articles, events
 * with their summaries, and problems out as Parquet or JSON lines. Every step is core's: WARC
 * reading and extraction ({@code WarcArticleReader}), language, near-duplicates, events and
 * summaries ({@code Precis.events}), story links ({@code StoryLinker}); this package only spreads
 * them over a cluster ({@link dev.precis.spark.SparkJob} is the command, {@code CrawlJob} the
 * stages).
 */
package dev.precis.spark;
