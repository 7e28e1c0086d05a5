package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.TestData;
import dev.precis.model.Article;
import dev.precis.model.CanonicalName;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameVariantFinderTest {
  final NameVariantFinder.Result result = new NameVariantFinder()
      .find(TestData.sample().articles().stream().map(Article::text).toList());

  @Test
  void theSamplesMisspelledNamesGetTheMajoritySpelling() {
    assertThat(result.canonicalOf()).containsEntry("Asper", "Esper").containsEntry("Esber", "Esper")
        .containsEntry("Sealy", "Seely").containsEntry("Seeley", "Seely");
    CanonicalName esper = result.names().stream().filter(n -> n.name().equals("Esper")).findFirst().orElseThrow();
    assertThat(esper.variants()).isEqualTo(Map.of("Esper", 4, "Esber", 2, "Asper", 1));
  }

  @Test
  void differentPlacesOneLetterApartStayApart() {
    assertThat(result.canonicalOf()).doesNotContainKey("Iran").doesNotContainKey("Iraq");
  }

  @Test
  void variantUseIsDetected() {
    assertThat(result.usesVariant("And Esber said in a press statement")).isTrue();
    assertThat(result.usesVariant("Esper said there was no decision")).isFalse();
  }

  @Test
  void editDistanceCountsTranspositions() {
    assertThat(NameVariantFinder.editDistance("seely", "seeyl", 2)).isEqualTo(1);
    assertThat(NameVariantFinder.editDistance("esper", "asper", 2)).isEqualTo(1);
    assertThat(NameVariantFinder.editDistance("abcdef", "uvwxyz", 1)).isEqualTo(2);
    assertThat(List.of()).isEmpty();
  }
}
