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

class SummarizeCommandTest extends CommandTestBase {
  static final String SAMPLE = "../examples/iraq-withdrawal-letter";
  @TempDir Path dir;

  @Test
  void summarizesTheSampleInAtMostSixtyWordsWithCitations() {
    assertThat(run("summarize", SAMPLE)).isEqualTo(0);
    String[] dayAndSummary = out.toString().split("\n\nSources:\n")[0].split("\n", 2);
    // The event's day, named by the Reuters story cited for the first sentence, heads the summary.
    assertThat(dayAndSummary[0]).isEqualTo("Monday, January 6, 2020 [3]");
    String summary = dayAndSummary[1];
    String words = summary.replaceAll("\\[\\d+]", " ").strip();
    assertThat(words.split("\\s+")).hasSizeLessThanOrEqualTo(60);
    assertThat(summary).containsPattern("\\. (\\[\\d])+").contains("Esper");
    assertThat(out.toString()).contains("[1] US Defense Secretary: Washington has no plans to withdraw from Iraq");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void runningTwiceGivesTheSameBytes() {
    run("summarize", SAMPLE, "--format", "json");
    String first = out.toString();
    clearOutput();
    run("summarize", SAMPLE, "--format", "json");
    assertThat(out.toString()).isEqualTo(first);
  }

  @Test
  void jsonListsCanonicalNamesWithVariants() throws IOException {
    run("summarize", SAMPLE, "--format", "json");
    JsonNode root = new ObjectMapper().readTree(out.toString());
    assertThat(root.get("schema").asInt()).isEqualTo(1);
    JsonNode esper = null;
    for (JsonNode n : root.get("names")) if (n.get("name").asText().equals("Esper")) esper = n;
    assertThat(esper).isNotNull();
    assertThat(esper.get("variants").get("Asper").asInt()).isEqualTo(1);
    JsonNode first = root.get("sentences").get(0);
    JsonNode cite = first.get("citations").get(0);
    String text = root.get("sources").get(cite.get("source").asInt() - 1).get("text").asText();
    assertThat(text.substring(cite.get("start").asInt(), cite.get("end").asInt())).isEqualTo(first.get("text").asText());
    JsonNode when = root.get("when");
    assertThat(when.get("text").asText()).isEqualTo("Monday, January 6, 2020");
    assertThat(when.get("date").asText()).isEqualTo("2020-01-06");
    JsonNode day = when.get("citation");
    String dated = root.get("sources").get(day.get("source").asInt() - 1).get("text").asText();
    assertThat(dated.substring(day.get("start").asInt(), day.get("end").asInt())).isEqualTo("Monday");
  }

  @Test
  void jsonlGivesOneResultPerClusterInInputOrder() throws IOException {
    Path in = dir.resolve("three.jsonl");
    Files.write(in, List.of(
        "{\"id\":\"x\",\"articles\":[{\"text\":\"The mayor of Springfield resigned on Tuesday after a long scandal about city contracts.\"}]}",
        "not json",
        "{\"id\":\"y\",\"articles\":[{\"text\":\"Heavy rain flooded the river valley and forced hundreds of families to leave their homes.\"}]}"));
    assertThat(run("summarize", in.toString(), "--format", "json")).isEqualTo(Main.SKIPPED);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).contains("\"id\":\"x\"");
    assertThat(lines.get(1)).contains("\"id\":\"y\"");
    assertThat(err.toString()).startsWith(in + " line 2: not JSON");
  }

  /** The sample's articles as saved web pages: a headline, paragraphs, and site furniture. */
  static List<String> samplePages() throws IOException {
    List<String> pages = new java.util.ArrayList<>();
    try (var files = Files.list(Path.of(SAMPLE))) {
      for (Path f : files.sorted().toList()) {
        List<String> lines = Files.readAllLines(f).stream().filter(l -> !l.isBlank()).toList();
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=utf-8>"
            + "<meta property=\"og:site_name\" content=\"News Site\"><title>")
            .append(lines.get(0)).append(" | News Site</title></head><body><nav><a href=/>Home</a>"
                + " <a href=/world>World</a> <a href=/politics>Politics</a></nav><article><h1>")
            .append(lines.get(0)).append("</h1>");
        for (String l : lines.subList(1, lines.size())) html.append("<p>").append(l).append("</p>");
        html.append("</article><footer>Copyright 2020 News Site. All rights reserved.</footer></body></html>");
        pages.add(html.toString());
      }
    }
    return pages;
  }

  @Test
  void summarizesAFolderOfSavedWebPages() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("pages"));
    List<String> pages = samplePages();
    for (int i = 0; i < pages.size(); i++) Files.writeString(folder.resolve("page" + i + ".html"), pages.get(i));
    assertThat(run("summarize", folder.toString(), "--format", "json")).isEqualTo(0);
    JsonNode root = new ObjectMapper().readTree(out.toString());
    assertThat(root.get("sources")).hasSize(5);
    assertThat(root.get("summary").asText()).contains("Iraq");
    assertThat(root.get("sources").get(0).get("outlet").asText()).isEqualTo("News Site");
    assertThat(out.toString()).doesNotContain("All rights reserved").doesNotContain("Politics");
  }

  @Test
  void summarizesWhatExtractWrote() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("pages"));
    List<String> pages = samplePages();
    for (int i = 0; i < pages.size(); i++) {
      Files.writeString(folder.resolve("page" + i + ".html"), pages.get(i).replace("<title>",
          "<meta property=\"article:published_time\" content=\"2020-01-06T21:30:00Z\"><title>"));
    }
    Path articles = dir.resolve("iraq.jsonl");
    assertThat(run("extract", folder.toString(), "--out", articles.toString())).isEqualTo(0);
    clearOutput();
    assertThat(run("summarize", articles.toString(), "--format", "json")).isEqualTo(0);
    assertThat(err.toString()).isEmpty();
    JsonNode root = new ObjectMapper().readTree(out.toString());
    assertThat(root.get("id").asText()).isEqualTo("iraq");
    assertThat(root.get("sources")).hasSize(5);
    assertThat(root.get("summary").asText()).contains("Esper");
    // The pages' dates came through the JSONL: the day named "Monday" is resolved by them, and
    // each source is listed with its day.
    assertThat(root.get("when").get("date").asText()).isEqualTo("2020-01-06");
    assertThat(root.get("sources").get(0).get("date").asText()).isEqualTo("2020-01-06");
    clearOutput();
    assertThat(run("summarize", articles.toString())).isEqualTo(0);
    assertThat(out.toString()).startsWith("=== iraq ===\nMonday, January 6, 2020 [")
        .contains("[1] US Defense Secretary: Washington has no plans to withdraw from Iraq - News Site, 2020-01-06");
  }

  @Test
  void summarizesAWarcOfThePages() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("crawl"));
    List<String> pages = samplePages();
    try (var warc = new dev.precis.ingest.warc.WarcBuilder(folder.resolve("crawl.warc.gz"))) {
      for (int i = 0; i < pages.size(); i++) warc.add("https://news.example/story-" + i, pages.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    assertThat(run("summarize", folder.toString(), "--format", "json")).isEqualTo(0);
    JsonNode root = new ObjectMapper().readTree(out.toString());
    assertThat(root.get("sources")).hasSize(5);
    assertThat(root.get("sources").get(0).get("url").asText()).isEqualTo("https://news.example/story-0");
  }

  @Test
  void syndicatedCopiesCountAsOneSource() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("copies"));
    Path sample = Path.of(SAMPLE);
    Files.copy(sample.resolve("002_8df3ed9f1389d31c.txt"), folder.resolve("a.txt"));
    Files.copy(sample.resolve("002_8df3ed9f1389d31c.txt"), folder.resolve("b.txt"));
    Files.copy(sample.resolve("004_c2cf1a3736ccef2d.txt"), folder.resolve("c.txt"));
    assertThat(run("summarize", folder.toString(), "--format", "json", "--words", "200")).isEqualTo(0);
    JsonNode root = new ObjectMapper().readTree(out.toString());
    assertThat(root.get("sources").get(1).get("same_story_as").asInt()).isEqualTo(1);
    for (JsonNode s : root.get("sentences")) assertThat(s.get("support").asInt()).isLessThanOrEqualTo(2);
  }

  @Test
  void aBadLanguageCodeIsAUsageError() {
    assertThat(run("summarize", SAMPLE, "--lang", "english")).isEqualTo(Main.USAGE);
    assertThat(err.toString()).isEqualTo("precis: language: 'english' is not an ISO 639-1 code; give e.g. 'en', 'de' or 'any'\n");
  }

  @Test
  void unknownMethodIsAUsageErrorNamingTheKnownOnes() {
    assertThat(run("summarize", SAMPLE, "--method", "magic")).isEqualTo(Main.USAGE);
    assertThat(err.toString()).startsWith("precis: method: unknown method 'magic'; known methods: ");
  }

  @Test
  void emptyFolderIsReportedAndExitsOne() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertThat(run("summarize", empty.toString())).isEqualTo(Main.SKIPPED);
    assertThat(err.toString()).isEqualTo(empty + ": folder has no files; skipped\n");
  }

  @Test
  void markdownAndSentenceBudgets() {
    assertThat(run("summarize", SAMPLE, "--sentences", "1", "--format", "md")).isEqualTo(0);
    assertThat(out.toString()).startsWith("## iraq-withdrawal-letter\n\n*Monday, January 6, 2020* [\\[3\\]](#source-3)\n\n")
        .contains("### Sources");
  }

  @Test
  void helpTeachesByExample() {
    assertThat(run("summarize", "--help")).isEqualTo(0);
    assertThat(out.toString()).contains("Examples:").contains("precis summarize examples/iraq-withdrawal-letter")
        .contains("--words").contains("--format");
  }

  @Test
  void writesToAFileWithOut() throws IOException {
    Path file = dir.resolve("s.txt");
    assertThat(run("summarize", SAMPLE, "--out", file.toString())).isEqualTo(0);
    assertThat(Files.readString(file)).contains("Sources:");
    assertThat(out.toString()).isEmpty();
  }
}
