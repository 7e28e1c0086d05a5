package dev.precis.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Articles of one stream that tell the same news, as {@code cluster.EventGrouper} found them.
 *
 * <p>Ids are a function of the stream alone: an event's id is derived from the id of its first
 * article ({@code "e" + 12 hex digits}), so replaying the same articles in the same order, or
 * grouping one day's articles apart, gives the same ids.
 *
 * @param id        this event's id ({@code "e" + 12 hex digits})
 * @param story     the id of the story this event belongs to: the id of the earliest event of the
 *                  story it continues, or its own {@link #id} when it starts a story (never empty)
 * @param title     a canonical headline: the title of its most central article (the first words
 *                  of that article's text when no article has a title)
 * @param firstSeen the ISO date (yyyy-MM-dd) of its earliest dated article, or empty when undated
 * @param lastSeen  the ISO date of its latest dated article, or empty when undated
 * @param articles  its articles, in the order the stream gave them (never empty)
 * @param summary   the summary of its articles once summarized ({@code Precis.events} does it);
 *                  empty straight out of the grouper; see {@link #withSummary}
 */
public record Event(String id, String story, String title, String firstSeen, String lastSeen,
    List<Article> articles, Optional<Summary> summary) {
  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(firstSeen, "firstSeen");
    Objects.requireNonNull(lastSeen, "lastSeen");
    Objects.requireNonNull(summary, "summary");
    articles = List.copyOf(articles);
    if (articles.isEmpty()) throw new IllegalArgumentException("event " + id + " has no article");
    if (story.isEmpty()) story = id;
  }

  /** This event with its summary. */
  public Event withSummary(Summary s) {
    return new Event(id, story, title, firstSeen, lastSeen, articles, Optional.of(s));
  }

  /** This event as part of the story {@code storyId}. */
  public Event withStory(String storyId) {
    return new Event(id, storyId, title, firstSeen, lastSeen, articles, summary);
  }

  /** Whether this event starts its own story (links to no earlier event). */
  public boolean startsStory() {
    return story.equals(id);
  }

  /** Its articles as a cluster named after it, for the summarizer. */
  public Cluster cluster() {
    return new Cluster(id, articles);
  }
}
