package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SummarizeCommandTest {
  static final String SAMPLE = "../examples/iraq-withdrawal-letter";
  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void summarizesTheSampleInAtMostSixtyWordsWithCitations() {
    assertThat(run("summarize", SAMPLE)).isEqualTo(0);
    String summary = out.toString().split("\n\nSources:\n")[0];
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
    out.getBuffer().setLength(0);
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

  @Test
  void unknownMethodIsAUsageErrorNamingTheKnownOnes() {
    assertThat(run("summarize", SAMPLE, "--method", "magic")).isEqualTo(Main.USAGE);
    assertThat(err.toString()).startsWith("precis: unknown method 'magic'; known methods: ");
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
    assertThat(out.toString()).startsWith("## iraq-withdrawal-letter\n\n").contains("### Sources");
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
