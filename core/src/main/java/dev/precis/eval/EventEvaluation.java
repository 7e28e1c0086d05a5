package dev.precis.eval;

import dev.precis.cluster.ArticleDay;
import dev.precis.cluster.EventGrouper;
import dev.precis.cluster.EventOptions;
import dev.precis.cluster.JoinModel;
import dev.precis.cluster.LeadEmbeddings;
import dev.precis.model.Article;
import dev.precis.model.Cluster;
import dev.precis.model.Problem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Event detection scored on a file of clusters: the clusters' articles flattened into one stream
 * (in time order where dated, file order otherwise; renamed {@code a00001, a00002, ...} so no id
 * names its cluster), grouped by {@link EventGrouper}, and scored against the clusters as gold
 * events ({@link EventScores}).
 *
 * <p>Cross-validated: the gold events are dealt into {@code folds} folds by their order in the
 * file; for each fold a join model is fitted on the stream of the other folds' articles alone,
 * the whole stream is grouped with it, and only the fold's articles are scored with it. So no
 * article is scored by a model fitted on its own event. With 0 folds, the shipped model.
 */
public final class EventEvaluation {
  /** A stream with its gold events. */
  public record Stream(List<Article> articles, Map<String, String> gold) {
    public Stream {
      articles = List.copyOf(articles);
      gold = Map.copyOf(gold);
    }
  }

  /** A result: the scores and the grouping (article id to event id) they were computed from. */
  public record Result(EventScores scores, Map<String, String> found) {}

  private EventEvaluation() {}

  /** The articles of {@code clusters} as one stream, renamed, with their gold events. */
  public static Stream flatten(Iterable<Cluster> clusters) {
    return flatten(clusters, java.util.OptionalLong.empty());
  }

  /**
   * The articles of {@code clusters} as one stream, renamed, with their gold events; with a
   * {@code seed}, interleaved: a dated stream's articles shuffled within each day (by the seeded
   * random), an undated stream's shuffled whole, so that a story's articles no longer arrive
   * together as a cluster file lists them. A feed mixes its stories so; a flattened file does not.
   */
  public static Stream flatten(Iterable<Cluster> clusters, java.util.OptionalLong seed) {
    record Item(Article article, String gold, Instant time, int order) {}
    List<Item> items = new ArrayList<>();
    for (Cluster c : clusters) {
      for (Article a : c.articles()) {
        items.add(new Item(a, c.id(), ArticleDay.instant(a.date()).orElse(null), items.size()));
      }
    }
    boolean allDated = items.stream().allMatch(i -> i.time != null);
    if (allDated) {
      items.sort(Comparator.comparing(Item::time).thenComparingInt(Item::order));
    }
    if (seed.isPresent()) {
      java.util.Random random = new java.util.Random(seed.getAsLong());
      if (!allDated) {
        java.util.Collections.shuffle(items, random);
      } else {
        int from = 0;
        for (int i = 1; i <= items.size(); i++) {
          if (i == items.size() || !dayOf(items.get(i).article).equals(dayOf(items.get(from).article))) {
            java.util.Collections.shuffle(items.subList(from, i), random);
            from = i;
          }
        }
      }
    }
    List<Article> out = new ArrayList<>();
    Map<String, String> gold = new HashMap<>();
    for (Item i : items) {
      String id = String.format("a%05d", out.size() + 1);
      Article a = i.article;
      out.add(new Article(id, a.title(), a.text(), a.url(), a.date(), a.lang(), a.outlet()));
      gold.put(id, i.gold);
    }
    return new Stream(out, gold);
  }

  private static java.time.LocalDate dayOf(Article a) {
    return ArticleDay.day(a.date()).orElseThrow();
  }

  /** Groups {@code stream} with {@code model}: article id to event id. */
  public static Map<String, String> group(List<Article> stream, EventOptions options,
      JoinModel model, LeadEmbeddings embeddings, Consumer<Problem> problems) {
    EventGrouper g = new EventGrouper(options, model, embeddings, problems);
    Map<String, String> found = new LinkedHashMap<>();
    for (int from = 0; from < stream.size(); from += 32) {
      g.addAll(stream.subList(from, Math.min(stream.size(), from + 32)))
          .forEach(a -> found.put(a.articleId(), a.eventId()));
    }
    g.closeAll();
    return found;
  }

  /** The shipped model's scores on {@code stream}. */
  public static Result shipped(Stream stream, EventOptions options, Consumer<Problem> problems) {
    Map<String, String> found = group(stream.articles(), options,
        JoinModel.shipped(options.embeddings()), null, problems);
    return new Result(EventScores.of(found, stream.gold(), null), found);
  }

  /** Cross-validated scores over {@code folds} folds of gold events (at least 2). */
  public static Result crossValidated(Stream stream, EventOptions options, int folds,
      Consumer<Problem> problems) {
    return crossValidated(stream, options, folds, Set.of(), problems);
  }

  /**
   * Cross-validated scores over {@code folds} folds of gold events (at least 2), the join models
   * fitted without the features named in {@code drop} ({@link JoinModel#FEATURES}).
   */
  public static Result crossValidated(Stream stream, EventOptions options, int folds,
      Set<String> drop, Consumer<Problem> problems) {
    if (folds < 2) throw new IllegalArgumentException("folds: must be 2 or more, got " + folds);
    List<String> events = new ArrayList<>(new java.util.LinkedHashSet<>(
        stream.articles().stream().map(a -> stream.gold().get(a.id())).toList()));
    Map<String, Integer> foldOf = new HashMap<>();
    for (int i = 0; i < events.size(); i++) foldOf.put(events.get(i), i % folds);
    Map<String, String> found = new HashMap<>();
    Map<String, double[]> units = new HashMap<>();
    LeadEmbeddings embeddings = new LeadEmbeddings(stream.articles().size() * 2);
    int foundEvents = 0;
    for (int f = 0; f < folds; f++) {
      int fold = f;
      List<Article> train = stream.articles().stream()
          .filter(a -> foldOf.get(stream.gold().get(a.id())) != fold).toList();
      JoinModel model = JoinModel.fit(train, stream.gold(), options, false, embeddings, drop);
      Map<String, String> grouped = group(stream.articles(), options, model, embeddings, p -> {});
      List<String> scored = new ArrayList<>();
      for (Article a : stream.articles()) {
        if (foldOf.get(stream.gold().get(a.id())) != fold) continue;
        scored.add(a.id());
        // Runs of different folds name events alike: the fold tells them apart.
        found.put(a.id(), fold + ":" + grouped.get(a.id()));
      }
      EventScores.Units u = EventScores.units(grouped, stream.gold(), scored);
      units.putAll(u.byGold());
      foundEvents += u.found();
    }
    return new Result(EventScores.of(units, foundEvents), found);
  }
}
