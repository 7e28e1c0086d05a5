package dev.precis.server;

import dev.precis.model.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * A grouping for store tests that must not depend on the library's join decisions: an article
 * joins the event named by its title's first word; {@link #close} closes one into a story.
 */
class FirstWordGrouping implements Grouping {
  private final List<Closed> closed = new ArrayList<>();

  @Override
  public List<String> place(List<Article> articles, java.time.LocalDate today) {
    List<String> out = new ArrayList<>();
    for (Article a : articles) out.add("e-" + a.title().split("\\s+")[0].toLowerCase());
    return out;
  }

  void close(String event, String story, String title) {
    closed.add(new Closed(event, story, title));
  }

  @Override
  public List<Closed> drainClosed() {
    List<Closed> out = List.copyOf(closed);
    closed.clear();
    return out;
  }
}
