package dev.precis.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Article;
import dev.precis.model.Event;
import dev.precis.model.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad input is reported one clear line each, and the stream goes on. */
class BadInputTest {
  private static final EventOptions OPTIONS =
      EventOptions.defaults().withToday(LocalDate.of(2026, 1, 1)).withEmbeddings(false);
  private final List<String> problems = new ArrayList<>();
  private final EventGrouper grouper =
      new EventGrouper(OPTIONS, (Problem p) -> problems.add(p.toString()));

  private static List<Article> stories() {
    return EventStreams.flatten(EventStreams.clusters(EventStreams.allSides(), 4));
  }

  private static Article dated(Article a, String date) {
    return new Article(a.id(), a.title(), a.text(), a.url(), date, a.lang(), a.outlet());
  }

  @Test
  void anArticleWithNoTitleAndNoTextIsAnEventOfItsOwn() {
    grouper.add(stories().get(0));
    Assignment empty = grouper.add(new Article("blank", "", ""));
    assertThat(empty.newEvent()).isTrue();
    assertThat(problems).contains("article blank: no title and no text: an event of its own");
  }

  @Test
  void articlesWithNoTitleOrNoDateAreCountedOnceAtTheEnd() {
    List<Article> s = stories();
    grouper.add(s.get(0));
    grouper.add(new Article("untitled", "", s.get(1).text()));
    grouper.add(new Article(s.get(2).id(), s.get(2).title(), s.get(2).text()));
    List<Event> events = grouper.closeAll();
    assertThat(problems).contains("stream: 1 of 3 articles have no title; grouped by their text",
        "stream: 2 of 3 articles have no usable date; grouped by the article window");
    assertThat(events.stream().mapToInt(e -> e.articles().size()).sum()).isEqualTo(3);
  }

  @Test
  void aFutureDateIsReportedAndTakenAsUndated() {
    Article a = dated(stories().get(0), "2031-05-01T10:00:00Z");
    Assignment x = grouper.add(a);
    assertThat(x.newEvent()).isTrue();
    assertThat(problems).contains("article " + a.id() + ": date 2031-05-01T10:00:00Z is in the"
        + " future (after 2026-01-01); grouped as undated");
  }

  @Test
  void theFutureIsJudgedAsOfTheDayABatchIsGiven() {
    Article a = dated(stories().get(0), "2031-05-01T10:00:00Z");
    grouper.addAll(List.of(a), LocalDate.of(2031, 5, 1));
    assertThat(problems).isEmpty();
    Article b = dated(stories().get(1), "2031-05-03T10:00:00Z");
    grouper.addAll(List.of(b), LocalDate.of(2031, 5, 2));
    assertThat(problems).containsExactly("article " + b.id() + ": date 2031-05-03T10:00:00Z is in"
        + " the future (after 2031-05-02); grouped as undated");
  }

  @Test
  void anOutOfOrderDateIsGroupedAsOfTheStreamsDay() {
    List<Article> s = stories();
    grouper.add(s.get(0));
    Article late = dated(s.get(1), "2021-04-01T10:00:00-07:00");
    grouper.add(late);
    assertThat(problems).contains("article " + late.id() + ": date 2021-04-01T10:00:00-07:00 is"
        + " out of order (the stream is at 2021-04-22); grouped as of that day");
  }

  @Test
  void anUnreadableDateIsReported() {
    Article a = dated(stories().get(0), "last Tuesday");
    grouper.add(a);
    assertThat(problems).contains("article " + a.id() + ": date 'last Tuesday' is not ISO-8601"
        + " (yyyy-MM-dd...); grouped as undated");
  }

  @Test
  void aRepeatedIdIsRenamedAndKept() {
    Article a = stories().get(0);
    grouper.add(a);
    Assignment second = grouper.add(new Article(a.id(), "Other news", stories().get(5).text()));
    assertThat(second.articleId()).isEqualTo(a.id() + "~2");
    assertThat(problems).contains("article " + a.id() + ": this id is already used by an open"
        + " article; the second is kept as '" + a.id() + "~2'");
  }

  @Test
  void aStreamOfOneArticleIsOneEvent() {
    grouper.add(stories().get(0));
    assertThat(grouper.closeAll()).hasSize(1);
    assertThat(problems).contains("stream: it has one article (" + stories().get(0).id()
        + "): one event of it");
  }

  @Test
  void aStreamOfOnePageIsOneEvent() {
    Article a = stories().get(0);
    for (int i = 0; i < 5; i++) grouper.add(new Article("copy-" + i, a.title(), a.text()));
    List<Event> events = grouper.closeAll();
    assertThat(events).hasSize(1);
    assertThat(events.get(0).articles()).hasSize(5);
    assertThat(problems).contains(
        "stream: all 5 articles are near duplicates of copy-0 (the same page): one event");
  }

  @Test
  void pageFurnitureAloneIsAnEventOfItsOwn() {
    List<Article> s = stories();
    grouper.add(s.get(0));
    String widget = "Tweet with a location\n\nYou can add location information to your Tweets,"
        + " such as your city or precise location, from the web and via third-party applications.";
    grouper.add(new Article("w1", "", widget));
    Assignment second = grouper.add(new Article("w2", "", widget));
    assertThat(second.newEvent()).isTrue();
    assertThat(second.duplicateOf()).isEmpty();
    assertThat(problems).contains("article w2: its text is page furniture only (a widget's help,"
        + " an archive's notice, prompts); an event of its own");
  }
}
