package dev.precis.ingest.html;

import dev.precis.model.Article;
import dev.precis.model.Problem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Extracts the article of one HTML page: headline, body text (paragraphs separated by blank
 * lines), publication date and URL (the page's canonical link, else the URL given).
 *
 * <p>Never throws on bad data: a page over the size limit, a binary body or a page with no article
 * text is reported to {@code problems} as {@code "<id>: <reason>"} and gives an empty result; a
 * charset that had to be corrected is reported and the page is still read. Thread-safe.
 */
public final class HtmlArticleExtractor {
  /** The default limit on a page's size: 16 MiB, far above any real article page. */
  public static final int DEFAULT_MAX_BYTES = 16 << 20;

  private final int maxBytes;
  private final HtmlDecoder decoder = new HtmlDecoder();
  private final PageMetadataReader metadata = new PageMetadataReader();
  private final BoilerplateRemover boilerplate = new BoilerplateRemover();
  private final BlockSplitter splitter = new BlockSplitter();
  private final MainContentFinder finder = new MainContentFinder();

  public HtmlArticleExtractor() {
    this(DEFAULT_MAX_BYTES);
  }

  /** @throws IllegalArgumentException if {@code maxBytes} is not positive */
  public HtmlArticleExtractor(int maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /**
   * The article of {@code html}, or empty when the page was reported to {@code problems}.
   *
   * @param html         the page's bytes
   * @param charsetHint  the charset the server declared, or "" to sniff it
   * @param id           the article's id, also the place named in problems
   * @param url          where the page came from, or "" (the canonical link wins when present)
   * @param problems     receives what is wrong with the page
   */
  public Optional<Article> extract(
      byte[] html, String charsetHint, String id, String url, Consumer<Problem> problems) {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(problems, "problems");
    if (html.length > maxBytes) {
      problems.accept(new Problem(id, "page is " + html.length + " bytes, over the limit of "
          + maxBytes + " bytes; skipped (--max-article-bytes raises the limit)"));
      return Optional.empty();
    }
    HtmlDecoder.Decoded decoded = decoder.decode(html, charsetHint == null ? "" : charsetHint);
    if (decoded.rejection().isPresent()) {
      problems.accept(new Problem(id, decoded.rejection().get() + "; skipped"));
      return Optional.empty();
    }
    if (!decoded.note().isEmpty()) problems.accept(new Problem(id, decoded.note()));
    String base = url == null ? "" : url;
    Document doc = Jsoup.parse(decoded.text(), base);
    PageMetadata meta = metadata.read(doc);
    boilerplate.remove(doc);
    List<TextBlock> blocks = finder.find(splitter.split(doc.body() == null ? doc : doc.body()));
    String text = join(blocks);
    if (text.isBlank()) {
      problems.accept(new Problem(id, "no article text found in the page; skipped"));
      return Optional.empty();
    }
    String finalUrl = meta.url().isEmpty() ? base : meta.url();
    return Optional.of(new Article(id, meta.title(), text, finalUrl, meta.date(), "", meta.outlet()));
  }

  private static String join(List<TextBlock> blocks) {
    StringBuilder b = new StringBuilder();
    for (TextBlock block : blocks) {
      if (b.length() > 0) b.append("\n\n");
      b.append(block.text());
    }
    return b.toString();
  }
}
