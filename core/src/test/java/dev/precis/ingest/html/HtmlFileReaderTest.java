package dev.precis.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Article;
import dev.precis.model.Problem;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlFileReaderTest {
  @TempDir Path tmp;
  private final HtmlFileReader reader = new HtmlFileReader();
  private final List<Problem> problems = new ArrayList<>();

  private static Path benchmarkPage() throws IOException {
    try (var files = Files.list(HtmlArticleExtractorTest.PAGES)) {
      return files.filter(f -> f.getFileName().toString().startsWith("042bb7b5fe")).findFirst().orElseThrow();
    }
  }

  @Test
  void readsAGzippedPageWithTheFileNameAsId() throws IOException {
    Path page = benchmarkPage();
    Article a = reader.read(page, problems::add).orElseThrow();
    assertThat(a.id()).isEqualTo(page.getFileName().toString().replace(".html.gz", ""));
    assertThat(a.text()).contains("Gaming used to be so simple.");
    assertThat(problems).isEmpty();
  }

  @Test
  void idDropsHtmlAndGzExtensions() {
    assertThat(HtmlFileReader.idOf(Path.of("a/story.v2.html.gz"))).isEqualTo("story.v2");
    assertThat(HtmlFileReader.idOf(Path.of("story.HTM"))).isEqualTo("story");
    assertThat(HtmlFileReader.accepts(Path.of("x.warc.gz"))).isFalse();
  }

  @Test
  void aTruncatedGzipIsReported() throws IOException {
    byte[] gz = Files.readAllBytes(benchmarkPage());
    Path cut = tmp.resolve("cut.html.gz");
    Files.write(cut, Arrays.copyOf(gz, gz.length / 2));
    assertThat(reader.read(cut, problems::add)).isEmpty();
    assertThat(problems).containsExactly(
        new Problem(cut.toString(), "truncated gzip (unexpected end of file); skipped"));
  }

  @Test
  void aHundredMegabytePageIsReportedWithoutBeingRead() throws IOException {
    Path huge = tmp.resolve("huge.html");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(100L << 20); // sparse: costs no disk and, unread, no memory
    }
    assertThat(reader.read(huge, problems::add)).isEmpty();
    assertThat(problems).containsExactly(new Problem(huge.toString(), "file is 104857600 bytes,"
        + " over the limit of 16777216 bytes; skipped (--max-article-bytes raises the limit)"));
  }

  @Test
  void aMissingFileIsReported() {
    Path none = tmp.resolve("none.html");
    assertThat(reader.read(none, problems::add)).isEmpty();
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.place()).isEqualTo(none.toString());
      assertThat(p.reason()).startsWith("unreadable: ");
    });
  }
}
