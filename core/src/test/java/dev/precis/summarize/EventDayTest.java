package dev.precis.summarize;

import dev.precis.SummaryRequest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.Precis;
import dev.precis.TestData;
import dev.precis.model.Article;
import dev.precis.model.Citation;
import dev.precis.model.Cluster;
import dev.precis.model.Summary;
import dev.precis.model.When;
import dev.precis.represent.ClusterText;
import dev.precis.represent.Sentence;
import dev.precis.text.TimeExpressions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventDayTest {
  private final Precis precis = new Precis();

  private static Cluster multiNews(String idSuffix) {
    return TestData.multiNews(181).stream().filter(c -> c.id().endsWith(idSuffix)).findFirst().orElseThrow();
  }

  private static Citation citationOf(ClusterText t, String opening) {
    Sentence s = t.sentences().stream().filter(x -> x.text().startsWith(opening)).findFirst().orElseThrow();
    return new Citation(s.article() + 1, t.cluster().articles().get(s.article()).id(), s.start(), s.end());
  }

  @Test
  void theSamplesShortSummaryTakesItsDayFromAnArticleThatStatesItsFirstSentence() {
    Summary s = precis.summarize(TestData.sample(), Summarizer.named("learned"), SummaryRequest.defaults().withBudget(Budget.words(40)).selection());
    // The first sentence tells the event without its day ...
    assertThat(s.sentences().get(0).text()).startsWith("US Defense Secretary Mark Esper denied reports");
    assertThat(TimeExpressions.find(s.sentences().get(0).text())).isEmpty();
    // ... which the Reuters story cited for it says ("Esper said Monday"), dated by its page's stamp.
    When when = s.when();
    assertThat(when).isNotNull();
    assertThat(when.text()).isEqualTo("Monday, January 6, 2020");
    assertThat(when.date()).isEqualTo("2020-01-06");
    Citation c = when.citation();
    assertThat(s.sentences().get(0).citations()).extracting(Citation::article).contains(c.article());
    assertThat(s.sources().get(c.article() - 1).cleanText().substring(c.start(), c.end())).isEqualTo("Monday");
  }

  @Test
  void aWeekdayIsGivenAsWrittenUnlessTheArticleIsDated() {
    Cluster nordstrom = multiNews("-038");
    ClusterText t = precis.prepare(nordstrom);
    Citation lead = citationOf(t, "President Trump went to war Wednesday with Nordstrom");
    When when = EventDay.of(t, List.of(lead)).orElseThrow();
    // The story writes "February 8, 2017" further down, but a story's dates are not its own.
    assertThat(when.text()).isEqualTo("Wednesday");
    assertThat(when.date()).isEmpty();

    List<Article> dated = new ArrayList<>(nordstrom.articles());
    Article a = dated.get(0);
    dated.set(0, new Article(a.id(), a.title(), a.text(), a.url(), "2017-02-09T08:12:00Z", a.lang(), a.outlet()));
    ClusterText withDate = precis.prepare(new Cluster(nordstrom.id() + "-dated", dated));
    when = EventDay.of(withDate, List.of(citationOf(withDate, "President Trump went to war Wednesday"))).orElseThrow();
    assertThat(when.text()).isEqualTo("Wednesday, February 8, 2017");
    assertThat(when.date()).isEqualTo("2017-02-08");
  }

  @Test
  void anArticlesDateIsItsOwnOrItsPageStampNeverADateItsStoryTells() {
    // The sample's Reuters page stamps "date 2020-01-06" above its story.
    Article reuters = TestData.sample().articles().stream()
        .filter(x -> x.id().startsWith("002_")).findFirst().orElseThrow();
    assertThat(EventDay.written(reuters)).contains(LocalDate.of(2020, 1, 6));
    // A 2018 story about Stormy Daniels mentions a 2017 date; taking it would misdate the story.
    Article daniels = multiNews("-092").articles().get(1);
    assertThat(daniels.text()).contains("March 14, 2017");
    assertThat(EventDay.written(daniels)).isEmpty();
  }

  @Test
  void aDateTheStoryRecallsIsHistoryNotItsDay() {
    // Cluster 135 tells of Queen Elizabeth II about to reign longer than Victoria (2015); its lead
    // opens on the day Victoria did, in 1896.
    Cluster queen = multiNews("-135");
    ClusterText t = precis.prepare(queen);
    Citation lead = citationOf(t, "On Sept. 23, 1896, Queen Victoria marked a momentous day");
    assertThat(EventDay.of(t, List.of(lead))).isEmpty();
    // A date the week of the story is its day.
    assertThat(EventDay.history(t, lead.article() - 1, LocalDate.of(2015, 9, 9))).isFalse();
    // With the article's own date, a date more than a month before it is history.
    List<Article> dated = new ArrayList<>(queen.articles());
    Article a = dated.get(lead.article() - 1);
    dated.set(lead.article() - 1, new Article(a.id(), a.title(), a.text(), a.url(), "2015-09-08", a.lang(), a.outlet()));
    ClusterText withDate = precis.prepare(new Cluster(queen.id() + "-dated", dated));
    assertThat(EventDay.history(withDate, lead.article() - 1, LocalDate.of(2015, 9, 1))).isFalse();
    assertThat(EventDay.history(withDate, lead.article() - 1, LocalDate.of(2015, 7, 1))).isTrue();
  }

  @Test
  void anUndatedArticlesCaptionSaysWhichWeekdayItMeans() {
    // Cluster 016's Houston story says "police said Thursday"; a photo caption of the same page
    // reads "... near Terminal B on Thursday, May 2, 2013 in Houston."
    ClusterText t = precis.prepare(multiNews("-016"));
    Sentence lead = t.sentences().stream().filter(x -> x.text().contains("police said Thursday")).findFirst().orElseThrow();
    assertThat(EventDay.written(t.cluster().articles().get(lead.article()))).isEmpty();
    Citation c = new Citation(lead.article() + 1, t.cluster().articles().get(lead.article()).id(), lead.start(), lead.end());
    When when = EventDay.of(t, List.of(c)).orElseThrow();
    assertThat(when.date()).isEqualTo("2013-05-02");
    assertThat(when.text()).isEqualTo("Thursday, May 2, 2013");
    // No caption of that page is dated on a Friday.
    assertThat(EventDay.captionDate(t, lead.article(), java.time.DayOfWeek.FRIDAY)).isEmpty();
  }

  @Test
  void noDayWhenNoCitedSentenceNamesOne() {
    ClusterText t = precis.prepare(TestData.sample());
    Citation c = citationOf(t, "Tehran has promised revenge for the murder.");
    assertThat(EventDay.of(t, List.of(c))).isEmpty();
  }
}
