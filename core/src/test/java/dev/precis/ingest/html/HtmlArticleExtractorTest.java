package dev.precis.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Article;
import dev.precis.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {
  static final Path PAGES =
      Path.of(System.getProperty("precis.shared"), "data", "article-extraction", "html");

  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();
  private final List<Problem> problems = new ArrayList<>();

  static byte[] page(String prefix) throws IOException {
    try (var files = Files.list(PAGES)) {
      Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
      try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
        return in.readAllBytes();
      }
    }
  }

  private Optional<Article> extract(String html) {
    return extractor.extract(html.getBytes(StandardCharsets.UTF_8), "", "p1", "", problems::add);
  }

  private static String paragraphs(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append("<p>Paragraph ").append(i).append(" of the story says something long enough to be"
          + " prose, with a comma, and ends with a full stop.</p>");
    }
    return b.toString();
  }

  @Test
  void readsHeadlineBodyDateAndCanonicalUrlOfARealPage() throws IOException {
    Article a = extractor.extract(page("042bb7b5fe"), "", "wsj", "", problems::add).orElseThrow();
    assertThat(a.title()).contains("Stadia");
    assertThat(a.text()).contains("Gaming used to be so simple. We’d buy a game");
    assertThat(a.url()).startsWith("https://www.wsj.com/articles/");
    assertThat(a.date()).startsWith("2019-11-");
    assertThat(problems).isEmpty();
  }

  @Test
  void leavesNavigationShareBarsAndRelatedLinksOut() {
    Article a = extract("<html><head><title>T</title></head><body>"
        + "<nav><a href=/a>Home</a> <a href=/b>World</a></nav>"
        + "<div class=share-bar>Share on Facebook. Share on Twitter, share by email now.</div>"
        + "<article><h1>Headline</h1>" + paragraphs(3) + "<h2>A subheading</h2>" + paragraphs(2)
        + "</article><div class=related><h3>Related</h3><ul><li><a href=/x>Another story about"
        + " something else entirely, with a long linked headline.</a></li></ul></div>"
        + "<footer>Copyright 2019, all rights reserved by the company.</footer></body></html>")
        .orElseThrow();
    assertThat(a.text()).startsWith("Paragraph 0 of the story").contains("\n\nA subheading\n\n")
        .doesNotContain("Share").doesNotContain("Another story").doesNotContain("Copyright");
    assertThat(a.text().split("\n\n")).hasSize(6);
  }

  @Test
  void teaserExcerptsOfOtherStoriesStayOutEvenWhenTheyOutweighTheArticle() {
    StringBuilder teasers = new StringBuilder("<div id=secondary role=complementary><ul>");
    for (int i = 0; i < 8; i++) {
      teasers.append("<li><a href=/s").append(i).append(">Another story number ").append(i)
          .append(" has a long headline</a><span>WASHINGTON: A summary of that other story,"
              + " cut after its first two hundred characters, which is long enough to look like"
              + " a paragraph of prose in the page but stops in the middle of a sen...</span></li>");
    }
    teasers.append("</ul><article class=card><a href=/d><h2>A deal on headphones, today only"
        + "</h2></a><p class=article-excerpt>Apple recently launched new headphones, and already"
        + " it is possible to grab a pair at a considerable discount. They feature Active Noise"
        + " Cancellat...</p></article></div>");
    Article a = extract("<html><body><div class=page><div class=main><h1>Headline</h1>"
        + paragraphs(4) + "</div>" + teasers + "</div></body></html>").orElseThrow();
    assertThat(a.text()).startsWith("Paragraph 0").doesNotContain("summary of that other story")
        .doesNotContain("headphones");
    assertThat(a.text().split("\n\n")).hasSize(4);
  }

  @Test
  void aParagraphEndingInAnEllipsisIsStillProse() {
    Article a = extract("<html><body><article>" + paragraphs(2) + "<p>And then, she said, the"
        + " lights went out and nobody in the hall knew what would come next...</p>"
        + paragraphs(1) + "</article></body></html>").orElseThrow();
    assertThat(a.text()).contains("what would come next...");
  }

  @Test
  void cardsThatPopUpOverANameLeaveTheNameAndDropTheCard() {
    String card = "<span class=rollover><a href=/people/omar>Ilhan Omar</a><span class=block><span>"
        + "<img src=o.jpg><a href=/people/omar>Ilhan Omar</a><a href=/s1>Progressives oppose the"
        + " stopgap funding measure over surveillance</a> <a href=/s2>Omar asks court to apply"
        + " compassion in sentencing</a> <a href=/people/omar>MORE</a></span></span></span>";
    Article a = extract("<html><body><article><p>A New York man pleaded guilty to charges he"
        + " threatened to kill Rep. " + card + " (D-Minn.), the U.S. Attorney's Office announced"
        + " Monday.</p>" + paragraphs(3) + "</article></body></html>").orElseThrow();
    assertThat(a.text()).startsWith("A New York man pleaded guilty to charges he threatened to"
        + " kill Rep. Ilhan Omar (D-Minn.), the U.S.").doesNotContain("Progressives", "MORE");
  }

  @Test
  void theStandfirstUnderTheHeadlineIsLeftOut() {
    String[] standfirsts = {
      "<h2 class=sub-head>There are more devices and services to choose from than ever before."
          + " Here is how to figure out what is best for you.</h2>",
      "<div itemprop=description class=lead>There are more devices and services to choose from"
          + " than ever before. Here is how to figure out what is best for you.</div>"};
    for (String standfirst : standfirsts) {
      Article a = extract("<html><body><article><h1>So many ways to play</h1>" + standfirst
          + paragraphs(4) + "</article></body></html>").orElseThrow();
      assertThat(a.text()).startsWith("Paragraph 0").doesNotContain("more devices");
    }
  }

  @Test
  void anEmbeddedPostIsKeptWithItsAttributionThoughItsWrapperIsNamedSocial() {
    Article a = extract("<html><body><article>" + paragraphs(3) + "<div class=social-media-embed>"
        + "<blockquote class=twitter-tweet><p>Yes this is real and yes the state spent nearly"
        + " half a million dollars on it: <a href=https://t.co/N>https://t.co/N</a></p>&mdash;"
        + " Dianna E. Anderson (@dianna) <a href=https://twitter.com/d/1>November 18, 2019</a>"
        + "</blockquote></div></article>"
        + "<div class=social-share>Share on Facebook. Share on Twitter.</div></body></html>")
        .orElseThrow();
    assertThat(a.text()).endsWith("Yes this is real and yes the state spent nearly half a million"
        + " dollars on it: https://t.co/N\n\n\u2014 Dianna E. Anderson (@dianna) November 18, 2019")
        .doesNotContain("Share on");
  }

  @Test
  void aSentenceMostlyLinkedToItsSourceStaysInTheArticle() {
    Article a = extract("<html><body><article>" + paragraphs(2) + "<ol><li><a href=/w>Ousted"
        + " WeWork CEO Adam Neumann can still reportedly name directors to WeWork's board</a>,"
        + " even though he left the company.</li></ol>" + paragraphs(2) + "<p><a href=/a>Profile"
        + "</a> <a href=/b>Timeline of the saga</a></p>" + paragraphs(1) + "</article></body></html>")
        .orElseThrow();
    assertThat(a.text()).contains("Ousted WeWork CEO").doesNotContain("Timeline");
  }

  @Test
  void aListThatClosesTheArticleIsKeptThoughItsItemsAreShort() {
    Article a = extract("<html><body><article>" + paragraphs(3) + "<h3>Qualified teams</h3><ul>"
        + "<li>England (Group A): 10th appearance</li><li>Ukraine (Group B): Third appearance</li>"
        + "<li>Wales (Group E): Second appearance</li></ul></article></body></html>").orElseThrow();
    assertThat(a.text()).endsWith("\n\nQualified teams\n\nEngland (Group A): 10th appearance"
        + "\n\nUkraine (Group B): Third appearance\n\nWales (Group E): Second appearance");
  }

  @Test
  void theLabelOfAnAdSlotInsideTheArticleIsLeftOut() {
    Article a = extract("<html><body><article>" + paragraphs(2) + "<div><span>ADVERTISEMENT</span>"
        + "</div>" + paragraphs(2) + "</article></body></html>").orElseThrow();
    assertThat(a.text()).doesNotContainIgnoringCase("advertisement");
    assertThat(a.text().split("\n\n")).hasSize(4);
  }

  @Test
  void aPageWithNoTextIsReported() {
    assertThat(extract("<html><body><div><a href=/>Home</a></div></body></html>")).isEmpty();
    assertThat(problems).containsExactly(
        new Problem("p1", "no article text found in the page; skipped"));
  }

  @Test
  void aBinaryBodyIsReported() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
    assertThat(extractor.extract(png, "", "img", "", problems::add)).isEmpty();
    assertThat(problems).containsExactly(
        new Problem("img", "binary content (PNG image), not HTML; skipped"));
  }

  @Test
  void aPageOverTheSizeLimitIsReportedUnread() {
    HtmlArticleExtractor small = new HtmlArticleExtractor(1000);
    byte[] big = ("<html><body>" + paragraphs(50) + "</body></html>").getBytes(StandardCharsets.UTF_8);
    assertThat(small.extract(big, "", "big", "", problems::add)).isEmpty();
    assertThat(problems).containsExactly(new Problem("big", "page is " + big.length
        + " bytes, over the limit of 1000 bytes; skipped (--max-article-bytes raises the limit)"));
  }

  @Test
  void aWrongDeclaredCharsetIsCorrectedAndReported() {
    byte[] latin = ("<html><body><p>Le caf\u00e9 de la gare a rouvert ses portes ce matin, apr\u00e8s"
        + " trois ans de travaux et une longue attente.</p></body></html>")
        .getBytes(Charset.forName("windows-1252"));
    Article a = extractor.extract(latin, "utf-8", "fr", "", problems::add).orElseThrow();
    assertThat(a.text()).contains("caf\u00e9", "apr\u00e8s");
    assertThat(problems).containsExactly(new Problem("fr",
        "declared charset 'utf-8' does not decode the page, read as windows-1252"));
  }

  @Test
  void aMissingCharsetIsSniffedFromMetaThenFromTheBytes() {
    String text = "\u041c\u043e\u0441\u043a\u0432\u0430 \u2014 \u0441\u0442\u043e\u043b\u0438\u0446\u0430"
        + " \u0420\u043e\u0441\u0441\u0438\u0438, \u043a\u0440\u0443\u043f\u043d\u0435\u0439\u0448\u0438\u0439"
        + " \u0433\u043e\u0440\u043e\u0434 \u0441\u0442\u0440\u0430\u043d\u044b \u0438 \u0415\u0432\u0440\u043e\u043f\u044b.";
    byte[] cp1251 = ("<html><head><meta charset=\"windows-1251\"></head><body><p>" + text
        + "</p></body></html>").getBytes(Charset.forName("windows-1251"));
    assertThat(extractor.extract(cp1251, "", "ru", "", problems::add).orElseThrow().text())
        .isEqualTo(text);
    byte[] latin = ("<html><body><p>Le caf\u00e9 de la gare a rouvert ses portes ce matin, apr\u00e8s"
        + " trois ans.</p></body></html>").getBytes(Charset.forName("windows-1252"));
    assertThat(extractor.extract(latin, "", "fr", "", problems::add).orElseThrow().text())
        .contains("caf\u00e9");
    assertThat(problems).isEmpty();
  }

  @Test
  void deeplyNestedTagsDoNotOverflowTheStack() {
    StringBuilder b = new StringBuilder("<html><body>");
    b.append("<div>".repeat(100_000)).append(paragraphs(3)).append("</div>".repeat(100_000));
    b.append("</body></html>");
    Optional<Article> a = extract(b.toString());
    // The story's three paragraphs come out, in order, under 100,000 levels of tags.
    assertThat(a).as("problems: %s", problems).isPresent();
    assertThat(a.get().text()).contains("Paragraph 0 of the story", "Paragraph 1 of the story",
        "Paragraph 2 of the story");
    assertThat(a.get().text().indexOf("Paragraph 0")).isLessThan(a.get().text().indexOf("Paragraph 2"));
  }

  @RepeatedTest(20)
  void randomBytesAndTagSoupNeverThrow(org.junit.jupiter.api.RepetitionInfo info) {
    Random random = new Random(info.getCurrentRepetition());
    String[] parts = {"<div>", "</div>", "<p>", "</p>", "<a href=x>", "</a>", "<script>", "<!--",
        "-->", "<nav>", "<br>", "text with words, ", "long sentence of prose here. ", "&amp;",
        "<meta charset=", "\"utf-16\">", "<table><td>", "\u0000", "\uFFFD", "<h1>", "<li>"};
    StringBuilder soup = new StringBuilder();
    for (int i = 0; i < 500; i++) soup.append(parts[random.nextInt(parts.length)]);
    extract(soup.toString());
    byte[] bytes = new byte[random.nextInt(5000)];
    random.nextBytes(bytes);
    extractor.extract(bytes, random.nextBoolean() ? "" : "x-unknown", "r", "", problems::add);
    assertThat(problems).allSatisfy(p -> assertThat(p.place()).isIn("p1", "r"));
  }
}
