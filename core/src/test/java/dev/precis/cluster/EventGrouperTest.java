package dev.precis.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Article;
import dev.precis.model.Cluster;
import dev.precis.model.Event;
import dev.precis.model.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventGrouperTest {
  private static final EventOptions OPTIONS =
      EventOptions.defaults().withToday(LocalDate.of(2026, 1, 1));

  private static List<Event> group(List<Article> stream, EventOptions options, List<Problem> problems) {
    EventGrouper g = new EventGrouper(options, problems::add);
    List<Event> out = new ArrayList<>();
    for (Article a : stream) {
      g.add(a);
      out.addAll(g.drainClosed());
    }
    out.addAll(g.closeAll());
    return out;
  }

  @Test
  void articlesOfOneStoryMostlyShareAnEvent() {
    List<Cluster> stories = EventStreams.clusters(EventStreams.allSides(), 30);
    List<Event> events = group(EventStreams.flatten(stories), OPTIONS, new ArrayList<>());
    Map<String, String> gold = EventStreams.gold(stories);
    long pure = events.stream().filter(e ->
        e.articles().stream().map(a -> gold.get(a.id())).distinct().count() == 1).count();
    assertThat(events.size()).isBetween(20, 60);
    assertThat((double) pure / events.size()).isGreaterThan(0.7);
  }

  @Test
  void sameStreamGivesSameEventsAndIds() {
    List<Article> stream = EventStreams.flatten(EventStreams.clusters(EventStreams.allSides(), 15));
    List<Event> once = group(stream, OPTIONS, new ArrayList<>());
    List<Event> twice = group(stream, OPTIONS, new ArrayList<>());
    assertThat(twice).isEqualTo(once);
    assertThat(once.get(0).id()).isEqualTo(EventGrouper.eventId(once.get(0).articles().get(0).id()));
  }

  @Test
  void theArticleWindowBoundsOpenEvents() {
    List<Article> stream = EventStreams.flatten(EventStreams.clusters(EventStreams.allSides(), 40));
    List<Article> undated = new ArrayList<>();
    for (Article a : stream) undated.add(new Article(a.id(), a.title(), a.text()));
    EventGrouper g = new EventGrouper(OPTIONS.withWindowArticles(10), p -> {});
    int most = 0;
    for (Article a : undated) {
      g.add(a);
      g.drainClosed();
      most = Math.max(most, g.openEvents());
    }
    assertThat(most).isLessThanOrEqualTo(11);
  }

  @Test
  void theDayWindowClosesEventsDaysOld() {
    List<Article> stream = EventStreams.flatten(EventStreams.clusters(EventStreams.allSides(), 60));
    // The window is the grouping's, whatever the signals: without embeddings, for a short test.
    EventGrouper g = new EventGrouper(OPTIONS.withWindowDays(1).withEmbeddings(false), p -> {});
    int closed = 0;
    for (Article a : stream) {
      g.add(a);
      for (Event e : g.drainClosed()) {
        LocalDate now = ArticleDay.day(a.date()).orElseThrow();
        assertThat(LocalDate.parse(e.lastSeen())).isBefore(now.minusDays(1));
        closed++;
      }
    }
    assertThat(closed).isGreaterThan(10);
  }

  @Test
  void aNearDuplicateJoinsItsOriginalsEvent() {
    List<Article> stream = new ArrayList<>(
        EventStreams.flatten(EventStreams.clusters(EventStreams.allSides(), 5)));
    Article original = stream.get(1);
    stream.add(new Article("copy", "Another headline entirely", original.text()));
    EventGrouper g = new EventGrouper(OPTIONS, p -> {});
    Assignment last = null;
    String originalEvent = null;
    for (Article a : stream) {
      last = g.add(a);
      if (a == original) originalEvent = last.eventId();
    }
    assertThat(last.duplicateOf()).contains(original.id());
    assertThat(last.eventId()).isEqualTo(originalEvent);
  }
}
