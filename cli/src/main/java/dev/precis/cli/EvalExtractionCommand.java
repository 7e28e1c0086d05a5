package dev.precis.cli;

import dev.precis.eval.extraction.ExtractionBenchmark;
import dev.precis.eval.extraction.ExtractionRow;
import dev.precis.ingest.html.HtmlArticleExtractor;
import dev.precis.model.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precis eval-extraction}: the article-extraction benchmark table. */
@Command(
    name = "eval-extraction",
    header = "Scores the article extractor beside public extractors on a benchmark folder.",
    mixinStandardHelpOptions = true,
    description = {
      "Scores Precis's article extractor on a benchmark folder (ground-truth.json, "
          + " html/<id>.html.gz, peers/<name>.json) with the benchmark's shingle F1, and prints "
          + " it beside every peer's stored output: precision, recall, F1 and its 95%% bootstrap "
          + " interval, best first.",
      "",
      "Examples:",
      "  precis eval-extraction ../shared/data/article-extraction",
      "  precis eval-extraction ../shared/data/article-extraction \\",
      "      --resamples 5000 --seed 7"})
public final class EvalExtractionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The benchmark folder.")
  Path dir;

  @Option(names = "--resamples", defaultValue = "1000", description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
  int resamples;

  @Option(names = "--seed", defaultValue = "42", description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(dir.resolve("ground-truth.json"))) {
      err.println(dir + ": no ground-truth.json; give the benchmark folder, e.g."
          + " ../shared/data/article-extraction");
      return 2;
    }
    if (resamples < 1) {
      err.println("--resamples: must be at least 1, got " + resamples);
      return 2;
    }
    int[] problems = {0};
    ExtractionBenchmark bench = new ExtractionBenchmark(new HtmlArticleExtractor(), resamples, seed);
    List<ExtractionRow> rows = bench.run(dir, (Problem p) -> {
      problems[0]++;
      err.println(p);
    });
    spec.commandLine().getOut().print(bench.table(rows));
    spec.commandLine().getOut().flush();
    return problems[0] > 0 ? 1 : 0;
  }
}
