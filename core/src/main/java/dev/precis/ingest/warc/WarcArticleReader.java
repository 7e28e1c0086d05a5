package dev.precis.ingest.warc;

import dev.precis.ingest.html.HtmlArticleExtractor;
import dev.precis.ingest.ArticleFileReader;
import dev.precis.ingest.ProblemCap;
import dev.precis.model.Problem;
import dev.precis.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Streams the HTML responses of a WARC or WARC.gz file into articles, one record at a time, so
 * that memory stays flat however many records the file has.
 *
 * <p>An article's id is its WARC-Record-ID, its URL the page's canonical link or else the record's
 * target URI. The charset is the one the HTTP {@code Content-Type} declares, checked against the
 * bytes (see {@link HtmlArticleExtractor}). Records that are not responses (requests, metadata,
 * warcinfo) are passed over; a response that is not a 200 HTML page, is too large or has no
 * article text is reported as {@code "<file> record <n> (<uri>): <reason>"} and skipped. A
 * record that cannot be parsed (a damaged gzip member, a record whose length lies) is reported
 * with the byte where reading stopped, and reading goes on at the next record that can be read
 * (the next gzip member of a WARC.gz, the next "WARC/1." line of a plain WARC), so one bad
 * record of a crawl file costs that record, not the rest of the file; a file that has no
 * readable record after the damage (truncated) is reported as read up to there.
 */
public final class WarcArticleReader {
  private final HtmlArticleExtractor extractor;
  private final int maxBytes;

  public WarcArticleReader() {
    this(new HtmlArticleExtractor(), HtmlArticleExtractor.DEFAULT_MAX_BYTES);
  }

  /** @param maxBytes the largest HTTP payload read; larger ones are reported and skipped */
  public WarcArticleReader(HtmlArticleExtractor extractor, int maxBytes) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    this.maxBytes = maxBytes;
  }

  /** Whether {@code file}'s name ends in {@code .warc} or {@code .warc.gz}. */
  public static boolean accepts(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".warc") || name.endsWith(".warc.gz");
  }

  /** Reads {@code warc}, giving each article to {@code articles} as soon as it is extracted. */
  public void read(Path warc, Consumer<Article> articles, Consumer<Problem> problems) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(problems, "problems");
    try (FileChannel channel = FileChannel.open(warc)) {
      read(warc.toString(), channel, articles, problems);
    } catch (IOException | RuntimeException e) {
      problems.accept(new Problem(warc + " after record 0",
          "cannot read further: " + describe(e) + "; the rest of the file is skipped"));
    }
  }

  /**
   * Reads the WARC or WARC.gz file open on {@code channel} from its start (a file of any file
   * system: Hadoop's, S3's, ...), naming it {@code file} in problems, as {@link #read(Path,
   * Consumer, Consumer)} does. The channel is left open for its owner to close.
   */
  public void read(String file, SeekableByteChannel channel, Consumer<Article> articles,
      Consumer<Problem> problems) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(problems, "problems");
    // A crawl file of thousands of records that are not articles reports a few, then a count.
    try (ProblemCap capped = new ProblemCap(file, problems)) {
      readCapped(file, channel, articles, capped);
    }
  }

  private void readCapped(String file, SeekableByteChannel channel, Consumer<Article> articles,
      Consumer<Problem> problems) {
    long[] record = {0};
    try {
      boolean gzip = startsWithGzipMagic(channel);
      long start = 0;
      for (int resyncs = 0; ; resyncs++) {
        Failure failure = readFrom(channel, start, file, record, articles, problems);
        if (failure == null) return;
        // The scan starts past the last record read whole (or past where reading resumed), so
        // each resumption moves forward.
        long next = resyncs < MAX_RESYNCS ? nextRecord(channel, failure.lastStart() + 1, gzip) : -1;
        String place = file + " after record " + record[0];
        if (next < 0) {
          problems.accept(new Problem(place, "cannot read further: " + describe(failure.cause())
              + "; the rest of the file is skipped"));
          return;
        }
        problems.accept(new Problem(place, "cannot read the next record: " + describe(failure.cause())
            + "; resumed at byte " + next + ", the next record that reads"));
        start = next;
      }
    } catch (IOException | RuntimeException e) {
      problems.accept(new Problem(file + " after record " + record[0],
          "cannot read further: " + describe(e) + "; the rest of the file is skipped"));
    }
  }

  /** At most this many damaged stretches are skipped in one file before giving it up. */
  static final int MAX_RESYNCS = 1000;

  /** Why reading stopped, and where the last record it returned (or reading itself) started. */
  private record Failure(long lastStart, Exception cause) {}

  /** Reads records from byte {@code start} to the end (null) or to the first that fails. */
  private Failure readFrom(SeekableByteChannel channel, long start, String file, long[] record,
      Consumer<Article> articles, Consumer<Problem> problems) throws IOException {
    channel.position(start);
    long lastStart = start;
    try {
      WarcReader reader = new WarcReader(unclosable(channel));
      while (true) {
        // jwarc's position is the start of the record it returned last (0 before the first).
        lastStart = start + reader.position();
        Optional<WarcRecord> next = reader.next();
        if (next.isEmpty()) return null;
        record[0]++;
        if (next.get() instanceof WarcResponse response) {
          String place = file + " record " + record[0] + " (" + response.target() + ")";
          try {
            readResponse(response, place, articles, problems);
          } catch (IOException | RuntimeException e) {
            problems.accept(new Problem(place, "unreadable HTTP response: " + describe(e)
                + "; skipped"));
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return new Failure(lastStart, e);
    }
  }

  /**
   * The byte where the next readable record starts at or after {@code from}, or -1: in a WARC.gz
   * (one gzip member per record, as crawlers write them) the next gzip header, in a plain WARC the
   * next line that opens with "WARC/1."; a candidate counts only if a record can be read there.
   */
  private static long nextRecord(SeekableByteChannel channel, long from, boolean gzip) throws IOException {
    byte[] marker = gzip ? new byte[] {0x1f, (byte) 0x8b, 0x08} : "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);
    ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    long size = channel.size();
    for (long base = from; base < size; ) {
      buffer.clear();
      channel.position(base);
      int n = channel.read(buffer);
      if (n <= 0) return -1;
      byte[] bytes = buffer.array();
      for (int i = 0; i + marker.length <= n; i++) {
        if (!matches(bytes, i, marker)) continue;
        long candidate = base + i + (gzip ? 0 : 1);
        if (readable(channel, candidate)) return candidate;
      }
      // Overlap by the marker's length so a marker across two chunks is seen.
      base += Math.max(1, n - marker.length + 1);
    }
    return -1;
  }

  private static boolean matches(byte[] bytes, int at, byte[] marker) {
    for (int k = 0; k < marker.length; k++) if (bytes[at + k] != marker[k]) return false;
    return true;
  }

  private static boolean readable(SeekableByteChannel channel, long at) {
    try {
      channel.position(at);
      return new WarcReader(unclosable(channel)).next().isPresent();
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static boolean startsWithGzipMagic(SeekableByteChannel channel) throws IOException {
    ByteBuffer head = ByteBuffer.allocate(2);
    channel.position(0);
    while (head.hasRemaining() && channel.read(head) > 0) {
      // a channel may give fewer bytes than asked
    }
    return head.position() == 2 && head.get(0) == 0x1f && head.get(1) == (byte) 0x8b;
  }

  /** The channel, with close() left to its owner: each WarcReader over it is dropped, not closed. */
  private static ReadableByteChannel unclosable(SeekableByteChannel channel) {
    return new ReadableByteChannel() {
      @Override
      public int read(ByteBuffer dst) throws IOException {
        return channel.read(dst);
      }

      @Override
      public boolean isOpen() {
        return channel.isOpen();
      }

      @Override
      public void close() {}
    };
  }

  private void readResponse(WarcResponse response, String place, Consumer<Article> articles,
      Consumer<Problem> problems) throws IOException {
    MediaType type = response.contentType();
    if (!type.base().equals(MediaType.HTTP) && !type.base().equals(MediaType.HTTP_RESPONSE)
        && !"http".equals(type.subtype())) {
      problems.accept(new Problem(place, "payload is '" + type + "', not an HTTP response; skipped"));
      return;
    }
    HttpResponse http = response.http();
    if (http.status() != 200) {
      problems.accept(new Problem(place, "HTTP status " + http.status() + "; skipped"));
      return;
    }
    MediaType payload = http.contentType();
    boolean declared = http.headers().first("Content-Type").isPresent();
    // text/html and application/xhtml+xml; a page without a Content-Type is sniffed instead.
    if (declared && !payload.subtype().toLowerCase(Locale.ROOT).contains("html")) {
      problems.accept(new Problem(place, "content type '" + payload.base() + "' is not HTML; skipped"));
      return;
    }
    byte[] body;
    try (InputStream in = http.bodyDecoded().stream()) {
      body = in.readNBytes(maxBytes + 1);
    }
    if (body.length > maxBytes) {
      problems.accept(new Problem(place, "page is over the limit of " + maxBytes
          + " bytes; skipped (--max-article-bytes raises the limit)"));
      return;
    }
    String charset = payload.parameters().getOrDefault("charset", "");
    String id = response.id().toString();
    extractor.extract(body, charset, id, response.target(),
            p -> problems.accept(new Problem(place, p.reason())))
        .ifPresent(a -> ArticleFileReader.withWords(a, place, articles, problems));
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : " " + m);
  }
}
