package dev.precis.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * What a command-line path holds, decided by one rule for every command: its name when the name
 * says ({@code .jsonl}, {@code .ndjson}, either gzipped; {@code .txt}, {@code .html}, {@code .warc}
 * ...), else its content. A stream ({@code -} for standard input, a pipe, {@code <(zcat ...)})
 * can only be JSON lines, plain or gzip; a file whose name says nothing is JSON lines when its
 * first non-blank character, after a gzip wrapper if there is one, is <code>{</code>.
 */
public enum InputFormat {
  /** A folder: one cluster of the article files in it. */
  FOLDER,
  /** JSON lines of clusters or articles, plain or gzip. */
  JSON_LINES,
  /** An article file its reader knows by name (text, HTML, WARC). */
  ARTICLE,
  /** Nothing Precis reads. */
  OTHER;

  /** The path that means standard input. */
  public static final String STDIN = "-";
  private static final int SNIFF_BYTES = 4096;

  /** What {@code path} holds; a missing path is {@link #OTHER}. */
  public static InputFormat of(Path path) {
    if (path.toString().equals(STDIN)) return JSON_LINES;
    if (Files.isDirectory(path)) return FOLDER;
    if (namesJsonLines(path)) return JSON_LINES;
    if (ArticleFileReader.isArticleFile(path)) return ARTICLE;
    if (!Files.exists(path)) return OTHER;
    if (!Files.isRegularFile(path)) return JSON_LINES;
    try (InputStream in = Files.newInputStream(path)) {
      return startsLikeJson(in.readNBytes(SNIFF_BYTES)) ? JSON_LINES : OTHER;
    } catch (IOException e) {
      return OTHER;
    }
  }

  /** Whether the name ends in .jsonl or .ndjson, with or without .gz. */
  public static boolean namesJsonLines(Path path) {
    if (path.getFileName() == null) return false;
    String n = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
    return n.endsWith(".jsonl") || n.endsWith(".ndjson");
  }

  static boolean isGzip(byte[] head) {
    return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
  }

  /** Whether the first non-blank character (after a BOM, inside gzip if gzipped) is '{'. */
  static boolean startsLikeJson(byte[] head) {
    if (isGzip(head)) {
      byte[] inflated = new byte[SNIFF_BYTES];
      int n = 0;
      try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(head))) {
        for (int r; n < inflated.length && (r = in.read(inflated, n, inflated.length - n)) > 0; ) n += r;
      } catch (IOException e) {
        // The head ends inside the compressed data: what inflated before that is enough to look at.
      }
      head = java.util.Arrays.copyOf(inflated, n);
    }
    int i = TextDecoder.hasBom(head) ? 3 : 0;
    while (i < head.length && Character.isWhitespace(head[i])) i++;
    return i < head.length && head[i] == '{';
  }
}
