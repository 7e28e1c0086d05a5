package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.ingest.warc.WarcBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventsCommandTest extends CommandTestBase {
  static final Path SHARED = Path.of(System.getProperty("precis.shared", "../../shared"));
  static final Path ALLSIDES = SHARED.resolve("data/allsides-events/dev.jsonl.gz");
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  /** The first {@code n} lines of the AllSides stories, as a cluster JSONL file. */
  Path allSides(int n) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(ALLSIDES)), StandardCharsets.UTF_8))) {
      String line;
      while (lines.size() < n && (line = r.readLine()) != null) lines.add(line);
    }
    Path file = dir.resolve("stories.jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  /** The same stories' articles as article lines, as 'precis extract' writes them. */
  Path articleLines(int n) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(allSides(n))) {
      JsonNode story = JSON.readTree(line);
      int k = 0;
      for (JsonNode a : story.get("articles")) {
        out.add(JSON.createObjectNode().put("id", story.get("id").asText() + "-" + k++)
            .put("title", a.get("title").asText()).put("text", a.get("text").asText())
            .put("url", a.get("url").asText()).put("date", a.get("time").asText())
            .put("outlet", a.get("outlet").asText()).toString());
      }
    }
    Path file = dir.resolve("articles.jsonl");
    Files.write(file, out, StandardCharsets.UTF_8);
    return file;
  }

  List<JsonNode> jsonLines() throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : out().split("\n")) if (!line.isBlank()) out.add(JSON.readTree(line));
    return out;
  }

  String out() {
    return out.toString();
  }

  @Test
  void articleLinesBecomeEventsWithTheIssuesJsonFields() throws IOException {
    assertThat(run("events", articleLines(12).toString(), "--format", "json", "--method", "centroid"))
        .isIn(0, 1);
    List<JsonNode> events = jsonLines();
    assertThat(events.size()).isBetween(8, 24);
    int articles = 0;
    for (JsonNode e : events) {
      assertThat(e.get("event").asText()).matches("e[0-9a-f]{12}");
      assertThat(e.get("story").asText()).matches("e[0-9a-f]{12}");
      assertThat(e.get("first_seen").asText()).matches("2021-\\d\\d-\\d\\d");
      assertThat(e.get("summary").get("sentences").size()).isGreaterThan(0);
      for (JsonNode a : e.get("articles")) {
        assertThat(a.get("id").asText()).startsWith("allsides-");
        assertThat(a.get("outlet").asText()).isNotEmpty();
        articles++;
      }
    }
    assertThat(articles).isEqualTo(countLines(articleLines(12)));
  }

  @Test
  void aClusterFileIsFlattenedAndRerunsGiveTheSameBytes() throws IOException {
    Path stories = allSides(10);
    run("events", stories.toString(), "--format", "json", "--method", "centroid");
    String first = out();
    clearOutput();
    run("events", stories.toString(), "--format", "json", "--method", "centroid");
    assertThat(out()).isEqualTo(first);
    assertThat(first).contains("\"id\":\"allsides-6112#1\"");
  }

  @Test
  void aFolderOfTextFilesIsOneStream() {
    assertThat(run("events", "../examples/iraq-withdrawal-letter", "--format", "md")).isIn(0, 1);
    assertThat(out()).startsWith("## ").contains("### Sources");
  }

  @Test
  void aWarcFileIsReadPageByPage() throws IOException {
    Path bench = SHARED.resolve("data/article-extraction");
    JsonNode truth = JSON.readTree(bench.resolve("ground-truth.json").toFile());
    Path warc = dir.resolve("pages.warc.gz");
    var ids = truth.fieldNames();
    try (WarcBuilder b = new WarcBuilder(warc)) {
      for (int i = 0; i < 3 && ids.hasNext(); i++) {
        String id = ids.next();
        try (InputStream in = new GZIPInputStream(
            Files.newInputStream(bench.resolve("html").resolve(id + ".html.gz")))) {
          b.add(truth.get(id).get("url").asText(), in.readAllBytes());
        }
      }
    }
    run("events", warc.toString(), "--format", "json", "--no-embeddings");
    int articles = 0;
    for (JsonNode e : jsonLines()) articles += e.get("articles").size();
    assertThat(articles).isEqualTo(3);
  }

  @Test
  void textListsEventsNewestFirstWithStoryTimelines() throws IOException {
    // Stories 'Jobless Claims Drop to Pandemic-Era Low' and, a week later, 'Jobless Claims Fall
    // to Another Pandemic Low' are in the first 60 stories.
    run("events", allSides(60).toString(), "--no-embeddings", "--method", "lead");
    String text = out();
    assertThat(text).contains("Story timeline:");
    List<String> days = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.matches("2021-\\d\\d-\\d\\d  .*")) days.add(line.substring(0, 10));
      if (line.matches("2021-\\d\\d-\\d\\d to 2021-\\d\\d-\\d\\d  .*")) days.add(line.substring(14, 24));
    }
    List<String> sorted = new ArrayList<>(days);
    sorted.sort(java.util.Comparator.reverseOrder());
    assertThat(days).hasSizeGreaterThan(30).isEqualTo(sorted);
  }

  @Test
  void aRepeatedIdIsRenamedAndReported() throws IOException {
    Path lines = articleLines(2);
    Path twice = dir.resolve("twice.jsonl");
    Files.write(twice, List.of(Files.readAllLines(lines).get(0), Files.readAllLines(lines).get(0)
        .replace("\"text\":\"", "\"text\":\"Updated. ")));
    assertThat(run("events", twice.toString(), "--format", "json", "--no-embeddings")).isEqualTo(1);
    assertThat(err.toString()).contains("article allsides-6112-0: this id is given 2 times; this one"
        + " (in twice) is kept as 'allsides-6112-0~2'");
  }

  @Test
  void badArticlesAreReportedOneLineEachAndTheRestAreGrouped() throws IOException {
    List<String> good = Files.readAllLines(articleLines(3));
    JsonNode first = JSON.readTree(good.get(0));
    JsonNode second = JSON.readTree(good.get(1));
    List<String> lines = new ArrayList<>(good);
    lines.add("{\"id\": \"title-only\", \"title\": \"A headline with no story\"}");
    lines.add(JSON.createObjectNode().put("id", "untitled-undated")
        .put("text", second.get("text").asText()).toString());
    lines.add(JSON.createObjectNode().put("id", "future").put("title", "From the future")
        .put("text", first.get("text").asText() + " More.").put("date", "2999-01-01").toString());
    lines.add(JSON.createObjectNode().put("id", first.get("id").asText())
        .put("title", "Another story").put("text", "Quite other news, told at length here.")
        .put("date", first.get("date").asText()).toString());
    Path file = dir.resolve("bad.jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    assertThat(run("events", file.toString(), "--format", "json", "--no-embeddings", "--method",
        "lead")).isEqualTo(1);
    String e = err.toString();
    assertThat(e).contains("bad.jsonl line " + (good.size() + 1) + ": field 'articles' (a cluster)"
        + " or 'text' (an article) is missing; skipped");
    assertThat(e).contains("date 2999-01-01 is in the future");
    assertThat(e).contains("have no title; grouped by their text");
    assertThat(e).contains("have no usable date; grouped by the article window");
    assertThat(e).contains(first.get("id").asText() + "~2");
    int articles = 0;
    for (JsonNode event : jsonLines()) articles += event.get("articles").size();
    assertThat(articles).isEqualTo(good.size() + 3);
  }

  @Test
  void aBadWindowIsAUsageError() {
    assertThat(run("events", "../examples/iraq-withdrawal-letter", "--window-days", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("window-days: must be 1 or more, got 0");
  }

  private static long countLines(Path p) throws IOException {
    return Files.readAllLines(p).size();
  }
}
