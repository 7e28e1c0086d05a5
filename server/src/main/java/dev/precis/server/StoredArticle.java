package dev.precis.server;

import dev.precis.model.Article;
import java.util.Objects;

/**
 * An article as the store holds it.
 *
 * @param seq       its place in the order articles were acknowledged (1, 2, ...): the order a
 *                  restart replays them in
 * @param article   the article as posted, with the id the server gave it
 * @param eventId   the event it joined
 * @param cleanText its cleaned text as its event's latest summary cites it, or empty before the
 *                  first summary
 * @param received  the day (UTC, yyyy-MM-dd) it was acknowledged, or empty if stored before the
 *                  store kept it
 */
public record StoredArticle(long seq, Article article, String eventId, String cleanText,
    String received) {
  public StoredArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(eventId, "eventId");
    cleanText = cleanText == null ? "" : cleanText;
    received = received == null ? "" : received;
  }
}
