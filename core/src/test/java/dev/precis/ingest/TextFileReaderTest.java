package dev.precis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.TestData;
import dev.precis.model.Article;
import dev.precis.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileReaderTest {
  @TempDir Path dir;
  final List<Problem> problems = new ArrayList<>();
  final TextFileReader reader = new TextFileReader();

  @Test
  void firstNonBlankLineIsTheHeadline() {
    Article a = reader.read(TestData.sampleFolder().resolve("001_7a4a4748feaeb490.txt"), problems::add).orElseThrow();
    assertThat(a.id()).isEqualTo("001_7a4a4748feaeb490");
    assertThat(a.title()).isEqualTo("The US Secretary of Defense denies the news of the withdrawal from Iraq");
    assertThat(a.text()).contains("Mark Esper denied reports").doesNotStartWith("The US Secretary");
    assertThat(problems).isEmpty();
  }

  @Test
  void byteOrderMarkAndCrlfAreHandled() throws IOException {
    Path f = dir.resolve("bom.txt");
    byte[] body = "\n\r\nHeadline here\r\nFirst line.\r\nSecond line.\r".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xef;
    bytes[1] = (byte) 0xbb;
    bytes[2] = (byte) 0xbf;
    System.arraycopy(body, 0, bytes, 3, body.length);
    Files.write(f, bytes);
    Article a = reader.read(f, problems::add).orElseThrow();
    assertThat(a.title()).isEqualTo("Headline here");
    assertThat(a.text()).isEqualTo("First line.\nSecond line.\n");
  }

  @Test
  void invalidUtf8BecomesReplacementCharacters() throws IOException {
    Path f = dir.resolve("bad.txt");
    Files.write(f, new byte[] {'T', 'i', 't', 'l', 'e', '\n', 'a', (byte) 0xff, (byte) 0xfe, 'b', '.'});
    assertThat(reader.read(f, problems::add).orElseThrow().text()).isEqualTo("a\ufffd\ufffdb.");
    assertThat(problems).isEmpty();
  }

  @Test
  void binaryFileIsReportedAndSkipped() throws IOException {
    Path f = dir.resolve("image.txt");
    Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    assertThat(reader.read(f, problems::add)).isEmpty();
    assertThat(problems).extracting(Problem::toString).containsExactly(f + ": binary data, not text; skipped");
  }

  @Test
  void hugeFileWithoutLineBreaksIsReportedAndSkipped() throws IOException {
    Path f = dir.resolve("huge.txt");
    byte[] line = new byte[1 << 20];
    java.util.Arrays.fill(line, (byte) 'a');
    try (var out = Files.newOutputStream(f)) {
      for (int i = 0; i < 50; i++) out.write(line);
    }
    assertThat(reader.read(f, problems::add)).isEmpty();
    assertThat(problems).extracting(Problem::toString)
        .containsExactly(f + ": file of 52428800 bytes is over the limit of 16777216 bytes for one article (--max-article-bytes raises it); skipped");
  }

  @Test
  void headlineWithoutTextIsReported() throws IOException {
    Path f = dir.resolve("title-only.txt");
    Files.writeString(f, "Just a headline\n\n  \n");
    assertThat(reader.read(f, problems::add)).isEmpty();
    assertThat(problems).extracting(Problem::toString).containsExactly(f + ": a headline but no text; skipped");
  }

  @Test
  void emptyFileIsReported() throws IOException {
    Path f = dir.resolve("empty.txt");
    Files.writeString(f, " \n\n");
    assertThat(reader.read(f, problems::add)).isEmpty();
    assertThat(problems).extracting(Problem::toString).containsExactly(f + ": empty file; skipped");
  }

  @RepeatedTest(20)
  void randomBytesNeverThrow(org.junit.jupiter.api.RepetitionInfo info) throws IOException {
    Random random = new Random(info.getCurrentRepetition());
    byte[] bytes = new byte[random.nextInt(4000)];
    random.nextBytes(bytes);
    if (random.nextBoolean()) for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (bytes[i] & 0x7f | 0x20);
    Path f = dir.resolve("random.txt");
    Files.write(f, bytes);
    Optional<Article> a = reader.read(f, problems::add);
    assertThat(a.isPresent() || !problems.isEmpty()).isTrue();
  }
}
