package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.precis.Precis;
import dev.precis.TestData;
import dev.precis.represent.ClusterText;
import org.junit.jupiter.api.Test;

/** The features computed in linear time must be the all-pairs definitions they stand for. */
class SentenceFeaturesTest {
  private static final Precis PRECIS = new Precis();
  private static final int MEAN_CROSS = SentenceFeatures.NAMES.indexOf("mean_cross_cosine");
  private static final int MAX_CROSS = SentenceFeatures.NAMES.indexOf("max_cross_cosine");
  private static final int MAX_SAME = SentenceFeatures.NAMES.indexOf("max_same_article_cosine");

  @Test
  void crossArticleSimilaritiesAreTheMeansAndMaximaOverEveryPair() {
    for (ClusterText text : new ClusterText[] {PRECIS.prepare(TestData.sample()),
        PRECIS.prepare(TestData.multiNews(3).get(2))}) {
      float[][] rows = new SentenceFeatures().of(text);
      for (int i = 0; i < text.size(); i++) {
        double cross = 0, maxCross = 0, maxSame = 0;
        int count = 0;
        for (int j = 0; j < text.size(); j++) {
          if (j == i) continue;
          double sim = text.vector(i).cosine(text.vector(j));
          if (text.sentence(j).article() == text.sentence(i).article()) {
            maxSame = Math.max(maxSame, sim);
          } else {
            cross += sim;
            count++;
            maxCross = Math.max(maxCross, sim);
          }
        }
        assertThat(rows[i][MEAN_CROSS]).as("sentence %d", i)
            .isCloseTo((float) (count == 0 ? 0 : cross / count), within(1e-6f));
        assertThat(rows[i][MAX_CROSS]).as("sentence %d", i).isEqualTo((float) maxCross);
        assertThat(rows[i][MAX_SAME]).as("sentence %d", i).isEqualTo((float) maxSame);
      }
    }
  }

  @Test
  void looksForBestMatchesAmongEverySentenceOfAClusterOfUpToThePoolSize() {
    assertThat(SentenceFeatures.pool(3, new double[] {0.1, 0.3, 0.2})).containsExactly(0, 1, 2);
  }

  @Test
  void looksForBestMatchesAmongTheSentencesMeadRatesHighestInALargerCluster() {
    int n = SentenceFeatures.POOL + 2;
    double[] mead = new double[n];
    for (int i = 0; i < n; i++) mead[i] = i == 5 || i == 9 ? -1 : i % 7;
    int[] pool = SentenceFeatures.pool(n, mead);

    assertThat(pool).hasSize(SentenceFeatures.POOL).doesNotContain(5, 9).isSorted();
  }

  /** An encoder's four columns follow the others, which stay as they are without it. */
  @Test
  void embeddingColumnsAreTheirAllPairsDefinitionsAfterTheOthers() {
    ClusterText text = PRECIS.prepare(TestData.sample());
    var minilm = java.util.Optional.of(dev.precis.represent.embed.SentenceEncoder.Model.MINILM);
    float[][] plain = new SentenceFeatures().of(text);
    float[][] rows = new SentenceFeatures().of(text, minilm);
    float[][] e = text.embeddings();
    int k = SentenceFeatures.NAMES.size();
    assertThat(SentenceFeatures.names(minilm)).hasSize(k + 4).endsWith("embedding_support");
    for (int i = 0; i < text.size(); i++) {
      assertThat(java.util.Arrays.copyOf(rows[i], k)).isEqualTo(plain[i]);
      int article = text.sentence(i).article();
      double cross = 0;
      int count = 0;
      double[] best = new double[text.articleCount()];
      java.util.Arrays.fill(best, -1);
      for (int j = 0; j < text.size(); j++) {
        if (text.sentence(j).article() == article) continue;
        double sim = 0;
        for (int d = 0; d < e[i].length; d++) sim += e[i][d] * e[j][d];
        cross += sim;
        count++;
        best[text.sentence(j).article()] = Math.max(best[text.sentence(j).article()], sim);
      }
      double max = 0;
      int support = 0;
      for (int a = 0; a < best.length; a++) {
        if (a == article) continue;
        max = Math.max(max, best[a]);
        if (best[a] >= 0.65) support++;
      }
      assertThat(rows[i][k + 1]).as("sentence %d", i).isCloseTo((float) (cross / count), within(1e-5f));
      assertThat(rows[i][k + 2]).as("sentence %d", i).isCloseTo((float) max, within(1e-6f));
      assertThat(rows[i][k + 3]).as("sentence %d", i)
          .isEqualTo((float) support / (text.articleCount() - 1));
    }
  }
}
