package dev.precis.cli;

import dev.precis.OrderedParallelMap;
import dev.precis.Precis;
import dev.precis.SummaryRequest;
import dev.precis.ingest.ClusterInputs;
import dev.precis.model.Cluster;
import dev.precis.model.Summary;
import dev.precis.render.SummaryFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precis summarize}: one summary per cluster, in input order. */
@Command(
    name = "summarize",
    header = "Summarizes clusters of articles, every sentence cited to its sources.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Writes a short summary of each cluster of articles, every sentence cited to the articles "
            + "that state it ([1][3] = sources 1 and 3, listed below the summary).",
        "",
        "A PATH is a folder of articles (one cluster: .txt files whose first line is the "
            + "headline, saved web pages .html/.htm/.html.gz, or .warc/.warc.gz crawl files), article "
            + "files given together (one cluster), or JSON lines of clusters "
            + "({\"id\", \"articles\": [{\"title\", \"text\", \"url\", \"time\"}]} a line): a .jsonl or "
            + ".ndjson file, gzipped or not, '-' for standard input, a pipe, or any file whose first "
            + "character is '{'; its clusters are summarized in parallel and written in input order. "
            + "A JSONL file of articles ({\"title\", \"text\", \"url\", \"date\"} a line, as 'precis "
            + "extract' writes them) is one cluster.",
        "",
        "Every input cluster gives one summary or one reported problem. Warnings go to standard "
            + "error in every format (JSON also keeps them in each line's \"warnings\"); a cluster "
            + "whose articles do not tell one story is warned about (try 'precis events' to split "
            + "it). --out is written to FILE.partial and renamed when complete; an interrupted run "
            + "keeps FILE.partial, and --resume continues it.",
        ""},
    footer = {
        "",
        "Examples:",
        "  precis summarize examples/iraq-withdrawal-letter",
        "  precis summarize examples/iraq-withdrawal-letter --sentences 2 --format md",
        "  precis summarize ../shared/data/multinews_test_sample/dev.jsonl.gz \\",
        "      --words 300 --format json --out summaries.jsonl",
        "  zcat clusters.jsonl.gz | precis summarize - --format json",
        "  precis summarize big.jsonl.gz -f json --out s.jsonl --resume   # after a kill",
        "",
        Main.EXIT_CODES})
final class SummarizeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Folders, article files, JSON-lines files, or '-' for standard input.")
  List<Path> paths;

  @Mixin SummaryOptions summary = new SummaryOptions();

  @Option(names = {"-f", "--format"}, paramLabel = "F", defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES}; json is one object a line"
          + " (default: ${DEFAULT-VALUE}).",
      completionCandidates = EnumNames.Formats.class, converter = EnumNames.Formats.class)
  SummaryFormat format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Write to FILE (safely: FILE.partial, renamed when complete) instead of"
          + " standard output.")
  Path out;

  @Option(names = "--resume",
      description = "Continue the --out FILE an interrupted run left (FILE.partial): skip the"
          + " clusters written, append the rest; the result is the bytes of one whole run"
          + " (text and md keep FILE.partial.index beside it for that).")
  boolean resume;

  @Option(names = "--threads", paramLabel = "N",
      description = "Clusters summarized at once (default: the number of cores).")
  Integer threads;

  @Mixin ReadOptions read = new ReadOptions();

  /** Standard input, for '-'; tests give their own. */
  InputStream stdin = System.in;

  @Override
  public Integer call() throws IOException {
    SummaryRequest request = summary.request();
    if (resume && out == null) throw new IllegalArgumentException("--resume continues an --out FILE; give --out");
    Output.refuseInputs(out, paths);
    int n = Threads.count(threads);
    PrintWriter err = spec.commandLine().getErr();
    ProblemLog problems = new ProblemLog(err);
    Precis precis = new Precis();
    StoryCohesion cohesion = new StoryCohesion();
    AtomicInteger empty = new AtomicInteger();
    // JSON lines are their own index; text and Markdown records are listed beside the output.
    boolean indexed = format != SummaryFormat.JSON;
    Resume continued = !resume ? null : indexed ? Resume.indexed(out) : Resume.lines(out, "id");
    try (Output o = out == null ? Output.stdout(spec.commandLine().getOut()) : Output.file(out, continued, indexed);
        ClusterInputs inputs = ClusterInputs.open(paths, problems, stdin, read.limits());
        Progress progress = Progress.on(err, "summarize")) {
      boolean headers = inputs.mayGiveMany() && format != SummaryFormat.JSON;
      Iterator<Cluster> todo = continued == null ? inputs : continued.skipDone(inputs, Cluster::id);
      try {
        new OrderedParallelMap<Cluster, Result>(n,
            c -> new Result(precis.summarize(c, request), cohesion.warning(c)))
            .run(todo, r -> {
              Summary s = r.summary();
              synchronized (err) {
                r.cohesion().ifPresent(w -> err.println("warning: " + w));
                for (String w : s.warnings()) err.println("warning: " + w);
                if (s.sentences().isEmpty()) {
                  empty.incrementAndGet();
                  err.println("cluster " + s.clusterId() + ": no summary"
                      + (format == SummaryFormat.JSON ? " (its line says why)" : "; skipped"));
                }
                err.flush();
              }
              try {
                // Text gives a cluster with no summary no record, only its problem line.
                if (format == SummaryFormat.JSON || !s.sentences().isEmpty()) {
                  if (continued != null) continued.beforeWrite(s.clusterId());
                  o.record(s.clusterId(), format == SummaryFormat.JSON ? format.render(s)
                      : (headers ? "=== " + s.clusterId() + " ===\n" : "") + format.render(s)
                          + (headers ? "\n" : ""));
                }
              } catch (Output.OutputFailed e) {
                throw new UncheckedIOException(e);
              }
              progress.step();
            });
      } catch (UncheckedIOException e) {
        if (e.getCause() instanceof Output.OutputFailed f) throw f;
        throw e;
      }
      if (continued != null) continued.finish();
      o.commit();
    }
    return empty.get() > 0 ? Main.SKIPPED : problems.exitCode();
  }

  private record Result(Summary summary, java.util.Optional<String> cohesion) {}
}
