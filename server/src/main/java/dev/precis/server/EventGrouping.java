package dev.precis.server;

import dev.precis.cluster.Assignment;
import dev.precis.cluster.EventGrouper;
import dev.precis.cluster.EventOptions;
import dev.precis.model.Article;
import dev.precis.model.Event;
import dev.precis.model.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The library's {@link EventGrouper} behind {@link Grouping}: its default options, its problems
 * (an unreadable or future date, say) logged on stderr, the first few and then one in a thousand.
 */
final class EventGrouping implements Grouping {
  private final EventGrouper grouper;
  private long problems;
  /** Batches read ahead, by their articles (the very objects): taken by place, or forgotten. */
  private final java.util.Map<Article, EventGrouper.Prepared> ahead =
      java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

  EventGrouping(EventOptions options) {
    this.grouper = new EventGrouper(options, this::report);
  }

  private void report(Problem p) {
    problems++;
    if (problems <= 20 || problems % 1000 == 0) {
      System.err.println("precis serve: grouping: " + p + (problems > 20 ? " (" + problems + " so far)" : ""));
    }
  }

  @Override
  public void readAhead(List<Article> articles) {
    if (articles.isEmpty()) return;
    // Read ahead on a request thread: every embedding is computed here, in parallel with the other
    // requests, rather than on the one grouping thread for only the articles that need one.
    EventGrouper.Prepared p = grouper.prepare(articles, true);
    for (Article a : articles) ahead.put(a, p);
  }

  @Override
  public void forget(List<Article> articles) {
    for (Article a : articles) ahead.remove(a);
  }

  @Override
  public List<String> place(List<Article> articles, java.time.LocalDate today) {
    EventGrouper.Prepared read = articles.isEmpty() ? null : ahead.get(articles.get(0));
    for (Article a : articles) if (ahead.remove(a) != read) read = null;
    EventGrouper.Prepared prepared = read == null ? grouper.prepare(articles) : read.only(articles);
    List<String> events = new ArrayList<>(articles.size());
    for (Assignment a : grouper.addAll(prepared, today)) events.add(a.eventId());
    return events;
  }

  @Override
  public List<Closed> drainClosed() {
    List<Closed> out = new ArrayList<>();
    for (Event e : grouper.drainClosed()) out.add(new Closed(e.id(), e.story(), e.title()));
    return out;
  }
}
