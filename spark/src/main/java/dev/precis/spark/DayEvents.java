package dev.precis.spark;

import dev.precis.EventRequest;
import dev.precis.Precis;
import dev.precis.represent.dedup.NearDuplicateGrouper;
import dev.precis.model.Article;
import dev.precis.model.Event;
import dev.precis.model.Problem;
import dev.precis.render.SummaryFormat;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;

/**
 * The second stage, one day at a time after the shuffle by day: the day's articles in time
 * order, grouped into near-duplicates by core's {@link NearDuplicateGrouper} (each article's group
 * named by the id of its group's first article), then into events, each summarized, by {@link
 * Precis#events}, exactly as a single machine does for that day's articles alone. Stories across
 * days are linked afterwards ({@link StoryLinks}).
 */
final class DayEvents implements FlatMapGroupsFunction<String, Row, Row> {
  private static final long serialVersionUID = 1L;
  private final EventSettings settings;

  DayEvents(EventSettings settings) {
    this.settings = settings;
  }

  /** One pipeline per executor: its models load once and serve every task. */
  private static final class Shared {
    static final Precis PRECIS = new Precis();
  }

  @Override
  public Iterator<Row> call(String day, Iterator<Row> rows) {
    List<Article> articles = new ArrayList<>();
    rows.forEachRemaining(r -> articles.add(JobRows.toArticle(r)));
    List<Row> out = new ArrayList<>(articles.size() * 2);
    String[] group = new String[articles.size()];
    for (List<Integer> g : new NearDuplicateGrouper().group(articles)) {
      for (int i : g) group[i] = articles.get(g.get(0)).id();
    }
    for (int i = 0; i < articles.size(); i++) out.add(JobRows.dayArticle(articles.get(i), group[i]));
    EventRequest request = settings.request();
    String place = "events of " + (day.isEmpty() ? "undated articles" : day) + ", ";
    List<Problem> notes = new ArrayList<>();
    int seq = 0;
    for (Event e : Shared.PRECIS.events(articles, request, notes::add)) {
      out.add(JobRows.dayEvent(day, seq++, e, summaryJson(e)));
    }
    for (Problem p : notes) out.add(JobRows.dayNote(place + p.place(), p.reason()));
    return out.iterator();
  }

  /** The event's summary as summarize's JSON gives it, one line without its newline. */
  static String summaryJson(Event e) {
    return SummaryFormat.JSON.render(e.summary().orElseThrow()).strip();
  }
}
