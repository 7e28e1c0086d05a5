package dev.precis.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Cluster;
import dev.precis.model.Event;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoryLinkerTest {
  /** The AllSides stories as events, in date order, their ids the story ids. */
  private static List<Event> storyEvents(int n) {
    List<Event> out = new ArrayList<>();
    for (Cluster c : EventStreams.clusters(EventStreams.allSides(), n)) {
      String day = ArticleDay.day(c.articles().get(0).date()).orElseThrow().toString();
      out.add(new Event(c.id(), "", c.id(), day, day, c.articles(), Optional.empty()));
    }
    return out;
  }

  @Test
  void aLaterEventOfTheSameStoryIsLinkedToTheEarlierOne() {
    StoryLinker linker = new StoryLinker(30);
    Map<String, Event> linked = new HashMap<>();
    for (Event e : storyEvents(60)) linked.put(e.id(), linker.link(e));
    Event later = linked.values().stream()
        .filter(e -> e.title().equals(e.id()) && e.articles().get(0).title().contains("Jobless"))
        .filter(e -> !e.startsStory()).findFirst().orElseThrow();
    Event earlier = linked.get(later.story());
    assertThat(earlier.articles().get(0).title() + earlier.articles().get(1).title())
        .containsIgnoringCase("jobless");
    assertThat(earlier.firstSeen()).isLessThan(later.firstSeen());
  }

  @Test
  void mostEventsStartTheirOwnStoryAndLinksPointBack() {
    StoryLinker linker = new StoryLinker(30);
    List<Event> events = storyEvents(345);
    Map<String, String> firstSeen = new HashMap<>();
    int links = 0;
    for (Event e : events) {
      Event l = linker.link(e);
      firstSeen.put(e.id(), e.firstSeen());
      if (l.startsStory()) continue;
      links++;
      assertThat(firstSeen.get(l.story())).isLessThan(e.firstSeen());
    }
    assertThat(links).isBetween(20, 100);
  }

  @Test
  void undatedEventsAndZeroDaysLinkNothing() {
    List<Event> events = storyEvents(60);
    StoryLinker none = new StoryLinker(0);
    assertThat(events.stream().map(none::link).allMatch(Event::startsStory)).isTrue();
    StoryLinker undated = new StoryLinker(30);
    for (Event e : events) {
      Event u = new Event(e.id(), "", e.title(), "", "", e.articles(), Optional.empty());
      assertThat(undated.link(u).startsStory()).isTrue();
    }
  }
}
