package dev.precis.text;

import dev.precis.SummaryRequest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.Precis;
import dev.precis.TestData;
import dev.precis.model.Cluster;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.summarize.Budget;
import dev.precis.summarize.Summarizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatelineTest {
  @Test
  void wireDatelinesOfTheDevDataAreFound() {
    // Openings of Multi-News articles and of the sample cluster.
    for (String dateline : List.of("PROVIDENCE, R.I. (AP) \u2014 ", "LAS VEGAS, June 10 (UPI) -- ",
        "CHRISTCHURCH, New Zealand (Reuters) - ", "BAGHDAD / DUBAI \u2013 ", "MONTREAL\u2014",
        "THURSDAY, Jan. 6 (HealthDay News) -- ", "SANTA ROSA (CBS SF) \u2014 ", "DALLAS-- ",
        "EAGAN, Minn. - ", "SOUTH PASADENA (CBSLA.com) \u2014 ")) {
      String sentence = dateline + "Officials said on Monday that the plant would close.";
      assertThat(Dateline.length(sentence)).as(dateline).isEqualTo(dateline.length());
    }
    // A video player's "CLOSE" before the video's caption (USA Today pages, Multi-News cluster 048).
    assertThat(Dateline.length("CLOSE Pete Davidson appears to joke about rushing to propose.")).isEqualTo(6);
    assertThat(Dateline.length("CLOSE to the end of the show, the host returned.")).isZero();
    // A photo's credit run into the sentence after it (cluster 129).
    String credited = "Barry Brecheisen/Getty Images There is no question that Americans are frustrated.";
    assertThat(credited.substring(Dateline.length(credited))).startsWith("There is no question");
    assertThat(Dateline.length("Smith/Jones said the AP/Reuters wires were late.")).isZero();
    String getty = "Mike Coppola/Getty The Olsen twins said their $39,000 backpack is selling out.";
    assertThat(getty.substring(Dateline.length(getty))).startsWith("The Olsen twins");
    // A wire city left without its agency and dash (clusters 207, 223, 016).
    for (String city : List.of("WASHINGTON ", "TOKYO ", "HOUSTON ", "NEW YORK ")) {
      String sentence = city + "The number of children relying on food stamps spiked to 16 million.";
      assertThat(Dateline.length(sentence)).as(city).isEqualTo(city.length());
    }
    // A title-case dateline with its agency, and a page's date label (clusters 054, 139).
    for (String dateline : List.of("Gaza City, Gaza (CNN) -- ", "Sept. 6, 2017: ")) {
      String sentence = dateline + "Israeli airstrikes and tank shells pounded parts of Gaza Tuesday.";
      assertThat(Dateline.length(sentence)).as(dateline).isEqualTo(dateline.length());
    }
    for (String sentence : List.of("Apple (AAPL) - Shares rose on Monday.", "Officials (two of them) - The plant closed.",
        "Sept. 6, 2017 was the day the suit was filed.")) {
      assertThat(Dateline.length(sentence)).as(sentence).isZero();
    }
    for (String sentence : List.of("UPDATE: The plant will close on Monday.",
        "NASCAR Cup Series drivers said the track was too slow.", "UNICEF Executive Director Henrietta Fore said so.",
        "WASHINGTON, the capital, was quiet on Monday.",
        "NASA said on Monday that the launch was delayed.", "The plant \u2014 idle since May \u2014 will close.",
        "U.S. officials said the plant would close.", "AP - ", "FBI Director James Comey testified.",
        "WASHINGTON - the plant will close.")) {
      assertThat(Dateline.length(sentence)).as(sentence).isZero();
    }
  }

  @Test
  void aSummaryShowsAndCitesItsSentencesWithoutTheirDatelines() {
    Precis precis = new Precis();
    Cluster c = TestData.multiNews(30).stream().filter(x -> x.id().endsWith("-012")).findFirst().orElseThrow();
    Summary s = precis.summarize(precis.prepare(c), Summarizer.named("lead"), SummaryRequest.defaults().withBudget(Budget.words(100)).selection());
    // The cluster's AP story opens "PROVIDENCE, R.I. (AP) — Author and actor Christopher Kennedy Lawford ...".
    SummarySentence lawford = s.sentences().stream()
        .filter(x -> x.text().startsWith("Author and actor Christopher Kennedy Lawford")).findFirst().orElseThrow();
    var own = lawford.citations().get(0);
    String article = s.sources().get(own.article() - 1).cleanText();
    assertThat(article.substring(own.start(), own.end())).isEqualTo(lawford.text());
    assertThat(article.substring(0, own.start())).endsWith("PROVIDENCE, R.I. (AP) \u2014 ");
    assertThat(s.sentences()).noneMatch(x -> Dateline.length(x.text()) > 0);
  }
}
