package dev.precis;

import dev.precis.model.Citation;
import dev.precis.model.Cluster;
import dev.precis.model.Source;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.model.When;
import dev.precis.represent.ClusterText;
import dev.precis.represent.ClusterTextBuilder;
import dev.precis.summarize.Candidate;
import dev.precis.summarize.EventDay;
import dev.precis.summarize.QueryRelevance;
import dev.precis.summarize.SelectionOptions;
import dev.precis.summarize.Selector;
import dev.precis.summarize.Summarizer;
import dev.precis.summarize.SupportFinder;
import dev.precis.represent.Sentence;
import dev.precis.text.lang.LanguageDetector;
import dev.precis.text.lang.LanguageFilter;
import dev.precis.model.Problem;
import dev.precis.cluster.EventGrouper;
import dev.precis.model.Article;
import dev.precis.model.Event;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.concurrent.ConcurrentHashMap;
import dev.precis.text.reading.DiscourseMarker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The summarization pipeline in one place: text stages, a method's ranking, the shared selector,
 * and support. Thread-safe; one instance serves many clusters in parallel.
 *
 * <pre>{@code
 * Precis precis = new Precis();
 * Summary s = precis.summarize(cluster, SummaryRequest.defaults().withMethod("centroid"));
 * }</pre>
 *
 * <p>{@link #summarize(Cluster, SummaryRequest)} is the one entry point the command line, the
 * server and the Spark job call, its stages in order: language, clean, split, flag, represent,
 * rank, select, support and the event's day. {@link #events} groups a stream of articles into
 * events and summarizes each through it.
 */
public final class Precis {
  private final ClusterTextBuilder texts;
  private final SupportFinder support;
  private final Remembered remembered;

  public Precis() {
    this(new ClusterTextBuilder(), new SupportFinder());
  }

  public Precis(ClusterTextBuilder texts, SupportFinder support) {
    this(texts, support, null);
  }

  private Precis(ClusterTextBuilder texts, SupportFinder support, Remembered remembered) {
    this.texts = texts;
    this.support = support;
    this.remembered = remembered;
  }

  /**
   * This pipeline, remembering prepared clusters (embeddings included, once computed) up to about
   * {@code maxSentences} sentences in all, the least recently used forgotten first: for work that
   * reads the same data twice, as an evaluation that first trains cross-validation folds on the
   * clusters and then summarizes them. A cluster is recognized by its id and its articles' content.
   */
  public Precis remembering(int maxSentences) {
    return new Precis(texts, support, new Remembered(maxSentences));
  }

  /**
   * Prepares a cluster's text once, for one or several methods to summarize: the text stages
   * clean, split, flag and represent ({@link ClusterTextBuilder}).
   */
  public ClusterText prepare(Cluster cluster) {
    if (remembered == null) return build(cluster);
    ClusterText known = remembered.get(cluster);
    if (known != null) return known;
    ClusterText built = build(cluster);
    remembered.put(cluster, built);
    return built;
  }

  private ClusterText build(Cluster cluster) {
    return texts.represent(texts.flag(texts.split(texts.clean(cluster))));
  }

  /** Prepared clusters by id, least recently used first, bounded by their sentences. */
  private static final class Remembered {
    private final int maxSentences;
    private final java.util.LinkedHashMap<String, ClusterText> byId =
        new java.util.LinkedHashMap<>(16, 0.75f, true);
    private int sentences;

    Remembered(int maxSentences) {
      this.maxSentences = maxSentences;
    }

    synchronized ClusterText get(Cluster c) {
      ClusterText t = byId.get(c.id());
      // Same id, other content (another file, an edited cluster): not the same cluster.
      return t != null && t.cluster().articles().equals(c.articles()) ? t : null;
    }

    synchronized void put(Cluster c, ClusterText t) {
      if (t.size() > maxSentences) return;
      ClusterText old = byId.put(c.id(), t);
      if (old != null) sentences -= old.size();
      sentences += t.size();
      var it = byId.entrySet().iterator();
      while (sentences > maxSentences && it.hasNext()) {
        sentences -= it.next().getValue().size();
        it.remove();
      }
    }
  }

  private final Map<String, Summarizer> methods = new ConcurrentHashMap<>();

  /**
   * The summary {@code request} asks for, the pipeline's stages in order. Articles not in the
   * request's language are left out first (each noted in the summary's warnings); a cluster with
   * none left gets a summary with no sentences and a warning saying why. The request's query, or
   * else the cluster's own ({@link Cluster#query}), biases the choice. Never null.
   */
  public Summary summarize(Cluster cluster, SummaryRequest request) {
    Summarizer method = methods.computeIfAbsent(request.method(), Summarizer::named);
    List<String> notes = new ArrayList<>();
    Optional<Cluster> kept = language(cluster, request.language(), notes);     // language
    if (kept.isEmpty()) return nothingLeft(cluster, method, request.language(), notes);
    ClusterText text = prepare(kept.get());                   // clean, split, flag, represent
    QueryRelevance query = request.query().or(() -> Optional.of(cluster.query()).filter(q -> !q.isBlank()))
        .map(QueryRelevance::new).orElse(null);
    return summarize(text, method, request.selection(), query, notes); // rank, select, support, day
  }

  /** Articles grouped and embedded together, a batch at a time. */
  static final int EVENT_BATCH = 32;

  /**
   * Groups {@code stream} into events ({@link EventGrouper}) and summarizes each through {@link
   * #summarize(Cluster, SummaryRequest)}; an event of one article gets that article's lead
   * ({@code lead}, same budget). Events go to {@code events} as the window closes them, in the
   * order they close, then the rest at the stream's end; they are summarized in parallel and
   * delivered in that order, on the calling thread. Problems with the input go to {@code
   * problems}, and the stream goes on. Memory is bounded by the grouper's window.
   */
  public void events(Iterable<Article> stream, EventRequest request, Consumer<Problem> problems,
      Consumer<Event> events) {
    events(stream, request, problems, e -> true, events);
  }

  /**
   * {@link #events(Iterable, EventRequest, Consumer, Consumer)} for the events {@code wanted}
   * only: an event it refuses is neither summarized nor delivered (a resumed run skips the events
   * an earlier run wrote). {@code wanted} is asked once per event, in the order events close, on
   * the calling thread; the grouping is the same whatever it answers.
   */
  public void events(Iterable<Article> stream, EventRequest request, Consumer<Problem> problems,
      java.util.function.Predicate<Event> wanted, Consumer<Event> events) {
    EventGrouper grouper = new EventGrouper(request.grouping(), problems);
    SummaryRequest single = request.summary().withMethod("lead");
    Iterator<Article> articles = stream.iterator();
    Iterator<Event> closed = new Iterator<>() {
      private final Deque<Event> ready = new ArrayDeque<>();
      private boolean ended;

      @Override
      public boolean hasNext() {
        while (ready.isEmpty() && !ended) {
          List<Article> batch = new ArrayList<>(EVENT_BATCH);
          while (batch.size() < EVENT_BATCH && articles.hasNext()) batch.add(articles.next());
          if (!batch.isEmpty()) grouper.addAll(batch);
          for (Event e : grouper.drainClosed()) if (wanted.test(e)) ready.add(e);
          if (!articles.hasNext()) {
            for (Event e : grouper.closeAll()) if (wanted.test(e)) ready.add(e);
            ended = true;
          }
        }
        return !ready.isEmpty();
      }

      @Override
      public Event next() {
        if (!hasNext()) throw new java.util.NoSuchElementException();
        return ready.poll();
      }
    };
    new OrderedParallelMap<Event, Event>(Runtime.getRuntime().availableProcessors(), e ->
        e.withSummary(summarize(e.cluster(), e.articles().size() == 1 ? single : request.summary())))
        .run(closed, events);
  }

  /** {@link #events(Iterable, EventRequest, Consumer, Consumer)} into a list. */
  public List<Event> events(Iterable<Article> stream, EventRequest request,
      Consumer<Problem> problems) {
    List<Event> out = new ArrayList<>();
    events(stream, request, problems, out::add);
    return out;
  }

  public Summary summarize(Cluster cluster, Summarizer method, SelectionOptions options) {
    return summarize(prepare(cluster), method, options);
  }

  public Summary summarize(ClusterText text, Summarizer method, SelectionOptions options) {
    return summarize(text, method, options, null);
  }

  /**
   * A summary biased toward {@code query} (null for none): the method's ranking is re-scored by
   * the one shared relevance term of {@link QueryRelevance}.
   */
  public Summary summarize(ClusterText text, Summarizer method, SelectionOptions options,
      QueryRelevance query) {
    return summarize(text, method, options, query, List.of());
  }

  /** The stages after the text's: rank, select, support, day; {@code notes} open the warnings. */
  private Summary summarize(ClusterText text, Summarizer method, SelectionOptions options,
      QueryRelevance query, List<String> notes) {
    Selector selector = new Selector(text, options, query == null ? null : query.relevances(text));
    List<Candidate> ranked = rank(text, method, selector, query);            // rank
    List<Integer> chosen = selector.select(ranked);                          // select
    List<SummarySentence> sentences = support(text, chosen, ranked);         // support
    When when = sentences.isEmpty() ? null                                   // day
        : EventDay.of(text, sentences.get(0).citations()).orElse(null);
    return new Summary(text.cluster().id(), method.name(), sentences, sources(text),
        text.names().names(), warnings(text, notes, sentences), when);
  }

  /** Stage 1: the cluster's articles in {@code language} ("any" keeps all); each left out noted. */
  private static Optional<Cluster> language(Cluster cluster, String language, List<String> notes) {
    return new LanguageFilter(LanguageDetector::shared, language)
        .filter(cluster, (Problem p) -> notes.add(p.toString()));
  }

  private static Summary nothingLeft(Cluster cluster, Summarizer method, String language,
      List<String> notes) {
    notes.add("cluster " + cluster.id() + ": no article in '" + language
        + "' is left to summarize (--lang any keeps every language)");
    return new Summary(cluster.id(), method.name(), List.of(), List.of(), List.of(), notes, null);
  }

  /**
   * The method's ranking, re-scored toward the query when there is one, unless the method weighed
   * it in its own choice: re-sorting the learned method's chosen set toward the query undid its
   * choice by n-gram hits, and lowered it (DUC 2006-style topics: ROUGE-2 9.35 without them, 9.18
   * with them).
   */
  private static List<Candidate> rank(ClusterText text, Summarizer method, Selector selector,
      QueryRelevance query) {
    List<Candidate> ranked = method.rank(text, selector);
    return query == null || method.choosesWithQuery() ? ranked : query.bias(text, ranked);
  }

  /**
   * The chosen sentences with their citations and support, each shown and cited without the wire
   * dateline it opens with ("BOSTON (AP) — " is one outlet's) or its leading discourse marker
   * ("Meanwhile, ", then a capital), as its flags mark it.
   */
  private List<SummarySentence> support(ClusterText text, List<Integer> chosen, List<Candidate> ranked) {
    Map<Integer, Double> scores = new HashMap<>();
    for (Candidate c : ranked) scores.putIfAbsent(c.sentence(), c.score());
    List<SummarySentence> sentences = new ArrayList<>();
    for (int i : chosen) {
      SupportFinder.Support s = support.find(text, i);
      Sentence sentence = text.sentence(i);
      int dateline = sentence.flags().datelineEnd();
      List<Citation> citations = s.citations();
      if (dateline > 0) {
        citations = new ArrayList<>(citations);
        Citation own = citations.get(0);
        citations.set(0, new Citation(own.article(), own.id(), own.start() + dateline, own.end()));
      }
      String shown = sentence.flags().cutWords() > 0 ? DiscourseMarker.shown(sentence.text(), dateline)
          : sentence.text().substring(dateline);
      sentences.add(new SummarySentence(shown, citations, s.support(), scores.get(i)));
    }
    return sentences;
  }

  private static List<Source> sources(ClusterText text) {
    List<Source> sources = new ArrayList<>();
    for (int a = 0; a < text.articleCount(); a++) {
      var article = text.cluster().articles().get(a);
      sources.add(new Source(a + 1, article.id(), text.cleanTitle(a), article.url(), article.outlet(),
          text.cleanText(a), text.sourceOf(a) == a ? 0 : text.sourceOf(a) + 1, article.date()));
    }
    return sources;
  }

  private static List<String> warnings(ClusterText text, List<String> notes,
      List<SummarySentence> sentences) {
    List<String> warnings = new ArrayList<>(notes);
    warnings.addAll(text.warnings());
    if (sentences.isEmpty()) {
      warnings.add("cluster " + text.cluster().id() + ": no sentence to summarize"
          + (text.size() == 0 ? " (every article is empty or boilerplate)" : " fits the budget"));
    }
    return warnings;
  }
}
