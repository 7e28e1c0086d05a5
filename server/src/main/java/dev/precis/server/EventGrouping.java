package dev.precis.server;

import dev.precis.model.Article;
import java.util.List;

/** The library's events grouping behind {@link Grouping}. */
final class EventGrouping implements Grouping {
  @Override
  public List<String> place(List<Article> articles) {
    throw new UnsupportedOperationException("the events grouping is not merged yet");
  }

  @Override
  public List<Closed> drainClosed() {
    return List.of();
  }
}
