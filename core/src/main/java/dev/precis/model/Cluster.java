package dev.precis.model;

import java.util.List;
import java.util.Objects;

/**
 * Articles about one event, with the human reference summaries when the source has them.
 *
 * @param id         the cluster's identifier (the JSONL {@code id}, or the folder name)
 * @param articles   the articles, in source order
 * @param references reference summaries (for evaluation), possibly empty
 */
public record Cluster(String id, List<Article> articles, List<String> references) {
  public Cluster {
    Objects.requireNonNull(id, "id");
    articles = List.copyOf(articles);
    references = List.copyOf(references);
  }

  public Cluster(String id, List<Article> articles) {
    this(id, articles, List.of());
  }
}
