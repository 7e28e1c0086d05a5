package dev.precis.text.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.TestData;
import dev.precis.model.Cluster;
import dev.precis.model.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageFilterTest {
  static final LanguageDetector DETECTOR = new LanguageDetector();
  static final List<Cluster> DEV = TestData.multiNews(60);
  final List<Problem> problems = new ArrayList<>();

  Cluster devCluster(String id) {
    return DEV.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aDutchArticleIsLeftOutOfAnEnglishClusterAndReported() {
    Cluster c = devCluster("multinews-test-sample-055");
    Cluster kept = new LanguageFilter(DETECTOR, "en").filter(c, problems::add).orElseThrow();
    assertThat(kept.articles()).hasSize(c.articles().size() - 1);
    assertThat(kept.articles()).allSatisfy(a -> assertThat(a.lang()).isEqualTo("en"));
    assertThat(problems).extracting(Problem::toString).containsExactly(
        "cluster multinews-test-sample-055 article multinews-test-sample-055#2: in 'nl', not 'en'; left out (--lang any keeps it)");
  }

  @Test
  void englishProseAboutIndonesiaStaysEnglish() {
    Cluster c = devCluster("multinews-test-sample-050");
    assertThat(new LanguageFilter(DETECTOR, "en").filter(c, problems::add).orElseThrow().articles())
        .hasSize(c.articles().size());
    assertThat(problems).isEmpty();
  }

  @Test
  void anyKeepsEverything() {
    Cluster c = devCluster("multinews-test-sample-055");
    assertThat(new LanguageFilter(DETECTOR, LanguageFilter.ANY).filter(c, problems::add).orElseThrow().articles())
        .hasSize(c.articles().size());
  }

  @Test
  void aCodeThatIsNotIso6391IsAMistake() {
    assertThatThrownBy(() -> new LanguageFilter(DETECTOR, "eng")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("language 'eng' is not an ISO 639-1 code; give e.g. 'en', 'de' or 'any'");
  }
}
