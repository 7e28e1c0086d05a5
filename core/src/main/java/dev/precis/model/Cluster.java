package dev.precis.model;

import java.util.List;
import java.util.Objects;

/**
 * Articles about one event, with the human reference summaries when the source has them.
 *
 * @param id         the cluster's identifier (the JSONL {@code id}, or the folder name)
 * @param articles   the articles, in source order
 * @param references reference summaries (for evaluation), possibly empty; each holds its sentences
 *                   one a line when they were given as a list
 * @param query      the topic the cluster's summary is to answer (a JSONL line's {@code query} or
 *                   {@code topic}, as query-focused data such as DUC 2005-2007 gives one per
 *                   cluster), "" for none
 */
public record Cluster(String id, List<Article> articles, List<String> references, String query) {
  public Cluster {
    Objects.requireNonNull(id, "id");
    articles = List.copyOf(articles);
    references = List.copyOf(references);
    query = query == null ? "" : query.strip();
  }

  public Cluster(String id, List<Article> articles, List<String> references) {
    this(id, articles, references, "");
  }

  public Cluster(String id, List<Article> articles) {
    this(id, articles, List.of());
  }
}
