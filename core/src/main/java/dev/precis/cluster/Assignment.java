package dev.precis.cluster;

import java.util.Objects;
import java.util.Optional;

/**
 * Where {@link EventGrouper#add} put one article.
 *
 * @param articleId   the article's id as the grouper kept it (a repeated id is renamed: see
 *                    {@link EventGrouper#add})
 * @param eventId     the id of the event it joined or started
 * @param newEvent    whether it started that event
 * @param duplicateOf the id of the open article it is a near duplicate of, if any (it then joined
 *                    that article's event)
 */
public record Assignment(String articleId, String eventId, boolean newEvent,
    Optional<String> duplicateOf) {
  public Assignment {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(duplicateOf, "duplicateOf");
  }
}
