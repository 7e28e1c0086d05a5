package dev.precis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Article;
import dev.precis.model.Cluster;
import dev.precis.represent.ClusterText;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrecisRememberingTest {
  @Test
  void aRememberedClusterIsPreparedOnceAndRecognizedByContent() {
    Precis precis = new Precis().remembering(10_000);
    List<Cluster> read = TestData.multiNews(2);
    List<Cluster> again = TestData.multiNews(2); // read anew: equal clusters, other objects
    ClusterText first = precis.prepare(read.get(0));
    assertThat(precis.prepare(again.get(0))).isSameAs(first);
    // The same id with other articles is another cluster.
    Cluster edited = new Cluster(read.get(0).id(), read.get(1).articles(), read.get(0).references());
    assertThat(precis.prepare(edited)).isNotSameAs(first);
    assertThat(precis.prepare(edited).cluster().articles()).isEqualTo(read.get(1).articles());
  }

  @Test
  void itForgetsTheLeastRecentlyUsedBeyondItsBound() {
    List<Cluster> read = TestData.multiNews(3);
    Precis unbounded = new Precis();
    int first = unbounded.prepare(read.get(0)).size();
    int second = unbounded.prepare(read.get(1)).size();
    Precis precis = new Precis().remembering(first + second);
    ClusterText a = precis.prepare(read.get(0));
    ClusterText b = precis.prepare(read.get(1));
    precis.prepare(read.get(2)); // over the bound: the least recently used (a) goes
    assertThat(precis.prepare(read.get(0))).isNotSameAs(a);
    assertThat(new Precis().remembering(1).prepare(read.get(0))).isNotNull();
    assertThat(b).isNotNull();
  }

  @Test
  void withoutRememberingEveryPreparationIsNew() {
    Precis precis = new Precis();
    Cluster c = new Cluster("x", List.of(new Article("a", "", "One sentence here. Another one there.",
        "", "", "", "")));
    assertThat(precis.prepare(c)).isNotSameAs(precis.prepare(c));
  }
}
