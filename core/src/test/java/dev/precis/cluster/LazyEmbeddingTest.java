package dev.precis.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.TestData;
import dev.precis.model.Article;
import dev.precis.represent.embed.SentenceEncoder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The grouper embeds only the articles a join decision needs, and decides as if all were. */
class LazyEmbeddingTest {

  @Test
  void noEmbeddingCanLiftAPairTheBoundRulesOut() {
    List<Article> stream = EventStreams.flatten(EventStreams.clusters(EventStreams.allSides(), 20));
    JoinModel model = JoinModel.shipped(true);
    int ruledOut = 0;
    int kept = 0;
    for (boolean dated : new boolean[] {true, false}) {
      ArticleProfiler profiler = new ArticleProfiler(SentenceEncoder.shared()::encode);
      List<Long> days = new ArrayList<>();
      for (Article a : stream) {
        days.add(dated ? ArticleDay.day(a.date()).orElseThrow().toEpochDay() : ArticleProfile.NO_DAY);
      }
      List<ArticleProfile> profiles = profiler.profile(stream, days, 0);
      profiler.embed(profiles);
      for (int q = 0; q + 1 < profiles.size(); q++) {
        OpenEvent one = new OpenEvent("one", null);
        one.add(profiles.get(q));
        OpenEvent two = new OpenEvent("two", null);
        two.add(profiles.get(q));
        two.add(profiles.get(q + 1));
        for (ArticleProfile p : profiles) {
          for (OpenEvent e : List.of(one, two)) {
            if (e.members.contains(p)) continue;
            double[] f = JoinFeatures.of(p, e);
            if (model.canJoin(JoinFeatures.cheap(p, e), e.members.size() == 1)) {
              kept++;
            } else {
              ruledOut++;
              assertThat(model.probability(f)).isLessThan(model.threshold(f));
            }
          }
        }
      }
    }
    assertThat(ruledOut).isGreaterThan(1000);
    assertThat(kept).isGreaterThan(10);
  }

  @Test
  void anArticleNoOpenEventCouldTakeIsNotEmbedded() {
    List<Article> stream = undatedMultiNews();
    EventGrouper g = new EventGrouper(EventOptions.defaults().withToday(LocalDate.of(2026, 1, 1)),
        p -> {});
    g.addAll(stream);
    g.closeAll();
    assertThat(g.embeddedArticles()).isPositive().isLessThan(stream.size());
  }

  @Test
  void embeddingEveryArticleAheadGroupsAlike() {
    List<Article> stream = undatedMultiNews();
    LocalDate today = LocalDate.of(2026, 1, 1);
    EventOptions options = EventOptions.defaults().withToday(today);
    EventGrouper lazy = new EventGrouper(options, p -> {});
    EventGrouper ahead = new EventGrouper(options, p -> {});
    List<String> lazyEvents = new ArrayList<>();
    for (Assignment a : lazy.addAll(stream)) lazyEvents.add(a.eventId());
    List<String> aheadEvents = new ArrayList<>();
    for (Assignment a : ahead.addAll(ahead.prepare(stream, true), today)) aheadEvents.add(a.eventId());
    assertThat(aheadEvents).isEqualTo(lazyEvents);
    assertThat(ahead.embeddedArticles()).isGreaterThan(lazy.embeddedArticles());
  }

  /** The first 30 Multi-News dev clusters as one undated stream (ids, titles and texts only). */
  private static List<Article> undatedMultiNews() {
    List<Article> stream = new ArrayList<>();
    for (Article a : EventStreams.flatten(EventStreams.clusters(
        TestData.shared().resolve("data/multinews_test_sample/dev.jsonl.gz"), 30))) {
      stream.add(new Article(a.id(), a.title(), a.text()));
    }
    return stream;
  }
}
