package dev.precis.cluster;

import dev.precis.represent.dedup.NearDuplicateGrouper;
import dev.precis.model.Article;
import dev.precis.model.Event;
import dev.precis.model.Problem;
import dev.precis.represent.embed.SentenceEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Groups a stream of articles into events in one online pass. Each article, as it arrives, joins
 * the open event that most likely tells the same news (a logistic join decision on TF-IDF, embedding,
 * name and time signals: {@link JoinFeatures}) or starts an event; an article is embedded only
 * when some open event could take it by its embedding (see {@link #best}), the same decision as
 * embedding every article, at less cost; a near duplicate of an open
 * article (MinHash, {@link NearDuplicateGrouper}) always joins that article's event. An event
 * closes when the window passes it ({@link EventOptions#windowDays()}, {@link
 * EventOptions#windowArticles()}); a closed event is linked to the earlier event whose story it
 * continues ({@link StoryLinker}) and handed out by {@link #drainClosed()}. Memory is bounded by
 * the window: closed events are forgotten once drained.
 *
 * <pre>{@code
 * EventGrouper g = new EventGrouper(EventOptions.defaults(), problem -> log(problem));
 * for (Article a : feed) { g.add(a); g.drainClosed().forEach(store::save); }
 * g.closeAll().forEach(store::save);
 * }</pre>
 *
 * <p>Deterministic: the same articles in the same order give the same assignments, events and
 * ids. An event's id is a function of its first article's id, so a replay of stored articles
 * gives the ids it gave before. Bad input is reported to the problem consumer and the stream goes
 * on: an article with no text and no title starts an event of its own; an unreadable, future or
 * out-of-order date is reported and the article grouped as of the stream's latest day; an id
 * already used by an open article is renamed {@code id~2} ({@code ~3}, ...) and kept. Not
 * thread-safe: one grouper serves one stream.
 */
public final class EventGrouper {
  /** Open events scored in full per article: the best by TF-IDF. */
  static final int CANDIDATES = 6;

  private final EventOptions options;
  private final Consumer<Problem> problems;
  private final ArticleProfiler profiler;
  private final JoinModel model;
  private final StoryLinker stories;
  private final Function<Article, String> gold;
  private final BiConsumer<double[], Boolean> teaching;
  private final LinkedHashMap<String, OpenEvent> open = new LinkedHashMap<>();
  private final Map<Long, List<ArticleProfile>> bands = new HashMap<>();
  private final Set<String> openIds = new HashSet<>();
  private final List<Event> closed = new ArrayList<>();
  private long index;
  private long latestDay = ArticleProfile.NO_DAY;
  private long untitled;
  private long undated;
  private long duplicates;
  private String firstId;

  /** A grouper with the shipped join decision; problems go to {@code problems}. */
  public EventGrouper(EventOptions options, Consumer<Problem> problems) {
    this(options, problems, JoinModel.shipped(options.embeddings()), null, null, null);
  }

  /** A grouper with the join decision {@code model} (for evaluation and training). */
  public EventGrouper(EventOptions options, JoinModel model, Consumer<Problem> problems) {
    this(options, problems, model, null, null, null);
  }

  /**
   * A grouper with the join decision {@code model} whose embeddings are remembered by {@code
   * embeddings} (for runs over the same articles many times).
   */
  public EventGrouper(EventOptions options, JoinModel model, LeadEmbeddings embeddings,
      Consumer<Problem> problems) {
    this(options, problems, model, null, null, embeddings);
  }

  /**
   * A grouper that is taught: each article joins the open event of its gold event (or starts
   * one), and the features and label of every candidate it was compared with go to {@code
   * teaching}.
   */
  EventGrouper(EventOptions options, Consumer<Problem> problems, JoinModel model,
      Function<Article, String> gold, BiConsumer<double[], Boolean> teaching,
      LeadEmbeddings embeddings) {
    this.options = options;
    this.problems = problems;
    this.model = model;
    this.gold = gold;
    this.teaching = teaching;
    this.profiler = new ArticleProfiler(!options.embeddings() ? null
        : embeddings != null ? embeddings::encode : SentenceEncoder.shared()::encode);
    this.stories = new StoryLinker(options.storyDays());
  }

  /** Groups one article; see {@link #addAll} for the batched form. */
  public Assignment add(Article article) {
    return addAll(List.of(article)).get(0);
  }

  /**
   * Groups {@code articles}, the next of the stream, in order: the same as adding them one by
   * one.
   */
  public List<Assignment> addAll(List<Article> articles) {
    return addAll(articles, options.today());
  }

  /**
   * Groups {@code articles} as {@link #addAll(List)} does, as of the day {@code today}: a date
   * after it is in the future. A long-running stream (a server) gives the day each batch arrived,
   * so the bound follows the clock, and a replay gives each batch's own day again.
   */
  public List<Assignment> addAll(List<Article> articles, LocalDate today) {
    return addAll(prepare(articles), today);
  }

  /**
   * A batch read for grouping: cleaned, its terms counted, names, MinHash and the lead to embed,
   * all that needs no other article. Made by {@link #prepare}; grouped by {@link #addAll(Prepared,
   * LocalDate)}.
   */
  public static final class Prepared {
    private final List<Article> articles;
    private final List<ArticleProfiler.Read> reads;

    private Prepared(List<Article> articles, List<ArticleProfiler.Read> reads) {
      this.articles = List.copyOf(articles);
      this.reads = List.copyOf(reads);
    }

    /** The articles read, in order. */
    public List<Article> articles() {
      return articles;
    }

    /** The reads of {@code some} of these articles (the same objects), in their order. */
    public Prepared only(List<Article> some) {
      java.util.IdentityHashMap<Article, Integer> at = new java.util.IdentityHashMap<>();
      for (int i = 0; i < articles.size(); i++) at.putIfAbsent(articles.get(i), i);
      List<ArticleProfiler.Read> out = new ArrayList<>(some.size());
      for (Article a : some) {
        Integer i = at.get(a);
        if (i == null) throw new IllegalArgumentException("article " + a.id() + " was not prepared here");
        out.add(reads.get(i));
      }
      return new Prepared(some, out);
    }
  }

  /**
   * Reads {@code articles} for grouping (see {@link Prepared}): the part of grouping that needs no
   * other article (embeddings are computed while grouping, for the articles that need them), which any thread may run, ahead of and alongside {@link #addAll}, for
   * any grouper with the same options. Thread-safe.
   */
  public Prepared prepare(List<Article> articles) {
    return prepare(articles, false);
  }

  /**
   * {@link #prepare(List)}, and with {@code embed} every article's embedding computed now, on the
   * calling thread, rather than only the ones a join decision needs, on the grouping thread: for
   * a caller whose grouping runs on one thread while others have cores to spare (a server reading
   * ahead in its request threads). The groups are the same either way. Thread-safe.
   */
  public Prepared prepare(List<Article> articles, boolean embed) {
    return new Prepared(articles, profiler.read(articles, embed));
  }

  /**
   * Groups the {@code prepared} articles, the next of the stream, as of the day {@code today}: the
   * same as {@link #addAll(List, LocalDate)} of its articles.
   */
  public List<Assignment> addAll(Prepared prepared, LocalDate today) {
    java.util.Objects.requireNonNull(today, "today");
    List<Article> articles = prepared.articles;
    List<Article> kept = new ArrayList<>(articles.size());
    Set<String> batchIds = new HashSet<>();
    List<Long> days = new ArrayList<>(articles.size());
    for (Article a : articles) {
      Article renamed = unique(a, batchIds);
      batchIds.add(renamed.id());
      kept.add(renamed);
      days.add(dayOf(renamed, today));
    }
    List<ArticleProfile> profiles = profiler.profile(kept, prepared.reads, days, index);
    index += kept.size();
    List<Assignment> out = new ArrayList<>(profiles.size());
    for (ArticleProfile p : profiles) out.add(assign(p));
    return out;
  }

  /** The events closed since the last call, in the order they closed; then forgotten. */
  public List<Event> drainClosed() {
    List<Event> out = List.copyOf(closed);
    closed.clear();
    return out;
  }

  /** Closes every open event (the stream has ended) and returns all not yet drained. */
  public List<Event> closeAll() {
    if (index == 1) {
      problems.accept(new Problem("stream", "it has one article (" + firstId + "): one event of it"));
    } else if (index > 1 && duplicates == index - 1 && open.size() == 1) {
      problems.accept(new Problem("stream", "all " + index + " articles are near duplicates of "
          + firstId + " (the same page): one event"));
    }
    if (untitled > 0) {
      problems.accept(new Problem("stream", untitled + " of " + index
          + " articles have no title; grouped by their text"));
    }
    if (undated > 0 && undated < index) {
      problems.accept(new Problem("stream", undated + " of " + index
          + " articles have no usable date; grouped by the article window"));
    }
    for (OpenEvent e : new ArrayList<>(open.values())) close(e);
    return drainClosed();
  }

  /** How many articles have had their embedding computed so far (for monitoring). */
  public long embeddedArticles() {
    return profiler.embedded();
  }

  /** How many events are open now (for tests of the window bound and for monitoring). */
  public int openEvents() {
    return open.size();
  }

  private Assignment assign(ArticleProfile p) {
    if (firstId == null) firstId = p.article.id();
    closeStale(p);
    Optional<ArticleProfile> original = nearDuplicate(p);
    OpenEvent target;
    if (p.isEmpty()) {
      target = null;
      if (!p.article.title().isBlank() || !p.article.text().isBlank()) {
        problems.accept(new Problem("article " + p.article.id(), "its text is page furniture only"
            + " (a widget's help, an archive's notice, prompts); an event of its own"));
      }
    } else if (original.isPresent()) {
      target = original.get().event();
      duplicates++;
    } else {
      target = gold == null ? best(p) : taught(p);
    }
    boolean started = target == null;
    if (started) {
      target = new OpenEvent(eventId(p.article.id()), gold == null ? null : gold.apply(p.article));
      open.put(target.id, target);
    }
    target.add(p);
    p.joined(target);
    openIds.add(p.article.id());
    if (p.signature != null) {
      for (int b = 0; b < NearDuplicateGrouper.bands(); b++) {
        bands.computeIfAbsent(NearDuplicateGrouper.bandKey(p.signature, b), k -> new ArrayList<>(2))
            .add(p);
      }
    }
    return new Assignment(p.article.id(), target.id, started,
        original.map(o -> o.article.id()));
  }

  /**
   * The open event the join model picks for {@code p}, or null to start one. Embeddings are
   * computed only for the pairs that could join by them: an article none of whose candidates
   * could reach its threshold whatever the embedding cosines ({@link JoinModel#canJoin}) starts an
   * event unembedded, and the event's members are embedded when an article needs them. The
   * decision is the one all embeddings computed ahead would give.
   */
  private OpenEvent best(ArticleProfile p) {
    List<OpenEvent> candidates = candidates(p);
    List<OpenEvent> possible = new ArrayList<>(candidates.size());
    List<double[]> features = new ArrayList<>(candidates.size());
    List<ArticleProfile> toEmbed = new ArrayList<>();
    for (OpenEvent e : candidates) {
      double[] f = JoinFeatures.cheap(p, e);
      if (!model.canJoin(f, e.members.size() == 1)) continue;
      possible.add(e);
      features.add(f);
      toEmbed.addAll(e.members);
    }
    if (possible.isEmpty()) return null;
    toEmbed.add(p);
    profiler.embed(toEmbed);
    OpenEvent best = null;
    double bestMargin = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < possible.size(); i++) {
      double[] f = JoinFeatures.withEmbeddings(features.get(i), p, possible.get(i));
      // Dated and undated pairs may be weighed by different models with different thresholds.
      double margin = model.probability(f) - model.threshold(f);
      if (margin > bestMargin) {
        bestMargin = margin;
        best = possible.get(i);
      }
    }
    return bestMargin >= 0 ? best : null;
  }

  /** Teaching: reports every candidate's features and label; joins the gold event if open. */
  private OpenEvent taught(ArticleProfile p) {
    String g = gold.apply(p.article);
    OpenEvent right = null;
    List<OpenEvent> candidates = candidates(p);
    List<ArticleProfile> toEmbed = new ArrayList<>(List.of(p));
    for (OpenEvent e : candidates) toEmbed.addAll(e.members);
    profiler.embed(toEmbed);
    for (OpenEvent e : candidates) {
      teaching.accept(JoinFeatures.of(p, e), g.equals(e.gold));
    }
    for (OpenEvent e : open.values()) if (g.equals(e.gold) && !e.members.get(0).isEmpty()) right = e;
    return right;
  }

  /**
   * The open events worth scoring in full: the best few by TF-IDF cosine of the article's
   * heaviest terms with the event's centroid. (Adding the best few by embedding cosine, as this
   * once did, needs every article embedded, and found no more events: see the README.)
   */
  private List<OpenEvent> candidates(ArticleProfile p) {
    List<OpenEvent> all = new ArrayList<>(open.size());
    for (OpenEvent e : open.values()) if (!e.members.get(0).isEmpty()) all.add(e);
    if (all.size() <= CANDIDATES) return all;
    double[] tfidf = new double[all.size()];
    for (int i = 0; i < all.size(); i++) {
      tfidf[i] = all.get(i).centroidCosine(p.probeTerms, p.probeWeights);
    }
    boolean[] chosen = new boolean[all.size()];
    top(tfidf, CANDIDATES, chosen);
    List<OpenEvent> out = new ArrayList<>();
    for (int i = 0; i < chosen.length; i++) if (chosen[i]) out.add(all.get(i));
    return out;
  }

  /** Marks the {@code k} highest scores (the earliest on a tie) in {@code chosen}. */
  private static void top(double[] scores, int k, boolean[] chosen) {
    int[] best = new int[k];
    int n = 0;
    for (int i = 0; i < scores.length; i++) {
      if (n < k) {
        best[n++] = i;
      } else if (scores[i] > scores[best[n - 1]]) {
        best[n - 1] = i;
      } else {
        continue;
      }
      for (int j = n - 1; j > 0 && scores[best[j]] > scores[best[j - 1]]; j--) {
        int t = best[j];
        best[j] = best[j - 1];
        best[j - 1] = t;
      }
    }
    for (int j = 0; j < n; j++) chosen[best[j]] = true;
  }

  /** The earliest open article {@code p} is a near duplicate of. */
  private Optional<ArticleProfile> nearDuplicate(ArticleProfile p) {
    if (p.signature == null) return Optional.empty();
    ArticleProfile found = null;
    for (int b = 0; b < NearDuplicateGrouper.bands(); b++) {
      List<ArticleProfile> bucket = bands.get(NearDuplicateGrouper.bandKey(p.signature, b));
      if (bucket == null) continue;
      for (ArticleProfile q : bucket) {
        if ((found == null || q.index < found.index)
            && NearDuplicateGrouper.similarity(p.signature, q.signature) >= options.nearDuplicate()) {
          found = q;
        }
      }
    }
    return Optional.ofNullable(found);
  }

  /** Closes the events the window has passed by the time {@code p} arrives. */
  private void closeStale(ArticleProfile p) {
    List<OpenEvent> stale = new ArrayList<>();
    for (OpenEvent e : open.values()) {
      boolean byArticles = p.index - e.lastIndex > options.windowArticles();
      boolean byDays = p.dated() && e.lastDay != ArticleProfile.NO_DAY
          && p.day - e.lastDay > options.windowDays();
      if (byArticles || byDays) stale.add(e);
    }
    for (OpenEvent e : stale) close(e);
  }

  private void close(OpenEvent e) {
    open.remove(e.id);
    for (ArticleProfile m : e.members) {
      openIds.remove(m.article.id());
      if (m.signature == null) continue;
      for (int b = 0; b < NearDuplicateGrouper.bands(); b++) {
        long key = NearDuplicateGrouper.bandKey(m.signature, b);
        List<ArticleProfile> bucket = bands.get(key);
        if (bucket == null) continue;
        bucket.remove(m);
        if (bucket.isEmpty()) bands.remove(key);
      }
    }
    List<Article> articles = new ArrayList<>(e.members.size());
    for (ArticleProfile m : e.members) articles.add(m.article);
    String first = e.firstDay == ArticleProfile.NO_DAY ? "" : LocalDate.ofEpochDay(e.firstDay).toString();
    String last = e.lastDay == ArticleProfile.NO_DAY ? "" : LocalDate.ofEpochDay(e.lastDay).toString();
    Event event = new Event(e.id, e.id, title(e.central().article), first, last, articles,
        Optional.empty());
    closed.add(stories.link(event));
  }

  /** The headline of an event: its central article's title, or the opening words of its text. */
  static String title(Article a) {
    if (!a.title().isBlank()) return a.title().strip().replaceAll("\\s+", " ");
    String[] words = a.text().strip().split("\\s+", 13);
    if (words.length <= 12) return String.join(" ", words);
    return String.join(" ", java.util.Arrays.copyOf(words, 12)) + " ...";
  }

  /** {@code "e"} and the first 12 hex digits of the SHA-256 of the first article's id. */
  public static String eventId(String firstArticleId) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256")
          .digest(firstArticleId.getBytes(StandardCharsets.UTF_8));
      StringBuilder b = new StringBuilder("e");
      for (int i = 0; i < 6; i++) b.append(String.format("%02x", h[i]));
      return b.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** {@code a}, renamed {@code id~2} (or the next free number) if its id is in use. */
  private Article unique(Article a, Set<String> batchIds) {
    if (!openIds.contains(a.id()) && !batchIds.contains(a.id())) return a;
    int n = 2;
    while (openIds.contains(a.id() + "~" + n) || batchIds.contains(a.id() + "~" + n)) n++;
    String id = a.id() + "~" + n;
    problems.accept(new Problem("article " + a.id(), "this id is already used by an open article;"
        + " the second is kept as '" + id + "'"));
    return new Article(id, a.title(), a.text(), a.url(), a.date(), a.lang(), a.outlet());
  }

  /** The day {@code a} is grouped as of, reporting a date that is unusable, future or late. */
  private long dayOf(Article a, LocalDate today) {
    if (a.title().isBlank()) untitled++;
    if (a.title().isBlank() && a.text().isBlank()) {
      problems.accept(new Problem("article " + a.id(), "no title and no text: an event of its own"));
    }
    Optional<LocalDate> day = ArticleDay.day(a.date());
    if (day.isEmpty()) {
      undated++;
      if (!a.date().isBlank()) {
        problems.accept(new Problem("article " + a.id(), "date '" + a.date()
            + "' is not ISO-8601 (yyyy-MM-dd...); grouped as undated"));
      }
      return ArticleProfile.NO_DAY;
    }
    if (day.get().isAfter(today)) {
      undated++;
      problems.accept(new Problem("article " + a.id(), "date " + a.date() + " is in the future"
          + " (after " + today + "); grouped as undated"));
      return ArticleProfile.NO_DAY;
    }
    long d = day.get().toEpochDay();
    if (latestDay != ArticleProfile.NO_DAY && d < latestDay) {
      problems.accept(new Problem("article " + a.id(), "date " + a.date() + " is out of order"
          + " (the stream is at " + LocalDate.ofEpochDay(latestDay) + "); grouped as of that day"));
      return latestDay;
    }
    latestDay = d;
    return d;
  }
}
