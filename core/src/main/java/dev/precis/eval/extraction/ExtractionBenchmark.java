package dev.precis.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.model.Problem;
import java.io.IOException;
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
  private final ShingleF1 metric = new ShingleF1();
  private final int resamples;
  private final long seed;

  /**
   * @param resamples bootstrap resamples for the intervals (1000 is usual)
   * @param seed      the bootstrap's random seed, so that tables are reproducible
   */
  public ExtractionBenchmark(int resamples, long seed) {
    if (resamples < 1) throw new IllegalArgumentException("resamples must be >= 1, got " + resamples);
    this.resamples = resamples;
    this.seed = seed;
  }

  /**
   * The rows of one folder, best F1 first: Precis's bodies (keyed by
   * {@link BlockModelCrossValidation#key}, a page missing from them scored as empty) named
   * {@code precisName}, beside every peer output stored in {@code dir/peers}.
   */
  public List<ExtractionRow> run(Path dir, List<BenchmarkPage> pages, String precisName,
      Map<String, String> precis, Consumer<Problem> problems) {
    Map<String, String> truth = new LinkedHashMap<>();
    Map<String, String> mine = new LinkedHashMap<>();
    for (BenchmarkPage p : pages) {
      truth.put(p.id(), p.truth().body());
      mine.put(p.id(), precis.getOrDefault(BlockModelCrossValidation.key(p), ""));
    }
    List<ExtractionRow> rows = new ArrayList<>();
    rows.add(row(precisName, truth, mine));
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

  /** One page's F1 for Precis. */
  public record PageF1(String id, double f1) {}

  /** Precis's F1 on each page, lowest first. */
  public List<PageF1> pages(List<BenchmarkPage> pages, Map<String, String> precis) {
    List<PageF1> out = new ArrayList<>();
    for (BenchmarkPage p : pages) {
      ShingleCounts c = metric.match(p.truth().body(),
          precis.getOrDefault(BlockModelCrossValidation.key(p), ""));
      double pr = c.precision();
      double re = c.recall();
      out.add(new PageF1(p.id(), pr + re > 0 ? 2 * pr * re / (pr + re) : 0));
    }
    out.sort(Comparator.comparingDouble(PageF1::f1).thenComparing(PageF1::id));
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
    return BenchmarkPages.readJson(p);
  }
}
