package dev.precis.ingest;

import dev.precis.model.Article;
import dev.precis.ingest.html.HtmlArticleExtractor;
import dev.precis.ingest.html.HtmlFileReader;
import dev.precis.ingest.warc.WarcArticleReader;
import dev.precis.model.Problem;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads the articles in one file, choosing the reader by the file's extension: {@code .txt}
 * (headline on the first line), {@code .html}, {@code .htm}, {@code .html.gz} (main-text
 * extraction), {@code .warc}, {@code .warc.gz} (every HTML response in it). Reports an
 * unsupported file rather than guessing.
 */
public final class ArticleFileReader {
  private final TextFileReader text;
  private final HtmlFileReader html;
  private final WarcArticleReader warc;

  public ArticleFileReader() {
    this(ReadLimits.DEFAULT);
  }

  public ArticleFileReader(ReadLimits limits) {
    int max = limits.maxArticleBytes();
    text = new TextFileReader(max);
    html = new HtmlFileReader(new HtmlArticleExtractor(max), max);
    warc = new WarcArticleReader(new HtmlArticleExtractor(max), max);
  }

  /** Whether {@code file}'s name says it holds articles this reader takes. */
  public static boolean isArticleFile(Path file) {
    return kind(file) != Kind.OTHER;
  }

  enum Kind { TEXT, HTML, WARC, OTHER }

  static Kind kind(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".txt") || n.endsWith(".text")) return Kind.TEXT;
    if (HtmlFileReader.accepts(file)) return Kind.HTML;
    if (WarcArticleReader.accepts(file)) return Kind.WARC;
    return Kind.OTHER;
  }

  /** Passes on an article with words in its text; reports one without (a page of only symbols). */
  public static void withWords(Article a, String place, Consumer<Article> articles, Consumer<Problem> problems) {
    if (TextDecoder.hasWords(a.text())) {
      articles.accept(a);
    } else {
      problems.accept(new Problem(place, "no words in the article's text (only symbols, emoji or"
          + " spaces); skipped"));
    }
  }

  /** Sends each article of {@code file} to {@code articles}; problems go to {@code problems}. */
  public void read(Path file, Consumer<Article> articles, Consumer<Problem> problems) {
    switch (kind(file)) {
      case TEXT -> text.read(file, problems).ifPresent(articles);
      case HTML -> html.read(file, problems).ifPresent(a -> withWords(a, file.toString(), articles, problems));
      case WARC -> warc.read(file, articles, problems);
      case OTHER -> problems.accept(new Problem(file.toString(),
          "not an article file (supported: .txt, .html, .htm, .html.gz, .warc, .warc.gz); skipped"));
    }
  }
}
