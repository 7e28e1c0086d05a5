package dev.precis.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.ingest.JsonCodec;
import dev.precis.ingest.html.HtmlArticleExtractor;
import dev.precis.ingest.html.PageBlocks;
import dev.precis.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads a benchmark folder ({@code ground-truth.json} and {@code html/<id>.html.gz}) into
 * {@link BenchmarkPage}s, each page cut into blocks by the extractor.
 */
public final class BenchmarkPages {

  private BenchmarkPages() {}

  /**
   * The pages of {@code dir} in the ground truth's order; a page that cannot be read is reported
   * and kept with no blocks (scored as empty).
   *
   * @throws UncheckedIOException if {@code dir} has no readable {@code ground-truth.json}
   */
  public static List<BenchmarkPage> read(Path dir, HtmlArticleExtractor extractor,
      Consumer<Problem> problems) {
    return read(dir, extractor, problems, Integer.MAX_VALUE);
  }

  /** The first {@code limit} pages of {@code dir}, as {@link #read(Path, HtmlArticleExtractor, Consumer)}. */
  public static List<BenchmarkPage> read(Path dir, HtmlArticleExtractor extractor,
      Consumer<Problem> problems, int limit) {
    JsonNode truth = readJson(dir.resolve("ground-truth.json"));
    String set = dir.toAbsolutePath().normalize().getFileName().toString();
    List<BenchmarkPage> out = new ArrayList<>();
    truth.fields().forEachRemaining(e -> {
      if (out.size() >= limit) return;
      String id = e.getKey();
      JsonNode t = e.getValue();
      BenchmarkPage.Truth gold = new BenchmarkPage.Truth(t.path("articleBody").asText(""),
          t.path("url").asText(""), t.path("title").asText(""), t.path("byline").asText(""),
          t.path("published").asText(""), t.path("lang").asText(""));
      Path page = dir.resolve("html").resolve(id + ".html.gz");
      Optional<PageBlocks> blocks;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
        blocks = extractor.blocks(in.readAllBytes(), "", id, gold.url(), p -> { });
      } catch (IOException ex) {
        problems.accept(new Problem(page.toString(), "unreadable: " + ex.getMessage()
            + "; scored as empty"));
        blocks = Optional.empty();
      }
      String canonical = blocks.map(b -> b.metadata().url()).orElse("");
      out.add(new BenchmarkPage(set, id, group(id, gold.url(), canonical), gold, blocks));
    });
    return out;
  }

  /** The host of the page's URL (its own, else its canonical link), else its id stem. */
  static String group(String id, String url, String canonical) {
    for (String u : new String[] {url, canonical}) {
      String host = host(u);
      if (!host.isEmpty()) return host;
    }
    return "id:" + id.replaceFirst("-\\d+$", "");
  }

  private static String host(String url) {
    if (url.isBlank()) return "";
    try {
      String h = URI.create(url.trim()).getHost();
      if (h == null) return "";
      h = h.toLowerCase(Locale.ROOT);
      return h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  static JsonNode readJson(Path p) {
    try {
      try (InputStream in = Files.newInputStream(p)) {
        return JsonCodec.parse(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(p + ": " + e.getMessage(), e);
    }
  }
}
