package dev.precis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.cluster.EventOptions;
import dev.precis.model.Article;
import dev.precis.model.Cluster;
import dev.precis.model.Event;
import dev.precis.model.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrecisEventsTest {
  private static final EventRequest REQUEST = EventRequest.defaults().withGrouping(
      EventOptions.defaults().withToday(LocalDate.of(2026, 1, 1)));

  @Test
  void everyEventIsSummarizedWithCitationsToItsOwnArticles() {
    List<Article> stream = new ArrayList<>();
    for (Cluster c : TestData.multiNews(4)) stream.addAll(c.articles());
    List<Event> events = new Precis().events(stream, REQUEST, p -> {});
    assertThat(events).isNotEmpty();
    for (Event e : events) {
      assertThat(e.summary()).isPresent();
      assertThat(e.summary().get().clusterId()).isEqualTo(e.id());
      assertThat(e.summary().get().sources()).hasSize(e.articles().size());
      List<String> ids = e.articles().stream().map(Article::id).toList();
      e.summary().get().sentences().forEach(s ->
          s.citations().forEach(c -> assertThat(ids).contains(c.id())));
    }
    assertThat(events).filteredOn(e -> !e.summary().get().sentences().isEmpty()).hasSizeGreaterThan(2);
  }

  @Test
  void anEventOfOneArticleGetsItsLead() {
    Article a = TestData.sample().articles().get(0);
    List<Problem> problems = new ArrayList<>();
    List<Event> events = new Precis().events(List.of(a), REQUEST, problems::add);
    assertThat(events).hasSize(1);
    assertThat(events.get(0).summary().get().method()).isEqualTo("lead");
    assertThat(problems).extracting(Problem::toString)
        .anyMatch(p -> p.startsWith("stream: it has one article"));
  }
}
