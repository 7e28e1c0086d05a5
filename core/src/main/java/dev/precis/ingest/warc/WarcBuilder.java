package dev.precis.ingest.warc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Objects;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes HTML pages as the response records of a WARC.gz file (one gzip member per record, as
 * Common Crawl does), for round-trip tests and benchmarks. Not thread-safe; close it to finish
 * the file.
 *
 * <pre>{@code
 * try (WarcBuilder warc = new WarcBuilder(Path.of("pages.warc.gz"))) {
 *   warc.add("https://example.org/a", html);
 * }
 * }</pre>
 */
public final class WarcBuilder implements AutoCloseable {
  private static final Instant DATE = Instant.parse("2019-11-20T00:00:00Z");
  private final WarcWriter writer;
  private long records;

  /**
   * Creates (or replaces) {@code file}.
   *
   * @throws UncheckedIOException if it cannot be written
   */
  public WarcBuilder(Path file) {
    try {
      writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
          StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot create the WARC file", e);
    }
  }

  /** Appends a 200 response for {@code url} with {@code html} as UTF-8 text/html. */
  public void add(String url, byte[] html) {
    add(url, html, "text/html; charset=utf-8");
  }

  /** Appends a 200 response for {@code url} with {@code body} under the given Content-Type. */
  public void add(String url, byte[] body, String contentType) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(body, "body");
    try {
      HttpResponse http = new HttpResponse.Builder(200, "OK")
          .body(MediaType.parse(contentType), body)
          .build();
      writer.write(new WarcResponse.Builder(url).date(DATE).body(http).build());
      records++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write record for " + url, e);
    }
  }

  /** How many records have been written. */
  public long records() {
    return records;
  }

  @Override
  public void close() {
    try {
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the WARC file", e);
    }
  }
}
