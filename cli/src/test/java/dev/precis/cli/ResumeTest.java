package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A batch killed at a random point and resumed gives the bytes of one uninterrupted run, for
 * every command that resumes and every format it writes.
 */
class ResumeTest extends CommandTestBase {
  static final Path SHARED = Path.of(System.getProperty("precis.shared", "../../shared"));
  @TempDir Path dir;

  /** The first {@code n} lines of a gzipped JSONL file under ../shared/data, as a plain file. */
  Path firstLines(String data, int n) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
        Files.newInputStream(SHARED.resolve("data").resolve(data))), StandardCharsets.UTF_8))) {
      for (String line; lines.size() < n && (line = r.readLine()) != null; ) lines.add(line);
    }
    return Files.write(dir.resolve("input.jsonl"), lines, StandardCharsets.UTF_8);
  }

  /** The command line of {@code command} in {@code format} on {@code input}, writing {@code out}. */
  static String[] args(String command, String format, Path input, Path out) {
    return command.equals("summarize")
        ? new String[] {"summarize", input.toString(), "-m", "lead", "-f", format, "--threads", "1",
            "--out", out.toString()}
        : new String[] {"events", input.toString(), "-m", "lead", "--no-embeddings", "-f", format,
            "--out", out.toString()};
  }

  static String[] resumed(String[] args) {
    String[] r = Arrays.copyOf(args, args.length + 1);
    r[args.length] = "--resume";
    return r;
  }

  @ParameterizedTest(name = "{0} --format {1}")
  @CsvSource({
      "summarize, json, multinews_test_sample/dev.jsonl.gz, 5",
      "summarize, text, multinews_test_sample/dev.jsonl.gz, 5",
      "summarize, md, multinews_test_sample/dev.jsonl.gz, 5",
      "events, json, allsides-events/dev.jsonl.gz, 12",
      "events, text, allsides-events/dev.jsonl.gz, 12",
      "events, md, allsides-events/dev.jsonl.gz, 12"})
  void killedAtARandomPointAndResumedGivesTheBytesOfOneRun(String command, String format,
      String data, int lines) throws Exception {
    Path input = firstLines(data, lines);
    Path clean = dir.resolve("clean.out");
    assertThat(run(args(command, format, input, clean))).as(err.toString()).isEqualTo(0);
    byte[] expected = Files.readAllBytes(clean);
    Path target = dir.resolve("killed.out");
    Path partial = Output.partialOf(target);
    // JSON lines count themselves; text and md records are counted in the index beside them.
    Path progress = format.equals("json") ? partial : Resume.indexOf(partial);
    int records = recordsOf(command, format, Files.readString(clean));
    assertThat(records).as("records of a whole run").isGreaterThan(2);
    Random random = new Random(command.hashCode() * 31 + format.hashCode());
    // Killed once it has written a random number of records (fewer than all): a run that
    // finished first (the last records can come in a burst) is tried again, killed sooner.
    int killAfter = records;
    byte[] leftPartial = null;
    byte[] leftIndex = null;
    for (int attempt = 0; leftPartial == null && attempt < 4; attempt++) {
      killAfter = 1 + random.nextInt(Math.max(1, killAfter - 1));
      Files.deleteIfExists(target);
      Process p = SafeOutputTest.java("exec", args(command, format, input, target));
      long deadline = System.nanoTime() + 120_000_000_000L;
      while (linesIn(progress) < killAfter && p.isAlive() && System.nanoTime() < deadline) Thread.sleep(2);
      p.destroyForcibly().waitFor();
      if (Files.exists(target)) continue;
      leftPartial = Files.readAllBytes(partial);
      leftIndex = Files.exists(Resume.indexOf(partial)) ? Files.readAllBytes(Resume.indexOf(partial)) : null;
    }
    assertThat(leftPartial).as("a run killed before it finished").isNotNull();
    assertThat(target).as("a killed run leaves no output in place").doesNotExist();

    clearOutput();
    assertThat(run(resumed(args(command, format, input, target)))).as(err.toString()).isEqualTo(0);
    assertThat(Files.readAllBytes(target)).as("resumed after " + killAfter + " records").isEqualTo(expected);
    assertThat(partial).doesNotExist();
    assertThat(Resume.indexOf(partial)).doesNotExist();

    // An earlier moment of the same run: its files cut at random bytes.
    for (int round = 0; round < 1; round++) {
      Files.delete(target);
      int cut = random.nextInt(leftPartial.length + 1);
      Files.write(partial, Arrays.copyOf(leftPartial, cut));
      int indexCut = leftIndex == null ? 0 : random.nextInt(leftIndex.length + 1);
      if (leftIndex != null) Files.write(Resume.indexOf(partial), Arrays.copyOf(leftIndex, indexCut));
      clearOutput();
      assertThat(run(resumed(args(command, format, input, target)))).as(err.toString()).isEqualTo(0);
      assertThat(Files.readAllBytes(target)).as("cut at " + cut + ", index at " + indexCut).isEqualTo(expected);
    }
  }

  @org.junit.jupiter.api.Test
  void eventsResumedInAnotherFormatAreRefused() throws IOException {
    Path input = firstLines("allsides-events/dev.jsonl.gz", 4);
    Path target = dir.resolve("events.md");
    Path partial = Output.partialOf(target);
    Files.writeString(partial, "");
    Files.writeString(Resume.indexOf(partial), "{\"key\":\"e1\",\"end\":0,\"data\":{\"format\":\"text\","
        + "\"id\":\"e1\",\"story\":\"e1\",\"title\":\"t\",\"first_seen\":\"\",\"last_seen\":\"\","
        + "\"articles\":1,\"summary\":null}}\n");
    assertThat(run(resumed(args("events", "md", input, target)))).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains(partial + " does not continue this run: it was written with"
        + " --format text, not md; give that format, or remove it to start afresh");
  }

  /** How many records (clusters' summaries, events) {@code output} of a whole run holds. */
  static int recordsOf(String command, String format, String output) {
    String record = format.equals("json") ? "\\{.*"
        : command.equals("summarize") ? "=== .* ===" : "\\*?\\d+ articles?, event e\\w+\\*?";
    return (int) output.lines().filter(l -> l.matches(record)).count();
  }

  static long linesIn(Path file) throws IOException {
    try {
      byte[] b = Files.readAllBytes(file);
      long n = 0;
      for (byte x : b) if (x == '\n') n++;
      return n;
    } catch (java.nio.file.NoSuchFileException e) {
      return 0;
    }
  }
}
