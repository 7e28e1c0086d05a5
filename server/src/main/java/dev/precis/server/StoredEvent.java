package dev.precis.server;

import java.util.Objects;

/**
 * An event as the store holds it.
 *
 * @param id              the event's id, as the grouping named it
 * @param storyId         the story it belongs to (events that follow one another), its own id
 *                        when it starts one
 * @param title           its headline
 * @param day             the day it happened (ISO-8601), or empty when no source dates it
 * @param firstSeq        the sequence number of its first article
 * @param articleCount    its number of articles
 * @param summarizedCount how many of them the stored summary covers: the summary is fresh when
 *                        this equals {@code articleCount}
 * @param opening         its summary's opening sentence, or its first article's opening words
 *                        before the first summary
 * @param summaryJson     its latest summary as {@code SummaryFormat.JSON} renders it, or empty
 */
public record StoredEvent(String id, String storyId, String title, String day, long firstSeq,
    int articleCount, int summarizedCount, String opening, String summaryJson) {
  public StoredEvent {
    Objects.requireNonNull(id, "id");
    summaryJson = summaryJson == null ? "" : summaryJson;
  }

  /** Whether the stored summary covers every article of the event. */
  public boolean fresh() {
    return summarizedCount == articleCount && !summaryJson.isEmpty();
  }
}
