package dev.precis.ingest.warc;

import dev.precis.ingest.html.HtmlArticleExtractor;
import dev.precis.model.Problem;
import dev.precis.model.Article;
import java.io.IOException;
import java.io.InputStream;
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
 * file that cannot be parsed further (truncated gzip, a record whose length lies) is reported
 * with the offset where reading stopped; the articles before it have been delivered.
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
    String file = warc.toString();
    long record = 0;
    long offset = 0;
    try (WarcReader reader = new WarcReader(warc)) {
      while (true) {
        offset = reader.position();
        Optional<WarcRecord> next = reader.next();
        if (next.isEmpty()) return;
        record++;
        if (next.get() instanceof WarcResponse response) {
          String place = file + " record " + record + " (" + response.target() + ")";
          try {
            readResponse(response, place, articles, problems);
          } catch (IOException | RuntimeException e) {
            problems.accept(new Problem(place, "unreadable HTTP response: " + describe(e)
                + "; skipped"));
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      problems.accept(new Problem(file + " after record " + record + " at byte " + offset,
          "cannot read further: " + describe(e) + "; the rest of the file is skipped"));
    }
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
          + " bytes; skipped (raise the limit to read it)"));
      return;
    }
    String charset = payload.parameters().getOrDefault("charset", "");
    String id = response.id().toString();
    extractor.extract(body, charset, id, response.target(),
            p -> problems.accept(new Problem(place, p.reason())))
        .ifPresent(articles);
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : " " + m);
  }
}
