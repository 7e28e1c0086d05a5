package dev.precis.cli;

import dev.precis.eval.extraction.BenchmarkPage;
import dev.precis.eval.extraction.BenchmarkPages;
import dev.precis.eval.extraction.BlockModelCrossValidation;
import dev.precis.eval.extraction.ExtractionBenchmark;
import dev.precis.eval.extraction.ExtractionRow;
import dev.precis.eval.extraction.MetadataAccuracy;
import dev.precis.ingest.html.BlockModel;
import dev.precis.ingest.html.HtmlArticleExtractor;
import dev.precis.model.Problem;
import dev.precis.text.lang.LanguageDetector;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precis eval-extraction}: the article-extraction benchmark tables. */
@Command(
    name = "eval-extraction",
    header = "Scores the article extractor beside public extractors on benchmark folders.",
    mixinStandardHelpOptions = true,
    description = {
      "Scores Precis's article extractor on one or more benchmark folders (ground-truth.json,"
          + " html/<id>.html.gz, and optionally peers/<name>.json) with the benchmark's shingle"
          + " F1, and prints one table per folder: precision, recall, F1 and its 95%% bootstrap"
          + " interval, Precis beside every peer's stored output, best first; then the pages"
          + " Precis scores lowest, and, where the ground truth gives them, the accuracy of the"
          + " headline, byline, date and language Precis reads.",
      "",
      "The extractor's block model is learned, so by default every page is extracted by a model"
          + " trained without its site: the sites (URL hosts) of all folders together are dealt"
          + " into --folds folds, and each fold is extracted by a model trained on the others."
          + " --model FILE scores a given model on every page instead (the shipped one saw these"
          + " pages, so its figures would not be honest); --save-model FILE trains a model on all"
          + " the pages and writes it (how the shipped model is made).",
      "",
      "Examples:",
      "  precis eval-extraction ../shared/data/article-extraction ../shared/data/readability-pages",
      "  precis eval-extraction ../shared/data/article-extraction --folds 10 --resamples 5000",
      "  precis eval-extraction ../shared/data/article-extraction ../shared/data/readability-pages \\",
      "      --save-model core/src/main/resources/dev/precis/ingest/html/block-model.ubj"})
public final class EvalExtractionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "DIR", description = "The benchmark folders.")
  List<Path> dirs = new ArrayList<>();

  @Option(names = "--folds", defaultValue = "5",
      description = "Cross-validation folds, sites kept whole (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--model", paramLabel = "FILE",
      description = "Score this block model on every page instead of cross-validating.")
  Path model;

  @Option(names = "--save-model", paramLabel = "FILE",
      description = "Train a block model on all the pages and write it to FILE.")
  Path saveModel;

  @Option(names = "--resamples", defaultValue = "1000", description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
  int resamples;

  @Option(names = "--seed", defaultValue = "42", description = "Bootstrap and fold seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    for (Path dir : dirs) {
      if (!Files.isRegularFile(dir.resolve("ground-truth.json"))) {
        err.println(dir + ": no ground-truth.json; give a benchmark folder, e.g."
            + " ../shared/data/article-extraction");
        return 2;
      }
    }
    if (resamples < 1) {
      err.println("--resamples: must be at least 1, got " + resamples);
      return 2;
    }
    if (model != null && !Files.isRegularFile(model)) {
      err.println("--model: no such file '" + model + "'; give a model written by --save-model");
      return 2;
    }
    int[] problems = {0};
    Consumer<Problem> report = p -> {
      problems[0]++;
      err.println(p);
    };
    HtmlArticleExtractor splitter = new HtmlArticleExtractor();
    Map<Path, List<BenchmarkPage>> byDir = new java.util.LinkedHashMap<>();
    List<BenchmarkPage> all = new ArrayList<>();
    for (Path dir : dirs) {
      List<BenchmarkPage> pages = BenchmarkPages.read(dir, splitter, report);
      byDir.put(dir, pages);
      all.addAll(pages);
    }
    BlockModelCrossValidation cv = new BlockModelCrossValidation(BlockModel.Params.DEFAULT);
    Map<String, String> bodies;
    String name;
    if (model != null) {
      BlockModel given;
      try {
        given = BlockModel.fromBytes(Files.readAllBytes(model));
      } catch (IllegalArgumentException e) {
        err.println("--model: " + model + ": " + e.getMessage());
        return 2;
      }
      bodies = new HashMap<>();
      for (BenchmarkPage p : all) {
        p.blocks().ifPresent(b ->
            bodies.put(BlockModelCrossValidation.key(p), b.body(given.predict(b))));
      }
      name = "Precis (model)";
    } else {
      long sites = all.stream().map(BenchmarkPage::group).distinct().count();
      if (folds < 2 || folds > sites) {
        err.println("--folds: must be between 2 and the number of sites (" + sites + "), got " + folds);
        return 2;
      }
      bodies = cv.bodies(all, folds, seed);
      name = "Precis (cv)";
    }
    ExtractionBenchmark bench = new ExtractionBenchmark(resamples, seed);
    MetadataAccuracy metadata = new MetadataAccuracy(LanguageDetector.shared());
    for (Map.Entry<Path, List<BenchmarkPage>> e : byDir.entrySet()) {
      List<BenchmarkPage> pages = e.getValue();
      out.println("== " + e.getKey() + " ==");
      List<ExtractionRow> rows = bench.run(e.getKey(), pages, name, bodies, report);
      out.print(bench.table(rows));
      List<ExtractionBenchmark.PageF1> scores = bench.pages(pages, bodies);
      long under = scores.stream().filter(s -> s.f1() < 0.5).count();
      StringBuilder low = new StringBuilder();
      for (int i = 0; i < Math.min(5, scores.size()); i++) {
        String id = scores.get(i).id();
        low.append(String.format(Locale.ROOT, " %s %.3f", id.length() > 16 ? id.substring(0, 12) + "..." : id,
            scores.get(i).f1()));
      }
      out.println("Precis pages under F1 0.5: " + under + "; lowest:" + low);
      if (pages.stream().anyMatch(p -> !p.truth().title().isBlank())) {
        out.print(MetadataAccuracy.table(metadata.score(pages, bodies)));
      }
      out.println();
    }
    if (model == null) {
      out.println("Precis (cv): " + folds + "-fold cross-validation over "
          + all.stream().map(BenchmarkPage::group).distinct().count() + " sites of "
          + all.size() + " pages, each page extracted by a model trained without its site");
    }
    if (saveModel != null) {
      Path parent = saveModel.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
      Files.write(saveModel, cv.train(all).bytes());
      out.println("wrote the block model trained on all " + all.size() + " pages to " + saveModel);
    }
    out.flush();
    return problems[0] > 0 ? 1 : 0;
  }
}
