package dev.precis.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.ingest.html.HtmlArticleExtractor;
import dev.precis.model.Article;
import dev.precis.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Scores Precis's extractor on a benchmark folder and puts it beside every stored peer output.
 *
 * <p>The folder holds {@code ground-truth.json} ({@code {"<id>": {"articleBody": ...}}}),
 * {@code html/<id>.html.gz} and {@code peers/<name>.json}
 * ({@code {"output": {"<id>": {"articleBody": ...}}}}). Every extractor is scored on the same
 * pages by {@link ShingleF1}; a page missing from a peer's output counts as an empty prediction,
 * and a page Precis could not read counts as empty too (and is reported).
 */
public final class ExtractionBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HtmlArticleExtractor extractor;
  private final ShingleF1 metric = new ShingleF1();
  private final int resamples;
  private final long seed;

  /**
   * @param resamples bootstrap resamples for the intervals (1000 is usual)
   * @param seed      the bootstrap's random seed, so that tables are reproducible
   */
  public ExtractionBenchmark(HtmlArticleExtractor extractor, int resamples, long seed) {
    if (resamples < 1) throw new IllegalArgumentException("resamples must be >= 1, got " + resamples);
    this.extractor = extractor;
    this.resamples = resamples;
    this.seed = seed;
  }

  /**
   * The rows, best F1 first.
   *
   * @throws UncheckedIOException if {@code dir} has no readable {@code ground-truth.json}
   */
  public List<ExtractionRow> run(Path dir, Consumer<Problem> problems) {
    Map<String, String> truth = bodies(readJson(dir.resolve("ground-truth.json")));
    List<ExtractionRow> rows = new ArrayList<>();
    rows.add(row("Precis", truth, precis(dir, truth.keySet(), problems)));
    Path peers = dir.resolve("peers");
    if (Files.isDirectory(peers)) {
      try (Stream<Path> files = Files.list(peers)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
          String name = p.getFileName().toString().replaceFirst("\\.json$", "");
          JsonNode output;
          try {
            output = readJson(p).path("output");
          } catch (UncheckedIOException e) {
            problems.accept(new Problem(p.toString(), "unreadable peer output: "
                + e.getCause().getMessage() + "; skipped"));
            continue;
          }
          rows.add(row(name, truth, bodies(output)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    rows.sort(Comparator.comparingDouble((ExtractionRow r) -> r.scores().f1()).reversed()
        .thenComparing(ExtractionRow::name));
    return rows;
  }

  /** Precis's article bodies for the pages, by id. */
  public Map<String, String> precis(Path dir, Iterable<String> ids, Consumer<Problem> problems) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String id : ids) {
      Path page = dir.resolve("html").resolve(id + ".html.gz");
      byte[] html;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
        html = in.readAllBytes();
      } catch (IOException e) {
        problems.accept(new Problem(page.toString(), "unreadable: " + e.getMessage() + "; scored as empty"));
        continue;
      }
      extractor.extract(html, "", id, "", problems).map(Article::text)
          .ifPresent(t -> out.put(id, t));
    }
    return out;
  }

  /** The table: one line per row, F1 with its 95% interval. */
  public String table(List<ExtractionRow> rows) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-18s %9s %9s %9s   %s%n", "extractor", "precision",
        "recall", "F1", "F1 95% CI"));
    for (ExtractionRow r : rows) {
      b.append(String.format(Locale.ROOT, "%-18s %9.3f %9.3f %9.3f   [%.3f, %.3f]%n", r.name(),
          r.scores().precision(), r.scores().recall(), r.scores().f1(), r.f1Low(), r.f1High()));
    }
    b.append(String.format(Locale.ROOT, "%d pages; shingle F1 (4-token shingles), %d bootstrap resamples%n",
        rows.isEmpty() ? 0 : rows.get(0).pages(), resamples));
    return b.toString();
  }

  private ExtractionRow row(String name, Map<String, String> truth, Map<String, String> predicted) {
    List<ShingleCounts> pages = new ArrayList<>();
    for (Map.Entry<String, String> e : truth.entrySet()) {
      pages.add(metric.match(e.getValue(), predicted.getOrDefault(e.getKey(), "")));
    }
    ExtractionScores all = metric.aggregate(pages);
    Random random = new Random(seed);
    double[] f1 = new double[resamples];
    List<ShingleCounts> sample = new ArrayList<>(pages.size());
    for (int r = 0; r < resamples; r++) {
      sample.clear();
      for (int i = 0; i < pages.size(); i++) sample.add(pages.get(random.nextInt(pages.size())));
      f1[r] = metric.aggregate(sample).f1();
    }
    Arrays.sort(f1);
    double low = f1[(int) Math.floor(0.025 * (resamples - 1))];
    double high = f1[(int) Math.ceil(0.975 * (resamples - 1))];
    return new ExtractionRow(name, all, low, high, pages.size());
  }

  private static Map<String, String> bodies(JsonNode byId) {
    Map<String, String> out = new LinkedHashMap<>();
    byId.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().path("articleBody").asText("")));
    return out;
  }

  private static JsonNode readJson(Path p) {
    try {
      return JSON.readTree(p.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(p + ": " + e.getMessage(), e);
    }
  }
}
