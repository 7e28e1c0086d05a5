package dev.precis.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Article;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class OutletTest {
  static final String BODY = "<p>The city council voted on Tuesday to close the old bridge over the river for repairs"
      + " that are expected to take at least two years and cost about 40 million dollars.</p>"
      + "<p>Drivers will have to use the northern crossing, which officials said would add about ten"
      + " minutes to the average commute between the two halves of the town.</p>";

  @Test
  void theSiteNameIsTheOutlet() {
    String html = "<html><head><meta property=\"og:site_name\" content=\"The River Gazette\">"
        + "<title>Bridge to close</title></head><body><article><h1>Bridge to close</h1>" + BODY
        + "</article></body></html>";
    Article a = new HtmlArticleExtractor().extract(html.getBytes(StandardCharsets.UTF_8), "", "p", "",
        new ArrayList<>()::add).orElseThrow();
    assertThat(a.outlet()).isEqualTo("The River Gazette");
  }

  @Test
  void theJsonLdPublisherIsTheOutletWhenThereIsNoSiteName() {
    String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"headline\":\"Bridge to close\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Valley Times\"}}"
        + "</script><title>Bridge to close</title></head><body><article><h1>Bridge to close</h1>" + BODY
        + "</article></body></html>";
    Article a = new HtmlArticleExtractor().extract(html.getBytes(StandardCharsets.UTF_8), "", "p", "",
        new ArrayList<>()::add).orElseThrow();
    assertThat(a.outlet()).isEqualTo("Valley Times");
  }
}
