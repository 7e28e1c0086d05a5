package dev.precis.spark;

import dev.precis.cluster.StoryLinker;
import dev.precis.model.Article;
import dev.precis.model.Event;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Links the days' events into stories on the driver, with core's {@link StoryLinker} given them in
 * order of their day (and, within a day, in the order the day's grouping closed them), as the
 * single-machine grouper links the events it closes. The events stream through one partition at a
 * time; the linker keeps only the last days' profiles.
 */
final class StoryLinks {
  private final StoryLinker linker;

  StoryLinks(int storyDays) {
    this.linker = new StoryLinker(storyDays);
  }

  /**
   * (event id, story id) rows for {@code events}: {@link JobRows#DAY} rows of kind {@link
   * JobRows#EVENT} (their {@code date} is the event's first day, "" when undated), sorted by day
   * and place in the day.
   */
  List<Row> link(Iterator<Row> events) {
    List<Row> out = new ArrayList<>();
    while (events.hasNext()) {
      Row r = events.next();
      String id = r.getAs("id");
      String seen = r.getAs("date");
      List<String> ids = r.getList(r.fieldIndex("articles"));
      List<String> titles = r.getList(r.fieldIndex("titles"));
      List<String> texts = r.getList(r.fieldIndex("texts"));
      List<Article> articles = new ArrayList<>(ids.size());
      for (int i = 0; i < ids.size(); i++) articles.add(new Article(ids.get(i), titles.get(i), texts.get(i)));
      Event e = new Event(id, id, r.getAs("title"), seen, seen, articles, Optional.empty());
      out.add(RowFactory.create(id, linker.link(e).story()));
    }
    return out;
  }
}
