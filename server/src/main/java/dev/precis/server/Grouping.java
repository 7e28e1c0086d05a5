package dev.precis.server;

import dev.precis.model.Article;
import java.util.List;

/**
 * What the server needs of the events grouping: the event each arriving article joins, and the
 * events it has closed (with the story each continues and its headline). One instance sees every
 * article in acknowledgement order; it is deterministic, so replaying the stored articles into a
 * fresh one after a restart rebuilds the same events.
 */
public interface Grouping {
  /** An event the grouping will add no article to any more, linked to its story. */
  record Closed(String eventId, String storyId, String title) {}

  /**
   * Places {@code articles}, which come in order after every article placed before, as of the day
   * {@code today} they arrived (a date after it is in the future): their events' ids.
   */
  List<String> place(List<Article> articles, java.time.LocalDate today);

  /**
   * Reads {@code articles} ahead of their {@link #place} call: the part of placing them that needs
   * no other article (cleaning, terms, embeddings), which any thread may run while another places
   * the batches before. Optional: place reads what was not read ahead.
   */
  default void readAhead(List<Article> articles) {}

  /** Forgets what {@link #readAhead} kept of {@code articles} (placed or not). */
  default void forget(List<Article> articles) {}

  /** Events closed since the last call. */
  List<Closed> drainClosed();
}
