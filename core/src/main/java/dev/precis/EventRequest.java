package dev.precis;

import dev.precis.cluster.EventOptions;
import java.util.Objects;

/**
 * Everything an events run is asked for: how the stream is grouped, and how each event is
 * summarized. The one value the command line, the server and the Spark job hand to {@link
 * Precis#events}.
 *
 * @param grouping the grouper's window, near-duplicate threshold, embeddings and story links
 * @param summary  how each event of two or more articles is summarized; an event of one article
 *                 is summarized by {@code lead} with the same budget (its article's lead)
 */
public record EventRequest(EventOptions grouping, SummaryRequest summary) {
  public EventRequest {
    Objects.requireNonNull(grouping, "grouping");
    Objects.requireNonNull(summary, "summary");
  }

  /** {@link EventOptions#defaults()} and {@link SummaryRequest#defaults()}. */
  public static EventRequest defaults() {
    return new EventRequest(EventOptions.defaults(), SummaryRequest.defaults());
  }

  public EventRequest withGrouping(EventOptions g) {
    return new EventRequest(g, summary);
  }

  public EventRequest withSummary(SummaryRequest s) {
    return new EventRequest(grouping, s);
  }
}
