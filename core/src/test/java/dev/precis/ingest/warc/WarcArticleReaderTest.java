package dev.precis.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.ingest.html.HtmlArticleExtractor;
import dev.precis.model.Article;
import dev.precis.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcArticleReaderTest {
  static final Path BENCH = Path.of(System.getProperty("precis.shared"), "data", "article-extraction");
  @TempDir Path tmp;
  private final WarcArticleReader reader = new WarcArticleReader();
  private final List<Article> articles = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();

  /** The benchmark's pages by their URL. */
  static Map<String, byte[]> pages(int limit) throws IOException {
    JsonNode truth = new ObjectMapper().readTree(BENCH.resolve("ground-truth.json").toFile());
    Map<String, byte[]> out = new java.util.LinkedHashMap<>();
    var ids = truth.fieldNames();
    while (ids.hasNext() && out.size() < limit) {
      String id = ids.next();
      try (InputStream in = new GZIPInputStream(
          Files.newInputStream(BENCH.resolve("html").resolve(id + ".html.gz")))) {
        out.put(truth.get(id).get("url").asText(), in.readAllBytes());
      }
    }
    return out;
  }

  /**
   * The first 30 of the benchmark's 134 pages (28 sites' layouts; each page is extracted twice, so
   * all of them would cost the suite about 10 s of CPU for the same check).
   */
  @Test
  void pagesRoundTripThroughAWarcWithTheSameTexts() throws IOException {
    Map<String, byte[]> pages = pages(30);
    Path warc = tmp.resolve("pages.warc.gz");
    try (WarcBuilder b = new WarcBuilder(warc)) {
      pages.forEach(b::add);
    }
    reader.read(warc, articles::add, problems::add);
    HtmlArticleExtractor extractor = new HtmlArticleExtractor();
    Map<String, String> direct = new HashMap<>();
    pages.forEach((url, html) -> extractor.extract(html, "", "x", url, p -> {})
        .ifPresent(a -> direct.put(a.url(), a.text())));
    Map<String, String> viaWarc = new HashMap<>();
    for (Article a : articles) viaWarc.put(a.url(), a.text());
    assertThat(viaWarc).isEqualTo(direct);
    assertThat(articles.size() + problems.size()).isEqualTo(pages.size());
    assertThat(articles.get(0).id()).startsWith("urn:uuid:");
  }

  @Test
  void nonHtmlResponsesAreReportedAndSkipped() throws IOException {
    Path warc = tmp.resolve("mixed.warc.gz");
    Map<String, byte[]> pages = pages(1);
    String url = pages.keySet().iterator().next();
    try (WarcBuilder b = new WarcBuilder(warc)) {
      b.add("https://example.org/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png");
      b.add(url, pages.get(url));
    }
    reader.read(warc, articles::add, problems::add);
    assertThat(articles).hasSize(1);
    assertThat(problems).containsExactly(new Problem(warc + " record 1 (https://example.org/logo.png)",
        "content type 'image/png' is not HTML; skipped"));
  }

  @Test
  void theDeclaredCharsetIsHonoured() throws IOException {
    Path warc = tmp.resolve("latin.warc.gz");
    String text = "Der B\u00fcrgermeister er\u00f6ffnete am Mittwoch die neue Br\u00fccke \u00fcber den Fluss,"
        + " nach drei Jahren Bauzeit.";
    try (WarcBuilder b = new WarcBuilder(warc)) {
      b.add("https://example.org/de", ("<html><body><p>" + text + "</p></body></html>")
          .getBytes(StandardCharsets.ISO_8859_1), "text/html; charset=iso-8859-1");
    }
    reader.read(warc, articles::add, problems::add);
    assertThat(articles).extracting(Article::text).containsExactly(text);
    assertThat(problems).isEmpty();
  }

  @Test
  void aTruncatedWarcGzDeliversWhatCameBeforeAndReportsWhereItStopped() throws IOException {
    Path warc = tmp.resolve("full.warc.gz");
    try (WarcBuilder b = new WarcBuilder(warc)) {
      pages(10).forEach(b::add);
    }
    byte[] bytes = Files.readAllBytes(warc);
    Path cut = tmp.resolve("cut.warc.gz");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length * 2 / 3));
    reader.read(cut, articles::add, problems::add);
    assertThat(articles).hasSizeBetween(3, 9);
    assertThat(problems).last().satisfies(p -> {
      assertThat(p.place()).startsWith(cut + " after record ");
      assertThat(p.reason()).startsWith("cannot read further: ").endsWith("; the rest of the file is skipped");
    });
  }

  /** Where each gzip member (one per record, as WarcWriter and crawlers write them) starts. */
  static List<Integer> memberStarts(byte[] gz) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i + 2 < gz.length; i++) {
      if (gz[i] == 0x1f && gz[i + 1] == (byte) 0x8b && gz[i + 2] == 0x08) {
        // A member header also has flags and a time; data can hold the three bytes by chance,
        // so keep only starts from which the member inflates.
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz, i, gz.length - i))) {
          in.readNBytes(16);
          out.add(i);
        } catch (IOException e) {
          // not a member start
        }
      }
    }
    return out;
  }

  @Test
  void aDamagedRecordCostsThatRecordAndReadingGoesOnAtTheNext() throws IOException {
    Map<String, byte[]> pages = pages(10);
    Path warc = tmp.resolve("full.warc.gz");
    try (WarcBuilder b = new WarcBuilder(warc)) {
      pages.forEach(b::add);
    }
    reader.read(warc, articles::add, problems::add);
    List<String> clean = articles.stream().map(Article::url).toList();
    int cleanProblems = problems.size();
    articles.clear();
    problems.clear();

    byte[] bytes = Files.readAllBytes(warc);
    List<Integer> starts = memberStarts(bytes);
    assertThat(starts).hasSize(10);
    // Scramble the middle of the fourth record's compressed data.
    int from = starts.get(3) + 40;
    for (int i = from; i < from + 200; i++) bytes[i] = (byte) (bytes[i] * 31 + 7);
    Path damaged = tmp.resolve("damaged.warc.gz");
    Files.write(damaged, bytes);
    reader.read(damaged, articles::add, problems::add);

    assertThat(articles.stream().map(Article::url).toList())
        .hasSizeGreaterThanOrEqualTo(clean.size() - 1)
        .isSubsetOf(clean)
        .contains(clean.get(clean.size() - 1));
    assertThat(problems).hasSize(cleanProblems + 1);
    assertThat(problems).anySatisfy(p -> {
      assertThat(p.place()).isEqualTo(damaged + " after record 3");
      assertThat(p.reason()).startsWith("cannot read the next record: ")
          .endsWith("; resumed at byte " + starts.get(4) + ", the next record that reads");
    });
  }

  @Test
  void aChannelOfAnyFileSystemReadsAsTheFileDoesDamageIncluded() throws IOException {
    Map<String, byte[]> pages = pages(6);
    Path warc = tmp.resolve("full.warc.gz");
    try (WarcBuilder b = new WarcBuilder(warc)) {
      pages.forEach(b::add);
    }
    byte[] bytes = Files.readAllBytes(warc);
    int from = memberStarts(bytes).get(2) + 40;
    for (int i = from; i < from + 200; i++) bytes[i] = (byte) (bytes[i] * 31 + 7);
    Path damaged = tmp.resolve("damaged.warc.gz");
    Files.write(damaged, bytes);
    reader.read(damaged, articles::add, problems::add);
    List<Article> viaChannel = new ArrayList<>();
    List<Problem> channelProblems = new ArrayList<>();
    try (var channel = Files.newByteChannel(damaged)) {
      reader.read(damaged.toString(), channel, viaChannel::add, channelProblems::add);
    }
    assertThat(viaChannel).isEqualTo(articles).hasSizeGreaterThan(3);
    assertThat(channelProblems).isEqualTo(problems).isNotEmpty();
  }

  /** A plain WARC response record for {@code url} whose page says {@code sentence}. */
  static String plainRecord(String id, String url, String sentence) {
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>" + sentence
        + "</p></body></html>";
    return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + id + ">\r\n"
        + "WARC-Date: 2019-11-20T00:00:00Z\r\nWARC-Target-URI: " + url + "\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + http.length()
        + "\r\n\r\n" + http + "\r\n\r\n";
  }

  @Test
  void aPlainWarcReadsOnPastJunkBetweenRecords() throws IOException {
    String first = plainRecord("00000000-0000-0000-0000-000000000001", "https://example.org/a",
        "The council approved the new budget on Tuesday after a long and heated debate.");
    String junk = "WARC/1.0\r\nWARC-Type: respo\u0000\u0001 garbled by a failing disk\r\n\r\n";
    String second = plainRecord("00000000-0000-0000-0000-000000000002", "https://example.org/b",
        "The mayor said the money would go to schools, roads and the city's two hospitals.");
    Path warc = tmp.resolve("junk-between.warc");
    Files.writeString(warc, first + junk + second, StandardCharsets.ISO_8859_1);
    reader.read(warc, articles::add, problems::add);
    assertThat(articles).extracting(Article::url).containsExactly("https://example.org/a", "https://example.org/b");
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).place()).isEqualTo(warc + " after record 1");
    assertThat(problems.get(0).reason()).startsWith("cannot read the next record: ")
        .endsWith("; resumed at byte " + (first.length() + junk.length()) + ", the next record that reads");
  }

  @Test
  void aRecordWhoseLengthLiesIsReported() throws IOException {
    String html = "<html><body><p>A short page about a long day at the office, told in one sentence.</p></body></html>";
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + html;
    String record = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        + "WARC-Date: 2019-11-20T00:00:00Z\r\nWARC-Target-URI: https://example.org/a\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + (http.length() + 5000)
        + "\r\n\r\n" + http + "\r\n\r\n";
    Path warc = tmp.resolve("lying.warc");
    Files.writeString(warc, record + record.replace("0001>", "0002>"), StandardCharsets.ISO_8859_1);
    reader.read(warc, articles::add, problems::add);
    assertThat(problems).isNotEmpty();
    assertThat(problems.get(problems.size() - 1).toString()).startsWith(warc.toString());
  }

  @RepeatedTest(10)
  void randomBytesNeverThrow(RepetitionInfo info) throws IOException {
    Random random = new Random(info.getCurrentRepetition());
    byte[] junk = new byte[random.nextInt(20_000)];
    random.nextBytes(junk);
    if (random.nextBoolean()) {
      byte[] head = "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 100\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
      System.arraycopy(head, 0, junk, 0, Math.min(head.length, junk.length));
    }
    Path warc = tmp.resolve("junk" + info.getCurrentRepetition() + ".warc");
    Files.write(warc, junk);
    reader.read(warc, articles::add, problems::add);
    assertThat(problems).allSatisfy(p -> assertThat(p.place()).startsWith(warc.toString()));
  }
}
