package dev.precis.ingest;

/**
 * The size limits of reading, which keep one huge input from exhausting memory; each is a
 * command-line option ({@code --max-article-bytes}, {@code --max-line-chars}) named by the message
 * that reports an input over it.
 *
 * @param maxArticleBytes the largest article file (text, or an HTML page after gunzip, or a WARC
 *                        record's page) read
 * @param maxLineChars    the longest JSON line read (one cluster with all its articles)
 */
public record ReadLimits(int maxArticleBytes, int maxLineChars) {
  public static final int DEFAULT_MAX_ARTICLE_BYTES = 16 << 20;
  public static final int DEFAULT_MAX_LINE_CHARS = JsonlClusterReader.MAX_LINE_CHARS;
  public static final ReadLimits DEFAULT =
      new ReadLimits(DEFAULT_MAX_ARTICLE_BYTES, DEFAULT_MAX_LINE_CHARS);

  public ReadLimits {
    if (maxArticleBytes <= 0) {
      throw new IllegalArgumentException("max-article-bytes: must be positive, got " + maxArticleBytes);
    }
    if (maxLineChars <= 0) {
      throw new IllegalArgumentException("max-line-chars: must be positive, got " + maxLineChars);
    }
  }
}
