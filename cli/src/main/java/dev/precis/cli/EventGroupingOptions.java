package dev.precis.cli;

import dev.precis.cluster.EventOptions;
import picocli.CommandLine.Option;

/** The grouping options {@code events} and {@code eval-events} share (a picocli mixin). */
final class EventGroupingOptions {
  @Option(names = "--window-days", paramLabel = "N",
      defaultValue = "" + EventOptions.DEFAULT_WINDOW_DAYS,
      description = "An event no article joined for more than N days closes (default: ${DEFAULT-VALUE}).")
  int windowDays;

  @Option(names = "--window-articles", paramLabel = "M",
      defaultValue = "" + EventOptions.DEFAULT_WINDOW_ARTICLES,
      description = "An event no article joined among the last M articles closes: the window of an"
          + " undated stream (default: ${DEFAULT-VALUE}).")
  int windowArticles;

  @Option(names = "--near-duplicate", paramLabel = "J",
      defaultValue = "" + EventOptions.DEFAULT_NEAR_DUPLICATE,
      description = "A text this similar (estimated shingle Jaccard) to an open article's is its"
          + " copy and joins its event (default: ${DEFAULT-VALUE}).")
  double nearDuplicate;

  @Option(names = "--story-days", paramLabel = "D",
      defaultValue = "" + EventOptions.DEFAULT_STORY_DAYS,
      description = "Link an event to the story of an earlier one of up to D days before (0: no"
          + " links; default: ${DEFAULT-VALUE}).")
  int storyDays;

  @Option(names = "--no-embeddings", description = "Group without sentence embeddings (faster,"
      + " less accurate).")
  boolean noEmbeddings;

  /** The options asked for; throws IllegalArgumentException naming a bad value. */
  EventOptions options() {
    return EventOptions.defaults().withWindowDays(windowDays).withWindowArticles(windowArticles)
        .withNearDuplicate(nearDuplicate).withStoryDays(storyDays).withEmbeddings(!noEmbeddings);
  }
}
