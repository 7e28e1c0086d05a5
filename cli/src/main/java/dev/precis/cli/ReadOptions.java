package dev.precis.cli;

import dev.precis.ingest.ReadLimits;
import picocli.CommandLine.Option;

/** The size limits of reading, as options shared by the commands that read articles. */
final class ReadOptions {
  @Option(names = "--max-article-bytes", paramLabel = "N",
      defaultValue = "" + ReadLimits.DEFAULT_MAX_ARTICLE_BYTES,
      description = "Skip (and report) an article file, web page or WARC page over N bytes"
          + " (default: ${DEFAULT-VALUE}).")
  int maxArticleBytes;

  @Option(names = "--max-line-chars", paramLabel = "N",
      defaultValue = "" + ReadLimits.DEFAULT_MAX_LINE_CHARS,
      description = "Skip (and report) a JSON line over N characters (default: ${DEFAULT-VALUE}).")
  int maxLineChars;

  ReadLimits limits() {
    return new ReadLimits(maxArticleBytes, maxLineChars);
  }
}
