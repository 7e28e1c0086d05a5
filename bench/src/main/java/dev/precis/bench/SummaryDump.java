package dev.precis.bench;

import dev.precis.OrderedParallelMap;
import dev.precis.Precis;
import dev.precis.SummaryRequest;
import dev.precis.model.Cluster;
import dev.precis.render.SummaryFormat;
import dev.precis.summarize.Budget;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes what {@code precis summarize FILE --method M --words W --format json} writes, for several
 * methods and budgets in one process, to {@code DIR/M-W.jsonl}: for checking that a change to the
 * pipeline leaves every method's output as it was ({@code diff -r} against a copy made before).
 *
 * <p>Usage: {@code SummaryDump DIR FILE m1,m2,... w1,w2,...}
 */
public final class SummaryDump {
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    List<Cluster> clusters = EndToEndBench.read(Path.of(args[1]));
    Files.createDirectories(dir);
    Precis precis = new Precis();
    int threads = Runtime.getRuntime().availableProcessors();
    for (String method : args[2].split(",")) {
      for (String w : args[3].split(",")) {
        SummaryRequest request = SummaryRequest.defaults().withMethod(method)
            .withBudget(Budget.words(Integer.parseInt(w)));
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(
            dir.resolve(method + "-" + w + ".jsonl"), StandardCharsets.UTF_8))) {
          new OrderedParallelMap<Cluster, String>(threads,
              c -> SummaryFormat.JSON.render(precis.summarize(c, request)))
              .run(clusters.iterator(), s -> out.print(s.endsWith("\n") ? s : s + "\n"));
        }
      }
    }
  }
}
