package dev.precis.cluster;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How a stream is grouped into events. The defaults live here and nowhere else; a bad value is
 * refused where the options are built, the message naming the field and the value.
 *
 * @param windowDays     an event no article has joined for more than this many days closes
 *                       (dated streams); default {@value #DEFAULT_WINDOW_DAYS}
 * @param windowArticles an event no article has joined among the last this many articles closes,
 *                       dated or not: the bound for undated streams and for busy dated ones;
 *                       default {@value #DEFAULT_WINDOW_ARTICLES}
 * @param nearDuplicate  an article whose text has at least this estimated Jaccard similarity of
 *                       5-word shingles (MinHash) with an open article is its near duplicate and
 *                       joins that article's event whatever else it says; in (0, 1], default
 *                       {@value #DEFAULT_NEAR_DUPLICATE}
 * @param embeddings     whether sentence embeddings of title and lead are a signal (default on;
 *                       off is faster and less accurate)
 * @param storyDays      a new event is linked to an earlier one of at most this many days before
 *                       it whose story it continues; 0 links none; default
 *                       {@value #DEFAULT_STORY_DAYS}
 * @param today          a date after this day is in the future: reported, and the article taken
 *                       as undated; {@link #defaults()} takes the day it is called (UTC); a
 *                       long-running stream gives each batch its day instead ({@link
 *                       EventGrouper#addAll(java.util.List, LocalDate)})
 */
public record EventOptions(int windowDays, int windowArticles, double nearDuplicate,
    boolean embeddings, int storyDays, LocalDate today) {
  public static final int DEFAULT_WINDOW_DAYS = 3;
  public static final int DEFAULT_WINDOW_ARTICLES = 1000;
  public static final double DEFAULT_NEAR_DUPLICATE = 0.6;
  public static final int DEFAULT_STORY_DAYS = 30;

  public EventOptions {
    Objects.requireNonNull(today, "today");
    if (windowDays < 1) {
      throw new IllegalArgumentException("window-days: must be 1 or more, got " + windowDays);
    }
    if (windowArticles < 1) {
      throw new IllegalArgumentException(
          "window-articles: must be 1 or more, got " + windowArticles);
    }
    if (!(nearDuplicate > 0 && nearDuplicate <= 1)) {
      throw new IllegalArgumentException(
          "near-duplicate: must be in (0, 1], got " + nearDuplicate);
    }
    if (storyDays < 0) {
      throw new IllegalArgumentException(
          "story-days: must be 0 (no story links) or more, got " + storyDays);
    }
  }

  /** 3 days, 1,000 articles, near duplicates at 0.6, embeddings on, stories over 30 days. */
  public static EventOptions defaults() {
    return new EventOptions(DEFAULT_WINDOW_DAYS, DEFAULT_WINDOW_ARTICLES, DEFAULT_NEAR_DUPLICATE,
        true, DEFAULT_STORY_DAYS, LocalDate.now(ZoneOffset.UTC));
  }

  public EventOptions withWindowDays(int d) {
    return new EventOptions(d, windowArticles, nearDuplicate, embeddings, storyDays, today);
  }

  public EventOptions withWindowArticles(int n) {
    return new EventOptions(windowDays, n, nearDuplicate, embeddings, storyDays, today);
  }

  public EventOptions withNearDuplicate(double j) {
    return new EventOptions(windowDays, windowArticles, j, embeddings, storyDays, today);
  }

  public EventOptions withEmbeddings(boolean on) {
    return new EventOptions(windowDays, windowArticles, nearDuplicate, on, storyDays, today);
  }

  public EventOptions withStoryDays(int d) {
    return new EventOptions(windowDays, windowArticles, nearDuplicate, embeddings, d, today);
  }

  public EventOptions withToday(LocalDate day) {
    return new EventOptions(windowDays, windowArticles, nearDuplicate, embeddings, storyDays, day);
  }
}
