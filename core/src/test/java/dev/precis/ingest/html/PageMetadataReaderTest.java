package dev.precis.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** What a page says about itself, read from the markup pages carry in general. */
class PageMetadataReaderTest {
  private final PageMetadataReader reader = new PageMetadataReader();

  private PageMetadata read(String html) {
    return reader.read(Jsoup.parse(html, "https://example.org/a"));
  }

  @Test
  void jsonLdWrappedInCdataIsRead() {
    PageMetadata m = read("<html><head><script type=\"application/ld+json\">\n<![CDATA[\n"
        + "{\"@type\":\"NewsArticle\",\"headline\":\"Rains return\",\"datePublished\":"
        + "\"2020-07-10T14:15:42+00:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"},"
        + "{\"@type\":\"Person\",\"name\":\"Li Wei\"}]}\n]]>\n</script></head><body></body></html>");
    assertThat(m.date()).isEqualTo("2020-07-10T14:15:42+00:00");
    assertThat(m.byline()).isEqualTo("Ana Ruiz, Li Wei");
    assertThat(m.title()).isEqualTo("Rains return");
  }

  @Test
  void everyAuthorMetaTagIsKept() {
    PageMetadata m = read("<head><meta name=DC.Creator content=\"Kooman, F.\">"
        + "<meta name=DC.Creator content=\"Jong, Michiel de\"></head>");
    assertThat(m.byline()).isEqualTo("Kooman, F., Jong, Michiel de");
  }

  @Test
  void aProfileUrlInTheAuthorTagIsNotAName() {
    PageMetadata m = read("<head><meta property=article:author content=\"https://facebook.com/x\">"
        + "</head><body><h1>Title</h1><span itemprop=\"author creator\">Corey Kilgannon</span>"
        + "</body>");
    assertThat(m.byline()).isEqualTo("Corey Kilgannon");
  }

  @Test
  void aBylineLineUnderTheHeadlineLosesItsByAndItsDateStamp() {
    PageMetadata m = read("<body><h1>Storm hits the coast</h1><div class=meta>"
        + "<p>By <a href=/p/jd>Jane Doe</a> - Apr 16, 2015 8:02 pm UTC</p></div>"
        + "<p>The storm came ashore on Tuesday, and the town was ready for it.</p></body>");
    assertThat(m.byline()).isEqualTo("Jane Doe");
  }

  @Test
  void aSectionLabelBeforeByIsNotPartOfTheName() {
    assertThat(PageMetadataReader.trimByline("Tech Industry by Steven Musil January 18, 2017"))
        .isEqualTo("Steven Musil");
    assertThat(PageMetadataReader.trimByline("Our Foreign Staff 16 November 2017 \u2022 2:15pm"))
        .isEqualTo("Our Foreign Staff");
  }

  @Test
  void aSentenceOpeningWithByIsNoByline() {
    PageMetadata m = read("<body><h1>Storm</h1><p>by the time it ended, the town was dark.</p>"
        + "</body>");
    assertThat(m.byline()).isEmpty();
  }

  @Test
  void theHeadlineIsTheCandidateThePageShows() {
    PageMetadata m = read("<head><title>New Zealand - Wikipedia</title><script type="
        + "\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"country in Oceania\"}"
        + "</script></head><body><h1>New Zealand</h1></body>");
    assertThat(m.title()).isEqualTo("New Zealand");
  }

  @Test
  void aLogoInTheH1IsNotTheHeadline() {
    PageMetadata m = read("<head><title>Rains return to the valley - Daily Example</title>"
        + "<meta property=og:site_name content=\"Daily Example\"></head><body><h1>Daily Example</h1>"
        + "</body>");
    assertThat(m.title()).isEqualTo("Rains return to the valley - Daily Example");
  }
}
