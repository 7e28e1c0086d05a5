package dev.precis.cluster;

import dev.precis.model.Article;
import dev.precis.model.Event;
import dev.precis.text.TermAnalyzer;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;

/**
 * Links an event to the earlier event whose story it continues: the same names and terms, on a
 * later day. Usable alone, on events grouped elsewhere (a day at a time, on several machines):
 * give it closed events in order of their first day and it gives each back with its {@code story}
 * set.
 *
 * <p>An event continues an earlier one when that one's last day is before its first day and at
 * most {@code storyDays} days before, their TF-IDF cosine (titles and leads, IDF over the events
 * seen) is at least {@value #MIN_COSINE} and they share at least {@value #MIN_NAMES} of the
 * rarer event's names; of several, the most similar wins. Its story is then the earlier event's
 * story. Undated events start their own story (an undated stream has no days to tell a
 * continuation from the same news). Memory: the events of the last {@code storyDays} days, at
 * most {@value #MAX_REMEMBERED}. Deterministic; not thread-safe.
 */
public final class StoryLinker {
  static final double MIN_COSINE = 0.3;
  static final double MIN_NAMES = 0.4;
  static final int MAX_REMEMBERED = 5000;
  /** Words of each article's text read for its event's profile. */
  static final int WORDS = 80;

  private record Remembered(String story, long firstDay, long lastDay, int[] terms,
      float[] weights, int[] names) {}

  private final int storyDays;
  private final TermAnalyzer analyzer = new TermAnalyzer();
  private final int[] df = new int[ArticleProfiler.BUCKETS];
  private long events;
  private final Deque<Remembered> remembered = new ArrayDeque<>();

  /** @param storyDays how many days back a story is looked for; 0 links nothing */
  public StoryLinker(int storyDays) {
    if (storyDays < 0) throw new IllegalArgumentException("storyDays must be >= 0, got " + storyDays);
    this.storyDays = storyDays;
  }

  /** {@code event} with its story set, remembered for the events after it. */
  public Event link(Event event) {
    if (storyDays == 0 || event.firstSeen().isEmpty()) return event.withStory(event.id());
    long first = LocalDate.parse(event.firstSeen()).toEpochDay();
    long last = LocalDate.parse(event.lastSeen()).toEpochDay();
    StringBuilder text = new StringBuilder();
    StringBuilder nameText = new StringBuilder();
    for (Article a : event.articles()) {
      text.append(a.title()).append('\n').append(a.title()).append('\n')
          .append(ArticleProfiler.lead(new Article(a.id(), "", a.text()))).append('\n');
      nameText.append(a.title()).append(".\n").append(a.text()).append('\n');
    }
    int[] hashes = analyzer.termHashes(text.toString());
    for (int i = 0; i < hashes.length; i++) hashes[i] &= ArticleProfiler.BUCKETS - 1;
    Arrays.sort(hashes);
    int n = 0;
    int[] ids = new int[hashes.length];
    int[] counts = new int[hashes.length];
    for (int h : hashes) {
      if (n > 0 && ids[n - 1] == h) counts[n - 1]++;
      else {
        ids[n] = h;
        counts[n++] = 1;
      }
    }
    ids = Arrays.copyOf(ids, n);
    events++;
    for (int id : ids) df[id]++;
    float[] weights = new float[n];
    double norm = 0;
    for (int i = 0; i < n; i++) {
      weights[i] = (float) ((1 + Math.log(counts[i])) * (Math.log((events + 1.0) / (df[ids[i]] + 1.0)) + 1));
      norm += (double) weights[i] * weights[i];
    }
    for (int i = 0; i < n; i++) weights[i] /= (float) Math.sqrt(norm);
    int[] names = ArticleProfiler.names(nameText.toString());

    forgetBefore(first - storyDays);
    Remembered best = null;
    double bestScore = MIN_COSINE;
    for (Remembered r : remembered) {
      if (r.lastDay >= first) continue;
      double cosine = ArticleProfile.dot(ids, weights, r.terms, r.weights);
      if (cosine < bestScore) continue;
      if (sharedNames(names, r.names) < MIN_NAMES) continue;
      best = r;
      bestScore = cosine;
    }
    String story = best == null ? event.id() : best.story;
    remembered.addLast(new Remembered(story, first, last, ids, weights, names));
    while (remembered.size() > MAX_REMEMBERED) remembered.removeFirst();
    return event.withStory(story);
  }

  private void forgetBefore(long day) {
    for (Iterator<Remembered> it = remembered.iterator(); it.hasNext(); ) {
      if (it.next().lastDay < day) it.remove();
    }
  }

  /** Shared names over the names of the event with fewer; 0 when either has none. */
  static double sharedNames(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) return 0;
    int i = 0, j = 0, shared = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) i++;
      else j++;
    }
    return (double) shared / Math.min(a.length, b.length);
  }
}
