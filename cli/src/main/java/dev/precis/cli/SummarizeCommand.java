package dev.precis.cli;

import dev.precis.OrderedParallelMap;
import dev.precis.Precis;
import dev.precis.ingest.ClusterInputs;
import dev.precis.model.Cluster;
import dev.precis.model.Problem;
import dev.precis.model.Summary;
import dev.precis.render.SummaryFormat;
import dev.precis.summarize.Budget;
import dev.precis.summarize.SelectionOptions;
import dev.precis.summarize.Summarizer;
import dev.precis.summarize.QueryRelevance;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import dev.precis.text.lang.LanguageDetector;
import dev.precis.text.lang.LanguageFilter;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
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
            + "files given together (one cluster), or a .jsonl/.jsonl.gz file of "
            + "clusters ({\"id\", \"articles\": [{\"title\", \"text\", \"url\", \"time\"}]} a line), which "
            + "are summarized in parallel and written in input order. A JSONL file of articles "
            + "({\"title\", \"text\", \"url\", \"date\"} a line, as 'precis extract' writes them) is one "
            + "cluster.",
        ""},
    footer = {
        "",
        "Examples:",
        "  precis summarize examples/iraq-withdrawal-letter",
        "  precis summarize examples/iraq-withdrawal-letter --sentences 2 --format md",
        "  precis summarize ../shared/data/multinews_test_sample/dev.jsonl.gz \\",
        "      --words 300 --format json --out summaries.jsonl",
        "",
        "Exit status: 0 all input used (articles left out by --lang are noted on stderr); "
            + "1 some input was bad, reported on stderr and skipped; 2 wrong command line."})
final class SummarizeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Folders, article files or JSONL files.")
  List<Path> paths;

  @Option(names = {"-m", "--method"}, paramLabel = "M", defaultValue = "learned",
      description = "Summarization method: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE},"
          + " which measures best; centroid is about 100 times faster).",
      completionCandidates = MethodNames.class)
  String method;

  @ArgGroup(exclusive = true)
  Length length = new Length();

  static final class Length {
    @Option(names = {"-w", "--words"}, paramLabel = "N", description = "At most N words (default 60).")
    Integer words;

    @Option(names = {"-s", "--sentences"}, paramLabel = "N", description = "At most N sentences.")
    Integer sentences;

    @Option(names = "--chars", paramLabel = "N", description = "At most N characters.")
    Integer chars;

    Budget budget() {
      if (sentences != null) return Budget.sentences(sentences);
      if (chars != null) return Budget.characters(chars);
      return Budget.words(words == null ? 60 : words);
    }
  }

  @Option(names = {"-f", "--format"}, paramLabel = "F", defaultValue = "text",
      description = "Output: text, json (one object a line) or md (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path out;

  @Option(names = "--order", paramLabel = "O", defaultValue = "rank",
      description = "Sentence order: rank (most central first) or reading (as the sources tell it).")
  String order;

  @Option(names = "--redundancy", paramLabel = "X", defaultValue = "0.5",
      description = "Skip a sentence this similar (TF-IDF cosine) to one already chosen (default: ${DEFAULT-VALUE}).")
  double redundancy;

  @Option(names = "--min-words", paramLabel = "N", defaultValue = "6",
      description = "Skip sentences shorter than N words (default: ${DEFAULT-VALUE}).")
  int minWords;

  @Option(names = "--query", paramLabel = "TEXT",
      description = "Bias the summary toward a topic (query-focused summarization).")
  String query;

  @Option(names = "--lang", paramLabel = "CODE", defaultValue = "en",
      description = "Keep articles in this language (ISO 639-1; articles the detector is unsure of"
          + " are kept), or 'any' (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--threads", paramLabel = "N",
      description = "Clusters summarized at once (default: the number of cores).")
  Integer threads;

  static final class MethodNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Summarizer.names().iterator();
    }
  }

  @Override
  public Integer call() throws IOException {
    SummaryFormat fmt = SummaryFormat.named(format);
    Summarizer summarizer = Summarizer.named(method);
    SelectionOptions options = new SelectionOptions(length.budget(), redundancy, minWords,
        switch (order) {
          case "rank" -> SelectionOptions.Order.RANK;
          case "reading" -> SelectionOptions.Order.READING;
          default -> throw new IllegalArgumentException(
              "unknown order '" + order + "'; use rank or reading");
        }, false);
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    PrintWriter err = spec.commandLine().getErr();
    ProblemLog problems = new ProblemLog(err);
    Precis precis = new Precis();
    LanguageFilter languages = new LanguageFilter(LanguageDetector.shared(), lang);
    QueryRelevance relevance = query == null ? null : new QueryRelevance(query);
    boolean many = paths.stream().anyMatch(p -> p.toString().contains(".jsonl"));
    try (PrintWriter w = writer();
        ClusterInputs inputs = ClusterInputs.open(paths, problems);
        Progress progress = Progress.on(err, "summarize")) {
      // Articles left out by --lang were asked to be left out: a note, not a skipped input.
      Consumer<Problem> report = p -> {
        synchronized (err) {
          err.println("note: " + p);
          err.flush();
        }
      };
      new OrderedParallelMap<Cluster, Optional<Summary>>(n,
          c -> languages.filter(c, report).map(kept ->
              precis.summarize(precis.prepare(kept), summarizer, options, relevance)))
          .run(inputs, o -> o.ifPresent(s -> {
            if (many && fmt != SummaryFormat.JSON) w.print("=== " + s.clusterId() + " ===\n");
            w.print(fmt.render(s));
            if (many && fmt != SummaryFormat.JSON) w.print("\n");
            w.flush();
            progress.step();
          }));
    }
    return problems.exitCode();
  }

  private PrintWriter writer() throws IOException {
    if (out == null) return new PrintWriter(spec.commandLine().getOut()) {
      @Override
      public void close() {
        flush();
      }
    };
    return new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8));
  }
}
