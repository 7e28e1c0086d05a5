package dev.precis.ingest;

import dev.precis.model.Article;
import dev.precis.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads one article from a text file: the first non-blank line is the headline, the rest the body;
 * the id is the file name without its extension.
 */
public final class TextFileReader {
  private final TextDecoder decoder = new TextDecoder();
  private final long maxBytes;

  public TextFileReader() {
    this(ReadLimits.DEFAULT_MAX_ARTICLE_BYTES);
  }

  /** Files larger than {@code maxBytes} are not articles (a 50 MB "article" is a dump or an accident). */
  public TextFileReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** The article in {@code file}, or empty after reporting why there is none. */
  public Optional<Article> read(Path file, Consumer<Problem> problems) {
    String place = file.toString();
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        problems.accept(new Problem(place, "file of " + size + " bytes is over the limit of "
            + maxBytes + " bytes for one article (--max-article-bytes raises it); skipped"));
        return Optional.empty();
      }
      Optional<String> text = decoder.decode(Files.readAllBytes(file));
      if (text.isEmpty()) {
        problems.accept(new Problem(place, "binary data, not text; skipped"));
        return Optional.empty();
      }
      return parse(text.get(), idOf(file), place, problems);
    } catch (IOException e) {
      problems.accept(new Problem(place, "cannot read: " + IoReasons.of(e) + "; skipped"));
      return Optional.empty();
    }
  }

  static Optional<Article> parse(String text, String id, String place, Consumer<Problem> problems) {
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) end = text.length();
      String line = text.substring(start, end).strip();
      if (!line.isEmpty()) {
        String body = end < text.length() ? text.substring(end + 1) : "";
        if (body.isBlank()) {
          problems.accept(new Problem(place, "a headline but no text; skipped"));
          return Optional.empty();
        }
        if (!TextDecoder.hasWords(body)) {
          problems.accept(new Problem(place, "a headline but no words in its text (only symbols,"
              + " emoji or spaces); skipped"));
          return Optional.empty();
        }
        return Optional.of(new Article(id, line, body));
      }
      start = end + 1;
    }
    problems.accept(new Problem(place, "empty file; skipped"));
    return Optional.empty();
  }

  /** The file name without its extensions ("001_a.txt" gives "001_a", "p.html.gz" gives "p"). */
  public static String idOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.indexOf('.', 1);
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
