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
  private final BlockModel model;

  /** The extractor with the shipped block model and the default size limit. */
  public HtmlArticleExtractor() {
    this(DEFAULT_MAX_BYTES);
  }

  /** @throws IllegalArgumentException if {@code maxBytes} is not positive */
  public HtmlArticleExtractor(int maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    }
    this.model = null; // the shipped model, read on first use
    this.maxBytes = maxBytes;
  }

  /**
   * @param model    rates each text block's chance of being article text
   * @param maxBytes the largest page read
   * @throws IllegalArgumentException if {@code maxBytes} is not positive
   */
  public HtmlArticleExtractor(BlockModel model, int maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    }
    this.model = Objects.requireNonNull(model, "model");
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
    Optional<PageBlocks> page = blocks(html, charsetHint, id, url, problems);
    if (page.isEmpty()) return Optional.empty();
    PageBlocks blocks = page.get();
    BlockModel m = model == null ? BlockModel.shipped() : model;
    String text = blocks.body(m.predict(blocks));
    if (text.isBlank()) {
      problems.accept(new Problem(id, "no article text found in the page; skipped"));
      return Optional.empty();
    }
    PageMetadata meta = blocks.metadata();
    String base = url == null ? "" : url;
    String finalUrl = meta.url().isEmpty() ? base : meta.url();
    return Optional.of(new Article(id, meta.title(), text, finalUrl, meta.date(), "", meta.outlet()));
  }

  /**
   * The page cut into text blocks with their features, before the model decides which are the
   * article: for training and cross-validating a {@link BlockModel}. Empty when the page was
   * reported to {@code problems} (too large, binary); arguments as for {@link #extract}.
   */
  public Optional<PageBlocks> blocks(
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
    Document doc = Jsoup.parse(decoded.text(), url == null ? "" : url);
    PageMetadata meta = metadata.read(doc);
    boilerplate.remove(doc);
    BlockSplitter.Split split = splitter.split(doc.body() == null ? doc : doc.body());
    List<TextBlock> rulePick = finder.find(split);
    List<String> texts = split.blocks().stream().map(TextBlock::text).toList();
    int n = texts.size();
    BlockFeatures.TextStats[] stats = BlockFeatures.stats(split.blocks());
    long[][] phrases = new long[n][];
    int[] words = new int[n];
    for (int i = 0; i < n; i++) {
      phrases[i] = FurnitureBoxes.phrases(texts.get(i));
      words[i] = stats[i].words();
    }
    boolean[] inBox = FurnitureBoxes.of(split, words, phrases);
    float[][] features = BlockFeatures.of(split, rulePick, meta, stats, phrases, inBox);
    int[] elements = split.blocks().stream().mapToInt(TextBlock::element).toArray();
    boolean[] debris = new boolean[n];
    for (int i = 0; i < n; i++) {
      debris[i] = inBox[i] || MainContentFinder.isDebris(split.blocks().get(i));
    }
    return Optional.of(new PageBlocks(meta, texts, features, elements, split.parent(), debris));
  }
}
