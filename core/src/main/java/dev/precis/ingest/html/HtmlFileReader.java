package dev.precis.ingest.html;

import dev.precis.model.Article;
import dev.precis.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads one {@code .html}, {@code .htm} or {@code .html.gz} file as an article whose id is the
 * file name without its extensions. Unreadable files, truncated gzip, files over the extractor's
 * size limit and pages without article text are reported to {@code problems} with the file's
 * path, and give an empty result. Thread-safe.
 */
public final class HtmlFileReader {
  private final HtmlArticleExtractor extractor;
  private final int maxBytes;

  public HtmlFileReader() {
    this(new HtmlArticleExtractor(), HtmlArticleExtractor.DEFAULT_MAX_BYTES);
  }

  /** @param maxBytes the largest page read (after gunzip); larger ones are reported and skipped */
  public HtmlFileReader(HtmlArticleExtractor extractor, int maxBytes) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    this.maxBytes = maxBytes;
  }

  /** Whether {@code file}'s name ends in one of the extensions this reader reads. */
  public static boolean accepts(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz")
        || name.endsWith(".htm.gz");
  }

  /** The id of the article in {@code file}: its name without {@code .gz} and {@code .html}. */
  public static String idOf(Path file) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
      lower = lower.substring(0, lower.length() - 3);
    }
    int dot = lower.lastIndexOf('.');
    if (dot > 0 && (lower.endsWith(".html") || lower.endsWith(".htm"))) name = name.substring(0, dot);
    return name;
  }

  /** The article of {@code file}, or empty when a problem was reported. */
  public Optional<Article> read(Path file, Consumer<Problem> problems) {
    String place = file.toString();
    byte[] bytes;
    try {
      boolean gzip = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
      if (!gzip && Files.size(file) > maxBytes) {
        problems.accept(new Problem(place, "file is " + Files.size(file) + " bytes, over the limit of "
            + maxBytes + " bytes; skipped (--max-article-bytes raises the limit)"));
        return Optional.empty();
      }
      try (InputStream raw = Files.newInputStream(file);
          InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
        bytes = in.readNBytes(maxBytes + 1);
      }
    } catch (java.io.EOFException e) {
      problems.accept(new Problem(place, "truncated gzip (unexpected end of file); skipped"));
      return Optional.empty();
    } catch (IOException e) {
      problems.accept(new Problem(place, "unreadable: " + e.getMessage() + "; skipped"));
      return Optional.empty();
    }
    if (bytes.length > maxBytes) {
      problems.accept(new Problem(place, "page is over the limit of " + maxBytes
          + " bytes after gunzip; skipped (--max-article-bytes raises the limit)"));
      return Optional.empty();
    }
    String id = idOf(file);
    return extractor.extract(bytes, "", id, "",
        p -> problems.accept(new Problem(place, p.reason())));
  }
}
