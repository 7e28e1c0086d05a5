package dev.precis.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.ingest.html.HtmlFileReader;
import dev.precis.ingest.warc.WarcArticleReader;
import dev.precis.model.Article;
import dev.precis.model.Problem;
import dev.precis.text.lang.LanguageDetector;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
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
      "Examples:",
      "  precis extract pages/ --out articles.jsonl",
      "  precis extract CC-NEWS-20191120.warc.gz --lang any --out all.jsonl",
      "  precis extract page.html.gz"})
public final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the JSON lines (default: standard output).")
  Path out;

  @Option(names = "--lang", paramLabel = "CODE", defaultValue = "en",
      description = "Keep articles in this language (ISO 639-1), or 'any' (default: ${DEFAULT-VALUE}).")
  String lang;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!lang.equals("any") && !lang.matches("[a-z]{2}")) {
      err.println("--lang: '" + lang + "' is not an ISO 639-1 code; give e.g. 'en', 'de' or 'any'");
      return 2;
    }
    int[] problems = {0};
    Consumer<Problem> report = p -> {
      problems[0]++;
      err.println(p);
    };
    LanguageDetector detector = LanguageDetector.shared();
    HtmlFileReader html = new HtmlFileReader();
    WarcArticleReader warc = new WarcArticleReader();
    ObjectMapper json = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    int[] written = {0};
    int[] otherLanguage = {0};
    Writer target = out == null ? spec.commandLine().getOut()
        : new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8);
    try (Writer w = out == null ? null : target) {
      Consumer<Article> sink = a -> {
        Article tagged = a.withLang(detector.detect(a.text()));
        // As summarize does: an article the detector is unsure of ("") is kept.
        if (!lang.equals("any") && !tagged.lang().isEmpty() && !tagged.lang().equals(lang)) {
          otherLanguage[0]++;
          return;
        }
        Map<String, String> line = new LinkedHashMap<>();
        line.put("id", tagged.id());
        line.put("title", tagged.title());
        line.put("text", tagged.text());
        line.put("date", tagged.date());
        line.put("url", tagged.url());
        line.put("lang", tagged.lang());
        line.put("outlet", tagged.outlet());
        try {
          target.write(json.writeValueAsString(line));
          target.write('\n');
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        written[0]++;
      };
      for (Path path : paths) {
        for (Path file : files(path, report)) {
          if (WarcArticleReader.accepts(file)) {
            warc.read(file, sink, report);
          } else if (HtmlFileReader.accepts(file)) {
            html.read(file, report).ifPresent(sink);
          } else {
            report.accept(new Problem(file.toString(),
                "not an HTML (.html, .htm, .html.gz) or WARC (.warc, .warc.gz) file; skipped"));
          }
        }
      }
      target.flush();
    }
    err.println("extracted " + written[0] + " articles"
        + (otherLanguage[0] > 0 ? ", left out " + otherLanguage[0] + " not in '" + lang + "'" : "")
        + (problems[0] > 0 ? ", " + problems[0] + " problems" : ""));
    return problems[0] > 0 ? 1 : 0;
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
      report.accept(new Problem(path.toString(), "cannot list the folder: " + e.getMessage() + "; skipped"));
      return List.of();
    }
  }

}
