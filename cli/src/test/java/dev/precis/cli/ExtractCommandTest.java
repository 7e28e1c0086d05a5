package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest extends CommandTestBase {
  static final Path PAGE = Path.of(System.getProperty("precis.shared"), "data", "article-extraction",
      "html", "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856.html.gz");
  @TempDir Path tmp;
  @Override
  CommandLine commandLine() {
    // The extract command alone, with the program's handling of errors and exit codes.
    return Main.handled(new CommandLine(new ExtractCommand()));
  }

  @Test
  void writesOneJsonLinePerPage() throws IOException {
    Files.copy(PAGE, tmp.resolve("wsj.html.gz"));
    Path jsonl = tmp.resolve("articles.jsonl");
    assertThat(run(tmp.toString(), "--out", jsonl.toString())).isEqualTo(0);
    List<String> lines = Files.readAllLines(jsonl);
    assertThat(lines).hasSize(1);
    JsonNode a = new ObjectMapper().readTree(lines.get(0));
    assertThat(a.fieldNames()).toIterable().containsExactly("id", "title", "text", "date", "url", "lang", "outlet");
    assertThat(a.get("id").asText()).isEqualTo("wsj");
    assertThat(a.get("lang").asText()).isEqualTo("en");
    assertThat(a.get("text").asText()).contains("Gaming used to be so simple.");
    assertThat(err.toString()).isEqualTo("extracted 1 articles" + System.lineSeparator());
  }

  @Test
  void skippedInputsAreReportedOnePerLineAndExitOne() throws IOException {
    Files.copy(PAGE, tmp.resolve("wsj.html.gz"));
    Path empty = tmp.resolve("empty.html");
    Files.writeString(empty, "<html><body><a href=/>Home</a></body></html>");
    assertThat(run(tmp.toString(), tmp.resolve("missing.html").toString())).isEqualTo(1);
    assertThat(out.toString().lines()).hasSize(1);
    assertThat(err.toString().lines()).containsExactly(
        empty + ": no article text found in the page; skipped",
        tmp.resolve("missing.html") + ": no such file or folder; skipped",
        "extracted 1 articles, 2 problems");
  }

  @Test
  void otherLanguagesAreLeftOutUnlessAsked() throws IOException {
    Files.copy(PAGE, tmp.resolve("wsj.html.gz"));
    assertThat(run(tmp.toString(), "--lang", "de")).isEqualTo(0);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).contains("left out 1 not in 'de'");
  }

  @Test
  void langAnyExtractsPagesInEveryLanguage() throws IOException {
    Path pages = Path.of(System.getProperty("precis.shared"), "data", "readability-pages", "html");
    for (String name : new String[] {"lemonde-1", "heise", "la-nacion"}) {
      Files.copy(pages.resolve(name + ".html.gz"), tmp.resolve(name + ".html.gz"));
    }
    assertThat(run(tmp.toString(), "--lang", "any")).isEqualTo(0);
    assertThat(out.toString().lines().map(l -> l.replaceAll(".*\"lang\":\"([a-z]*)\".*", "$1")))
        .containsExactly("de", "es", "fr");
    assertThat(err.toString()).isEqualTo("extracted 3 articles" + System.lineSeparator());
  }

  @Test
  void wrongUsageExitsTwo() {
    assertThat(run()).isEqualTo(2);
    assertThat(run("x.html", "--lang", "english")).isEqualTo(2);
    assertThat(err.toString()).contains("precis: language: 'english' is not an ISO 639-1 code; give e.g. 'en', 'de' or 'any'");
  }
}
