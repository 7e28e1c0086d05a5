package dev.precis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.TestData;
import dev.precis.model.Cluster;
import dev.precis.model.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlClusterReaderTest {
  @TempDir Path dir;
  final List<Problem> problems = new ArrayList<>();

  List<Cluster> readAll(String name, String jsonl) {
    List<Cluster> out = new ArrayList<>();
    try (var r = JsonlClusterReader.of(name, new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), problems::add)) {
      r.forEachRemaining(out::add);
    }
    return out;
  }

  @Test
  void readsEveryClusterOfTheDevDataAsAStream() throws IOException {
    int clusters = 0;
    int articles = 0;
    try (var r = JsonlClusterReader.open(TestData.multiNews(), problems::add)) {
      while (r.hasNext()) {
        Cluster c = r.next();
        clusters++;
        articles += c.articles().size();
        assertThat(c.references()).hasSize(1);
      }
    }
    assertThat(clusters).isEqualTo(181);
    assertThat(articles).isGreaterThan(181 * 2);
    assertThat(problems).isEmpty();
  }

  @Test
  void firstClusterHasItsIdArticlesAndReference() {
    Cluster c = TestData.multiNews(1).get(0);
    assertThat(c.id()).isEqualTo("multinews-test-sample-000");
    assertThat(c.articles().get(1).text()).startsWith("One tweet too many");
    assertThat(c.references().get(0)).startsWith("– Denis Finley");
  }

  @Test
  void badLinesAreReportedWithTheirNumberAndTheRestIsRead() {
    String jsonl = String.join("\n",
        "{\"id\":\"a\",\"articles\":[{\"text\":\"One. Two.\"}]}",
        "not json at all",
        "{\"id\":\"b\"}",
        "",
        "[1,2]",
        "{\"id\":\"c\",\"articles\":[{\"title\":\"t\"},{\"text\":\"Kept.\"}]}",
        "{\"id\":\"d\",\"articles\":[{\"text\":\"  \"}]}",
        "{\"id\":\"e\",\"articles\":\"x\"}");
    List<Cluster> clusters = readAll("in.jsonl", jsonl);
    assertThat(clusters).extracting(Cluster::id).containsExactly("a", "c");
    assertThat(clusters.get(1).articles()).hasSize(1);
    assertThat(problems).extracting(Problem::toString).containsExactly(
        "in.jsonl line 2: not JSON (Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')); skipped",
        "in.jsonl line 3: field 'articles' (a cluster) or 'text' (an article) is missing; skipped",
        "in.jsonl line 5: a JSON array, not an object; skipped",
        "in.jsonl line 6: cluster c article 1 has no text; skipped",
        "in.jsonl line 7: cluster d article 1 has no text; skipped",
        "in.jsonl line 7: cluster d has no article with text; skipped",
        "in.jsonl line 8: field 'articles' is a string, not an array; skipped");
  }

  @Test
  void aFileOfArticleLinesIsOneClusterNamedAfterIt() {
    // Lines as 'precis extract' writes them; an article's date is its "date".
    String jsonl = String.join("\n",
        "{\"id\":\"p1\",\"title\":\"Mayor resigns\",\"text\":\"The mayor resigned on Tuesday.\",\"date\":\"2020-01-07\",\"url\":\"https://a.example/1\"}",
        "{\"id\":\"p2\",\"text\":\"  \"}",
        "{\"text\":\"The city council will meet on Friday to pick an interim mayor.\"}");
    List<Cluster> clusters = readAll("pages/mayor.jsonl.gz", jsonl);
    assertThat(clusters).hasSize(1);
    Cluster c = clusters.get(0);
    assertThat(c.id()).isEqualTo("mayor");
    assertThat(c.articles()).extracting(a -> a.id()).containsExactly("p1", "mayor#3");
    assertThat(c.articles().get(0).date()).isEqualTo("2020-01-07");
    assertThat(c.articles().get(0).title()).isEqualTo("Mayor resigns");
    assertThat(problems).extracting(Problem::toString).containsExactly(
        "pages/mayor.jsonl.gz line 2: article has no text; skipped");
  }

  @Test
  void overLongLineIsSkippedWithoutHoldingIt() {
    StringBuilder b = new StringBuilder("{\"id\":\"big\",\"articles\":[{\"text\":\"");
    b.append("x".repeat(JsonlClusterReader.MAX_LINE_CHARS + 10)).append("\"}]}\n");
    b.append("{\"id\":\"after\",\"articles\":[{\"text\":\"Still read.\"}]}\n");
    List<Cluster> clusters = readAll("big.jsonl", b.toString());
    assertThat(clusters).extracting(Cluster::id).containsExactly("after");
    assertThat(problems).extracting(Problem::toString).containsExactly(
        "big.jsonl line 1: line of 16777263 characters is over the limit of 16777216 (--max-line-chars raises it); skipped");
  }

  @Test
  void truncatedGzipIsReportedAfterTheLastGoodLine() throws IOException {
    var bytes = new java.io.ByteArrayOutputStream();
    try (var gz = new GZIPOutputStream(bytes)) {
      Random random = new Random(7);
      for (int i = 0; i < 3000; i++) {
        gz.write(("{\"id\":\"c" + i + "\",\"articles\":[{\"text\":\"Sentence number " + random.nextLong()
            + random.nextLong() + " is here.\"}]}\n")
            .getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] all = bytes.toByteArray();
    Path f = dir.resolve("cut.jsonl.gz");
    Files.write(f, java.util.Arrays.copyOf(all, all.length / 2));
    List<Cluster> clusters = new ArrayList<>();
    try (var r = JsonlClusterReader.open(f, problems::add)) {
      r.forEachRemaining(clusters::add);
    }
    assertThat(clusters).isNotEmpty().hasSizeLessThan(3000);
    assertThat(problems).singleElement().asString()
        .startsWith(f + " after line " + clusters.size() + ": truncated or corrupt compressed data");
  }

  @Test
  void crlfAndBomLinesAreRead() {
    List<Cluster> clusters = readAll("crlf.jsonl",
        "{\"id\":\"a\",\"articles\":[{\"text\":\"Line one.\\r\\nLine two.\"}]}\r\n{\"id\":\"b\",\"articles\":[\"Plain string article.\"]}\r\n");
    assertThat(clusters).extracting(Cluster::id).containsExactly("a", "b");
    assertThat(clusters.get(0).articles().get(0).text()).isEqualTo("Line one.\nLine two.");
    assertThat(problems).isEmpty();
  }

  @RepeatedTest(20)
  void randomLinesNeverThrow(RepetitionInfo info) {
    Random random = new Random(info.getCurrentRepetition());
    String alphabet = "{}[]\":,\\ abcxyz01\n\ttext articles id";
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 2000; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    List<Cluster> clusters = readAll("random.jsonl", b.toString());
    // Nothing is lost silently: every line with text is a cluster or is reported; past the first
    // ProblemCap.SHOWN reports of a file, one line counts the rest.
    String[] lines = b.toString().split("\n", -1);
    List<String> withTextPlaces = new java.util.ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) withTextPlaces.add("random.jsonl line " + (i + 1));
    }
    int withText = withTextPlaces.size();
    List<Problem> shown = problems.size() > ProblemCap.SHOWN
        ? problems.subList(0, ProblemCap.SHOWN) : problems;
    assertThat(shown).extracting(Problem::place)
        .containsExactlyElementsOf(withTextPlaces.subList(0, shown.size()));
    if (withText > ProblemCap.SHOWN) {
      assertThat(problems).hasSize(ProblemCap.SHOWN + 1);
      assertThat(problems.get(ProblemCap.SHOWN).toString()).contains("random.jsonl")
          .contains("(" + withText + " in all; the first " + ProblemCap.SHOWN + " are listed)");
    } else {
      assertThat(problems).hasSize(withText);
    }
    assertThat(withText).isPositive();
    assertThat(clusters).as("random text holds no cluster with an article").isEmpty();
  }

  @Test
  void textOfTheWrongTypeIsReportedLikeAMissingOne() {
    String jsonl = String.join("\n",
        "{\"id\":\"n\",\"articles\":[{\"text\":12345},{\"text\":true},{\"text\":\"Kept, with a title of the wrong type.\",\"title\":[1]}]}",
        "{\"id\":\"e\",\"articles\":[{\"text\":\"\uD83D\uDE00\uD83D\uDE00 \u200B\u200B\"}]}");
    List<Cluster> clusters = readAll("types.jsonl", jsonl);
    assertThat(clusters).extracting(Cluster::id).containsExactly("n");
    assertThat(clusters.get(0).articles()).extracting(a -> a.title()).containsExactly("");
    assertThat(problems).extracting(Problem::toString).containsExactly(
        "types.jsonl line 1: cluster n article 1 field 'text' is a number (12345), not a string; skipped",
        "types.jsonl line 1: cluster n article 2 field 'text' is true, not a string; skipped",
        "types.jsonl line 1: cluster n article 3 field 'title' is an array, not a string; left out",
        "types.jsonl line 2: cluster e article 1 has no words in its text (only 5 symbols, emoji or spaces); skipped",
        "types.jsonl line 2: cluster e has no article with text; skipped");
  }

  @Test
  void aFloodOfBadLinesFromOneFileIsCappedWithACount() {
    String jsonl = "not json\n".repeat(500);
    assertThat(readAll("flood.jsonl", jsonl)).isEmpty();
    assertThat(problems).hasSize(ProblemCap.SHOWN + 1);
    assertThat(problems.get(ProblemCap.SHOWN).toString()).isEqualTo("flood.jsonl: 480 more problems like"
        + " those above were not shown (500 in all; the first 20 are listed)");
  }

  @Test
  void binaryDataIsOneProblem() {
    byte[] bytes = new byte[20_000];
    new java.util.Random(7).nextBytes(bytes);
    bytes[0] = 0;
    try (var r = JsonlClusterReader.of("noise.bin", new ByteArrayInputStream(bytes), problems::add)) {
      assertThat(r.hasNext()).isFalse();
    }
    assertThat(problems).extracting(Problem::toString).containsExactly("noise.bin: binary data, not JSON lines; skipped");
  }

  @Test
  void gzipIsToldByItsFirstBytesNotItsName() throws IOException {
    var bytes = new java.io.ByteArrayOutputStream();
    try (var gz = new java.util.zip.GZIPOutputStream(bytes)) {
      gz.write("{\"id\":\"z\",\"articles\":[\"Read through gzip.\"]}\n".getBytes(StandardCharsets.UTF_8));
    }
    try (var r = JsonlClusterReader.of("standard input", new ByteArrayInputStream(bytes.toByteArray()), problems::add)) {
      assertThat(r.next().id()).isEqualTo("z");
    }
    assertThat(problems).isEmpty();
  }
}
