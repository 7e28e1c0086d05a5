package dev.precis.spark;

import dev.precis.cluster.dedup.NearDuplicateGrouper;
import dev.precis.model.Article;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;

/**
 * The second stage, one day at a time after the shuffle by day: the day's articles in time order,
 * grouped into near-duplicates by core's {@link NearDuplicateGrouper}; each article's group is
 * named by the id of its group's first article.
 */
final class DayArticles implements FlatMapGroupsFunction<String, Row, Row> {
  private static final long serialVersionUID = 1L;

  @Override
  public Iterator<Row> call(String day, Iterator<Row> rows) {
    List<Article> articles = new ArrayList<>();
    rows.forEachRemaining(r -> articles.add(JobRows.toArticle(r)));
    String[] group = new String[articles.size()];
    for (List<Integer> g : new NearDuplicateGrouper().group(articles)) {
      for (int i : g) group[i] = articles.get(g.get(0)).id();
    }
    List<Row> out = new ArrayList<>(articles.size());
    for (int i = 0; i < articles.size(); i++) out.add(JobRows.articleOut(articles.get(i), group[i]));
    return out.iterator();
  }
}
