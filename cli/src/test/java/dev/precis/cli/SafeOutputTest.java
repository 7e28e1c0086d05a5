package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs are written safely, inputs are read from anywhere, and every cluster is accounted for. */
class SafeOutputTest extends CommandTestBase {
  static final Path DEV = Path.of("../../shared/data/multinews_test_sample/dev.jsonl.gz");
  /** The first dev clusters as JSON lines, read at test time. */
  static List<String> devLines;
  @TempDir Path dir;

  @BeforeAll
  static void readDev() throws IOException {
    try (var in = new GZIPInputStream(Files.newInputStream(DEV))) {
      devLines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().limit(6).toList();
    }
  }

  Path devFile(int clusters) throws IOException {
    return Files.write(dir.resolve("dev" + clusters + ".jsonl"), devLines.subList(0, clusters));
  }

  static byte[] gzip(byte[] plain) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (var gz = new GZIPOutputStream(b)) {
      gz.write(plain);
    }
    return b.toByteArray();
  }

  @Test
  void dashReadsStandardInputPlainOrGzip() throws IOException {
    byte[] plain = Files.readAllBytes(devFile(2));
    stdin = plain;
    assertThat(run("summarize", "-", "-m", "lead", "-f", "json")).isEqualTo(0);
    String fromPlain = out.toString();
    assertThat(fromPlain.lines()).hasSize(2);
    clearOutput();
    stdin = gzip(plain);
    assertThat(run("summarize", "-", "-m", "lead", "-f", "json")).isEqualTo(0);
    assertThat(out.toString()).isEqualTo(fromPlain);
  }

  @Test
  void ndjsonAndUnnamedJsonLinesAreHeadedLikeJsonl() throws IOException {
    Path jsonl = devFile(2);
    Path ndjson = Files.copy(jsonl, dir.resolve("two.ndjson"));
    Path unnamed = Files.write(dir.resolve("two-clusters"), gzip(Files.readAllBytes(jsonl)));
    List<String> outputs = new ArrayList<>();
    for (Path p : List.of(jsonl, ndjson, unnamed)) {
      clearOutput();
      assertThat(run("summarize", p.toString(), "-m", "lead")).as(p.toString()).isEqualTo(0);
      assertThat(out.toString()).startsWith("=== multinews-test-sample-000 ===\n")
          .contains("\n=== multinews-test-sample-002 ===\n");
      outputs.add(out.toString());
    }
    assertThat(outputs).containsOnly(outputs.get(0));
  }

  @Test
  void aFailingStandardOutputExitsNonZeroWithTheReason() throws IOException {
    Path in = devFile(3);
    CommandLine line = new CommandLine();
    int code = line.run(new Writer() {
      int written;

      @Override
      public void write(char[] c, int off, int len) throws IOException {
        written += len;
        if (written > 2000) throw new IOException("No space left on device");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    }, "summarize", in.toString(), "-m", "lead", "-f", "json");
    assertThat(code).isEqualTo(Main.FAILED);
    assertThat(line.err.toString()).contains("precis: cannot write to standard output: write failed");
  }

  /** The whole program with standard output replaced. */
  final class CommandLine {
    final java.io.StringWriter err = new java.io.StringWriter();

    int run(Writer stdout, String... args) {
      picocli.CommandLine cl = Main.commandLine();
      cl.setOut(new PrintWriter(stdout));
      cl.setErr(new PrintWriter(err));
      return Main.execute(cl, args);
    }
  }

  @Test
  void aFullDiskLeavesTheOldOutputAndSaysWhy() throws Exception {
    Path in = devFile(6);
    Path target = Files.writeString(dir.resolve("old.jsonl"), "the previous results\n");
    // A file size limit makes every write past 32 KB fail as a full disk does.
    Process p = java("ulimit -f 32; exec", "summarize", in.toString(), "-m", "lead", "-f", "json",
        "--threads", "1", "--out", target.toString());
    String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(stderr).isEqualTo(Main.FAILED);
    assertThat(stderr).contains("precis: cannot write " + target + ": file too large; " + target
        + " is left as it was");
    assertThat(Files.readString(target)).isEqualTo("the previous results\n");
  }

  @Test
  void outOfMemoryIsOneLineWithTheFix() throws Exception {
    Process p = java("exec", "-Xmx24m", "summarize", DEV.toString(), "-m", "centroid", "-f", "json");
    String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(stderr).isEqualTo(Main.FAILED);
    assertThat(stderr.lines().filter(l -> l.startsWith("precis: ")))
        .containsExactly("precis: out of memory (the Java heap is 24 MB); give it more, e.g."
            + " PRECIS_JAVA_OPTS=-Xmx2g ./precis ..., or use fewer --threads");
    assertThat(stderr).doesNotContain("\tat ");
  }

  /**
   * A subprocess running the command line on this test's classpath, after a shell prefix. It
   * compiles with C1 alone: these runs are a few seconds of start-up and small inputs, where the
   * optimizing compiler costs more CPU than it saves (about 45% of a run's CPU here).
   */
  static Process java(String shellPrefix, String... args) throws IOException {
    String jvm = "";
    if (args.length > 0 && args[0].startsWith("-X")) {
      jvm = args[0];
      args = java.util.Arrays.copyOfRange(args, 1, args.length);
    }
    List<String> cmd = new ArrayList<>(List.of(shellPrefix,
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1", jvm, "-cp",
        "'" + System.getProperty("java.class.path") + "'", "dev.precis.cli.Main"));
    for (String a : args) cmd.add("'" + a + "'");
    return new ProcessBuilder("bash", "-c", String.join(" ", cmd)).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  @Test
  void anOutputThatIsAnInputIsRefusedBeforeReading() throws IOException {
    Path in = devFile(2);
    byte[] before = Files.readAllBytes(in);
    assertThat(run("summarize", in.toString(), "-f", "json", "--out", in.toString())).isEqualTo(Main.USAGE);
    assertThat(err.toString()).isEqualTo("precis: --out " + in + " is also an input; writing it would"
        + " destroy what is read. Give another --out file\n");
    assertThat(Files.readAllBytes(in)).isEqualTo(before);
    clearOutput();
    Path pages = Files.createDirectory(dir.resolve("pages"));
    Path page = Files.writeString(pages.resolve("p.html"), "<html><body><p>x</p></body></html>");
    assertThat(run("extract", pages.toString(), page.toString(), "--out", page.toString())).isEqualTo(Main.USAGE);
    assertThat(Files.readString(page)).isEqualTo("<html><body><p>x</p></body></html>");
    clearOutput();
    assertThat(run("events", in.toString(), "-f", "md", "--out", in.toString(), "--resume")).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("--out " + in + " is also an input");
    assertThat(Files.readAllBytes(in)).isEqualTo(before);
    assertThat(Output.partialOf(in)).doesNotExist();
  }

  @Test
  void resumingACutOutputAtAnyByteGivesTheBytesOfOneRun() throws IOException {
    Path in = devFile(5);
    Path clean = dir.resolve("clean.jsonl");
    assertThat(run("summarize", in.toString(), "-m", "lead", "-f", "json", "--out", clean.toString())).isEqualTo(0);
    byte[] expected = Files.readAllBytes(clean);
    Random random = new Random(20);
    Path target = dir.resolve("resumed.jsonl");
    for (int round = 0; round < 6; round++) {
      // What a kill leaves: any prefix of the bytes, a line cut anywhere.
      int cut = round == 0 ? 0 : random.nextInt(expected.length);
      Files.write(Output.partialOf(target), java.util.Arrays.copyOf(expected, cut));
      clearOutput();
      assertThat(run("summarize", in.toString(), "-m", "lead", "-f", "json", "--out", target.toString(),
          "--resume")).as("cut at " + cut).isEqualTo(0);
      assertThat(Files.readAllBytes(target)).as("cut at " + cut).isEqualTo(expected);
      assertThat(Output.partialOf(target)).doesNotExist();
      Files.delete(target);
    }
  }

  @Test
  void resumingFromAnotherInputIsRefused() throws IOException {
    Path in = devFile(3);
    Path target = dir.resolve("s.jsonl");
    Files.writeString(Output.partialOf(target), "{\"id\":\"some-other-cluster\"}\n");
    assertThat(run("summarize", in.toString(), "-m", "lead", "-f", "json", "--out", target.toString(),
        "--resume")).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("does not continue this run: its record 1 is 'some-other-cluster'");
  }

  @Test
  void everyInputClusterGivesOneLineOrOneProblem() throws IOException {
    List<String> lines = new ArrayList<>(devLines.subList(0, 2));
    lines.add("{\"id\":\"numbers\",\"articles\":[{\"text\":12345},{\"text\":true}]}");
    lines.add("{\"id\":\"german\",\"articles\":[{\"text\":\"Die Bundesregierung hat am Montag beschlossen,"
        + " die Steuern fuer kleine Unternehmen zu senken. Der Finanzminister sagte, das Gesetz werde"
        + " im Sommer in Kraft treten und Millionen von Betrieben entlasten.\"}]}");
    lines.add("not json");
    Path in = Files.write(dir.resolve("mixed.jsonl"), lines);
    assertThat(run("summarize", in.toString(), "-m", "lead", "-f", "json")).isEqualTo(Main.SKIPPED);
    List<String> written = out.toString().lines().toList();
    assertThat(written).hasSize(3);
    assertThat(written.get(2)).contains("\"id\":\"german\"").contains("\"sentences\":[]")
        .contains("no article in 'en' is left to summarize");
    assertThat(err.toString()).contains("mixed.jsonl line 3: cluster numbers article 1 field 'text' is a number (12345)")
        .contains("mixed.jsonl line 5: not JSON").contains("cluster german: no summary");
    clearOutput();
    assertThat(run("summarize", in.toString(), "-m", "lead")).isEqualTo(Main.SKIPPED);
    assertThat(out.toString()).doesNotContain("warning:").doesNotContain("=== german ===");
    assertThat(err.toString()).contains("warning: ").contains("cluster german: no summary; skipped");
  }

  @Test
  void evalNeverOverwritesByDefaultAndWritesNothingForNoData() throws IOException {
    Path missing = dir.resolve("missing.jsonl");
    Path o = dir.resolve("eval.jsonl");
    assertThat(run("eval", missing.toString(), "-m", "lead", "--out", o.toString())).isEqualTo(Main.SKIPPED);
    assertThat(err.toString()).contains(missing + ": no such file or folder")
        .contains("no cluster to score");
    assertThat(o).doesNotExist();
    assertThat(Output.partialOf(o)).doesNotExist();
    assertThat(EvalCommand.freshOutName().toString()).matches("eval-clusters-\\d{8}-\\d{6}(-\\d+)?\\.jsonl");
  }

  @Test
  void aClusterOfUnrelatedStoriesIsWarnedAbout() throws IOException {
    var reader = dev.precis.ingest.JsonlClusterReader.open(DEV, p -> {});
    var a = reader.next();
    var b = reader.next();
    reader.close();
    List<dev.precis.model.Article> mixed = new ArrayList<>(a.articles());
    mixed.addAll(b.articles());
    assertThat(new StoryCohesion().warning(a)).isEmpty();
    assertThat(new StoryCohesion().warning(new dev.precis.model.Cluster("mixed", mixed))).get()
        .asString().contains("do not look like one story").contains("precis events");
  }
}
