package dev.precis.cli;

import dev.precis.SummaryRequest;
import dev.precis.ingest.ArticleFileReader;
import dev.precis.ingest.IoReasons;
import dev.precis.ingest.JsonCodec;
import dev.precis.ingest.html.HtmlArticleExtractor;
import dev.precis.ingest.html.HtmlFileReader;
import dev.precis.ingest.warc.WarcArticleReader;
import dev.precis.model.Article;
import dev.precis.model.Problem;
import dev.precis.text.lang.LanguageDetector;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precis extract}: HTML pages and WARC files to articles, one JSON line each. */
@Command(
    name = "extract",
    header = "Extracts articles from web pages and WARC files to JSON lines.",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts the articles of HTML pages (.html, .htm, .html.gz) and WARC files (.warc, "
          + " .warc.gz) and writes them as JSON lines: id, title, text, date, url, lang, outlet. "
          + "Folders are read recursively. Inputs that cannot be read are reported on stderr as "
          + " 'place: reason' and skipped; the exit code is then 1.",
      "",
      "--out is written to FILE.partial and renamed when complete; after an interrupted run,"
          + " --resume continues FILE.partial, giving the bytes of one whole run.",
      "",
      "Examples:",
      "  precis extract pages/ --out articles.jsonl",
      "  precis extract CC-NEWS-20191120.warc.gz --lang any --out all.jsonl",
      "  precis extract CC-NEWS-20191120.warc.gz --out all.jsonl --resume",
      "  precis extract page.html.gz",
      "",
      Main.EXIT_CODES})
public final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
  List<Path> paths = new ArrayList<>();

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Where to write the JSON lines (default: standard output).")
  Path out;

  @Option(names = "--resume",
      description = "Continue the --out FILE an interrupted run left: skip the articles written,"
          + " append the rest.")
  boolean resume;

  @Option(names = "--lang", paramLabel = "CODE", defaultValue = SummaryRequest.DEFAULT_LANGUAGE,
      description = "Keep articles in this language (ISO 639-1), or '" + SummaryRequest.ANY_LANGUAGE
          + "' (default: ${DEFAULT-VALUE}).")
  String lang;

  @Mixin ReadOptions read = new ReadOptions();

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    // The request validates the language code as summarize does.
    SummaryRequest.defaults().withLanguage(lang);
    if (resume && out == null) throw new IllegalArgumentException("--resume continues an --out FILE; give --out");
    Output.refuseInputs(out, paths);
    ProblemLog report = new ProblemLog(err);
    LanguageDetector detector = LanguageDetector.shared();
    int max = read.limits().maxArticleBytes();
    HtmlFileReader html = new HtmlFileReader(new HtmlArticleExtractor(max), max);
    WarcArticleReader warc = new WarcArticleReader(new HtmlArticleExtractor(max), max);
    int[] written = {0};
    int[] otherLanguage = {0};
    Resume continued = resume ? Resume.lines(out, "id") : null;
    try (Output o = out == null ? Output.stdout(spec.commandLine().getOut()) : Output.file(out, continued)) {
      Consumer<Article> sink = a -> {
        Article tagged = a.withLang(detector.detect(a.text()));
        // As summarize does: an article the detector is unsure of ("") is kept.
        if (!lang.equals(SummaryRequest.ANY_LANGUAGE) && !tagged.lang().isEmpty() && !tagged.lang().equals(lang)) {
          otherLanguage[0]++;
          return;
        }
        try {
          if (continued != null) continued.beforeWrite(tagged.id());
          o.record(JsonCodec.write(tagged) + "\n");
        } catch (Output.OutputFailed e) {
          throw new UncheckedIOException(e);
        }
        written[0]++;
      };
      // Articles an earlier run wrote are skipped before their language is detected again.
      Consumer<Article> todo = continued == null ? sink : a -> {
        Iterator<Article> one = continued.skipDone(List.of(a).iterator(), Article::id);
        if (one.hasNext()) sink.accept(one.next());
      };
      try {
        for (Path path : paths) {
          for (Path file : files(path, report)) {
            if (WarcArticleReader.accepts(file)) {
              warc.read(file, todo, report);
            } else if (HtmlFileReader.accepts(file)) {
              html.read(file, report).ifPresent(a -> ArticleFileReader.withWords(a, file.toString(), todo, report));
            } else {
              report.accept(new Problem(file.toString(),
                  "not an HTML (.html, .htm, .html.gz) or WARC (.warc, .warc.gz) file; skipped"));
            }
          }
        }
      } catch (UncheckedIOException e) {
        if (e.getCause() instanceof Output.OutputFailed f) throw f;
        throw e;
      }
      if (continued != null) continued.finish();
      o.commit();
    }
    err.println("extracted " + written[0] + " articles"
        + (continued != null && continued.kept() > 0 ? " after the " + continued.kept() + " kept" : "")
        + (otherLanguage[0] > 0 ? ", left out " + otherLanguage[0] + " not in '" + lang + "'" : "")
        + (report.count() > 0 ? ", " + report.count() + " problems" : ""));
    return report.exitCode();
  }

  /** The readable files under {@code path}, sorted; folders keep only the extensions read. */
  private static List<Path> files(Path path, Consumer<Problem> report) {
    if (Files.isRegularFile(path)) return List.of(path);
    if (!Files.isDirectory(path)) {
      report.accept(new Problem(path.toString(), "no such file or folder; skipped"));
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(Files::isRegularFile)
          .filter(f -> HtmlFileReader.accepts(f) || WarcArticleReader.accepts(f))
          .sorted().toList();
    } catch (IOException e) {
      report.accept(new Problem(path.toString(), "cannot list the folder: " + IoReasons.of(e) + "; skipped"));
      return List.of();
    }
  }
}
