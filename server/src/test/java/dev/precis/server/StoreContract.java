package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.model.Article;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every store does, H2 or PostgreSQL: the same tests run against both. */
abstract class StoreContract {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2021-05-01T12:00:00Z"), ZoneOffset.UTC);

  /** A new, empty store's location; called once per test. */
  abstract String newStore();

  private String where;

  String where() {
    if (where == null) where = newStore();
    return where;
  }

  static Article article(String id, String title, String date) {
    return new Article(id, title, title + ". The text of " + id + " tells what happened in full.",
        "https://example.org/" + id, date, "en", "Outlet " + id);
  }

  @Test
  void anAppendedBatchIsThereAfterTheStoreIsReopened() {
    try (EventStore s = EventStore.open(where())) {
      new Ingestor(s, FirstWordGrouping::new, CLOCK).ingest(List.of(
          article("a1", "Flood hits town", "2021-04-22"), article("a2", "Flood waters rise", "2021-04-22"),
          article("a3", "Vote passes", "2021-04-23")));
    }
    try (EventStore s = EventStore.open(where())) {
      assertThat(s.articleCount()).isEqualTo(3);
      assertThat(s.nextSeq()).isEqualTo(4);
      assertThat(s.articlesOf("e-flood")).extracting(a -> a.article().id()).containsExactly("a1", "a2");
      StoredEvent flood = s.event("e-flood").orElseThrow();
      assertThat(flood.title()).isEqualTo("Flood hits town");
      assertThat(flood.day()).isEqualTo("2021-04-22");
      assertThat(flood.articleCount()).isEqualTo(2);
      assertThat(flood.fresh()).isFalse();
      assertThat(s.article("a3").orElseThrow().article().outlet()).isEqualTo("Outlet a3");
    }
  }

  @Test
  void eventsAreListedNewestFirstAPageAtATime() {
    try (EventStore s = EventStore.open(where())) {
      Ingestor in = new Ingestor(s, FirstWordGrouping::new, CLOCK);
      in.ingest(List.of(article("a1", "Alpha one", "2021-04-20"), article("b1", "Beta one", "2021-04-21"),
          article("c1", "Gamma one", "2021-04-21"), article("d1", "Delta one", "2021-04-23")));
      List<StoredEvent> first = s.events(EventQuery.all(2), 2);
      assertThat(first).extracting(StoredEvent::id).containsExactly("e-delta", "e-gamma");
      var cursor = new EventQuery.Cursor(first.get(1).day(), first.get(1).firstSeq());
      var next = new EventQuery(Optional.empty(), Optional.empty(), "", EventQuery.Cursor.parse(cursor.token()), 2);
      assertThat(s.events(next, 2)).extracting(StoredEvent::id).containsExactly("e-beta", "e-alpha");
      var april21 = new EventQuery(Optional.of(LocalDate.parse("2021-04-21")),
          Optional.of(LocalDate.parse("2021-04-21")), "", Optional.empty(), 10);
      assertThat(s.events(april21, 10)).extracting(StoredEvent::id).containsExactly("e-gamma", "e-beta");
      var search = new EventQuery(Optional.empty(), Optional.empty(), "BETA", Optional.empty(), 10);
      assertThat(s.events(search, 10)).extracting(StoredEvent::id).containsExactly("e-beta");
    }
  }

  @Test
  void aSummaryOfEveryArticleIsFreshAndAnOlderOneDoesNotReplaceANewerOne() {
    try (EventStore s = EventStore.open(where())) {
      Ingestor in = new Ingestor(s, FirstWordGrouping::new, CLOCK);
      in.ingest(List.of(article("a1", "Flood hits town", "2021-04-22"), article("a2", "Flood rises", "2021-04-22")));
      assertThat(s.staleEvents(10)).containsExactly("e-flood");
      s.saveSummary("e-flood", 2, "{\"summary\":\"two\"}", "Flood in town", "2021-04-21", "Waters rose.", "waters rose",
          Map.of("a1", "clean one", "a2", "clean two"));
      s.saveSummary("e-flood", 1, "{\"summary\":\"one\"}", "Older", "", "", "", Map.of("a1", "older"));
      StoredEvent e = s.event("e-flood").orElseThrow();
      assertThat(e.fresh()).isTrue();
      assertThat(e.summaryJson()).isEqualTo("{\"summary\":\"two\"}");
      assertThat(e.day()).isEqualTo("2021-04-21");
      assertThat(e.title()).isEqualTo("Flood in town");
      assertThat(e.opening()).isEqualTo("Waters rose.");
      assertThat(s.article("a1").orElseThrow().cleanText()).isEqualTo("clean one");
      assertThat(s.staleEvents(10)).isEmpty();
      in.ingest(List.of(article("a3", "Flood recedes", "2021-04-23")));
      assertThat(s.event("e-flood").orElseThrow().fresh()).isFalse();
      assertThat(s.staleEvents(10)).containsExactly("e-flood");
    }
  }

  @Test
  void aClosedEventTakesItsStory() {
    try (EventStore s = EventStore.open(where())) {
      FirstWordGrouping g = new FirstWordGrouping();
      Ingestor in = new Ingestor(s, () -> g, CLOCK);
      in.ingest(List.of(article("a1", "Strike begins", "2021-04-20")));
      g.close("e-strike", "e-strike", "Workers strike");
      in.ingest(List.of(article("b1", "Talks start", "2021-04-22")));
      g.close("e-talks", "e-strike", "Talks to end the strike");
      in.ingest(List.of(article("c1", "Unrelated news", "2021-04-23")));
      assertThat(s.story("e-strike")).extracting(StoredEvent::id).containsExactly("e-strike", "e-talks");
      assertThat(s.story("e-unrelated")).extracting(StoredEvent::id).containsExactly("e-unrelated");
    }
  }

  @Test
  void anArticlePostedAgainIsAnsweredWithWhatItBecameAndATakenIdIsRefused() {
    try (EventStore s = EventStore.open(where())) {
      Ingestor in = new Ingestor(s, FirstWordGrouping::new, CLOCK);
      Article noId = new Article("", "Flood hits town", "The river rose overnight and the town flooded.");
      String id = in.ingest(List.of(noId)).accepted().get(0).orElseThrow().id();
      var again = in.ingest(List.of(noId, article(id, "Other title", "2021-04-22")));
      assertThat(again.accepted().get(0).orElseThrow()).isEqualTo(new Ingestor.Accepted(id, "e-flood", true));
      assertThat(again.problems().get(1).orElseThrow().reason())
          .isEqualTo("'" + id + "' is the id of another article already stored; give a new id or none");
      assertThat(s.articleCount()).isEqualTo(1);
    }
  }

  @Test
  void aRestartReplaysTheStoredArticlesInOrder() {
    try (EventStore s = EventStore.open(where())) {
      new Ingestor(s, FirstWordGrouping::new, CLOCK).ingest(List.of(
          article("a1", "Flood hits town", "2021-04-22"), article("a2", "Vote passes", "2021-04-22")));
    }
    try (EventStore s = EventStore.open(where())) {
      List<String> seen = new java.util.ArrayList<>();
      Ingestor in = new Ingestor(s, () -> new FirstWordGrouping() {
        @Override
        public List<String> place(List<Article> articles, java.time.LocalDate today) {
          articles.forEach(a -> seen.add(a.id()));
          return super.place(articles, today);
        }
      }, CLOCK);
      assertThat(seen).containsExactly("a1", "a2");
      assertThat(in.size()).isEqualTo(2);
      in.ingest(List.of(article("a3", "Flood recedes", "2021-04-23")));
      assertThat(s.article("a3").orElseThrow().seq()).isEqualTo(3);
    }
  }

  /** A clock a test moves on by whole days. */
  static final class DayClock extends Clock {
    Instant now = Instant.parse("2021-05-01T12:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void eachBatchIsPlacedAsOfTheDayItArrivedAndReplayedAsOfThatDayAgain() {
    DayClock clock = new DayClock();
    List<LocalDate> days = new java.util.ArrayList<>();
    java.util.function.Supplier<Grouping> recording = () -> new FirstWordGrouping() {
      @Override
      public List<String> place(List<Article> articles, LocalDate today) {
        articles.forEach(a -> days.add(today));
        return super.place(articles, today);
      }
    };
    try (EventStore s = EventStore.open(where())) {
      Ingestor in = new Ingestor(s, recording, clock);
      in.ingest(List.of(article("a1", "Flood hits town", "2021-05-01")));
      clock.now = clock.now.plus(java.time.Duration.ofDays(2));
      in.ingest(List.of(article("a2", "Flood recedes", "2021-05-03")));
      assertThat(days).containsExactly(LocalDate.of(2021, 5, 1), LocalDate.of(2021, 5, 3));
      assertThat(s.article("a2").orElseThrow().received()).isEqualTo("2021-05-03");
    }
    days.clear();
    clock.now = clock.now.plus(java.time.Duration.ofDays(30));
    try (EventStore s = EventStore.open(where())) {
      new Ingestor(s, recording, clock);
      assertThat(days).containsExactly(LocalDate.of(2021, 5, 1), LocalDate.of(2021, 5, 3));
    }
  }

  @Test
  void concurrentBatchesCommittedTogetherAreAllStoredOnceInOneOrder() throws Exception {
    try (EventStore s = EventStore.open(where())) {
      Ingestor in = new Ingestor(s, FirstWordGrouping::new, CLOCK);
      java.util.Set<String> acknowledged = java.util.concurrent.ConcurrentHashMap.newKeySet();
      List<Thread> threads = new java.util.ArrayList<>();
      for (int t = 0; t < 6; t++) {
        int writer = t;
        threads.add(new Thread(() -> {
          for (int b = 0; b < 10; b++) {
            // Every writer also posts the article "shared-b", the same each time.
            List<Article> batch = List.of(article("w" + writer + "-" + b, "Story " + b, "2021-04-22"),
                article("shared-" + b, "Shared " + b, "2021-04-22"));
            for (Ingestor.Accepted a : in.ingest(batch).accepted().stream().flatMap(Optional::stream).toList()) {
              assertThat(a.eventId()).isNotNull();
              acknowledged.add(a.id());
            }
          }
        }));
      }
      threads.forEach(Thread::start);
      for (Thread t : threads) t.join();
      assertThat(acknowledged).hasSize(70);
      assertThat(s.articleCount()).isEqualTo(70);
      assertThat(s.nextSeq()).isEqualTo(71);
      assertThat(in.size()).isEqualTo(70);
    }
  }

  @Test
  void theStoreSaysWhichIdsItHoldsAndTheirEvents() {
    try (EventStore s = EventStore.open(where())) {
      new Ingestor(s, FirstWordGrouping::new, CLOCK).ingest(List.of(
          article("a1", "Flood hits town", "2021-04-22"), article("a2", "Vote passes", "2021-04-22")));
      assertThat(s.eventsOf(List.of("a2", "nope", "a1")))
          .isEqualTo(Map.of("a1", "e-flood", "a2", "e-vote"));
      assertThat(s.eventsOf(List.of())).isEmpty();
    }
  }

  @Test
  void aCursorThisServerDidNotWriteIsRefusedNamingTheField() {
    assertThatThrownBy(() -> EventQuery.Cursor.parse("not-a-cursor"))
        .isInstanceOfSatisfying(BadRequest.class, e -> assertThat(e.field()).isEqualTo("cursor"));
  }
}
