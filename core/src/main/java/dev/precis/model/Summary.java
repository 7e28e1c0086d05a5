package dev.precis.model;

import java.util.List;

/**
 * What Precis says about one cluster.
 *
 * @param clusterId the cluster's id
 * @param method    the method that scored the sentences
 * @param sentences the summary, in reading order
 * @param sources   the articles, numbered as the citations number them
 * @param names     names spelled differently across sources, with their canonical spelling
 * @param warnings  what went wrong but did not stop the summary (e.g. an article with no text)
 * @param when      the day of the event its first sentence tells, as a source names it; null when
 *                  none does
 */
public record Summary(
    String clusterId,
    String method,
    List<SummarySentence> sentences,
    List<Source> sources,
    List<CanonicalName> names,
    List<String> warnings,
    When when) {
  public Summary {
    sentences = List.copyOf(sentences);
    sources = List.copyOf(sources);
    names = List.copyOf(names);
    warnings = List.copyOf(warnings);
  }

  /** A summary without a day. */
  public Summary(String clusterId, String method, List<SummarySentence> sentences,
      List<Source> sources, List<CanonicalName> names, List<String> warnings) {
    this(clusterId, method, sentences, sources, names, warnings, null);
  }

  /** The summary's sentences joined by single spaces. */
  public String text() {
    StringBuilder b = new StringBuilder();
    for (SummarySentence s : sentences) {
      if (b.length() > 0) b.append(' ');
      b.append(s.text());
    }
    return b.toString();
  }
}
