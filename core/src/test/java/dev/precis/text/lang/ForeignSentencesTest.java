package dev.precis.text.lang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.Precis;
import dev.precis.TestData;
import dev.precis.model.Cluster;
import dev.precis.represent.ClusterText;
import dev.precis.summarize.Budget;
import dev.precis.summarize.SelectionOptions;
import dev.precis.summarize.Summarizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForeignSentencesTest {
  private static final Precis PRECIS = new Precis();

  @Test
  void sentencesInAnotherLanguageInsideAnEnglishClusterAreFound() {
    List<String> sentences = new ArrayList<>(List.of(
        "The researchers documented a new genus and species of shrew rat from Sulawesi.",
        "Fruit flies could make some talented fighter pilots.",
        "The animal has a large, flat, pink nose and forward-facing nostrils.",
        "It was found on Mount Dako, in the north of the island, by a team from the museum."));
    // From Multi-News clusters 050 (an Indonesian abstract) and 055 (a Dutch article).
    sentences.add("Kami mendokumentasikan genus dan spesies baru tikus cucurut dari bagian semenanjung"
        + " utara pulau Sulawesi, Indonesia.");
    sentences.add("Durham werd veroordeeld en moet nog altijd tonnen schadevergoeding betalen aan het museum.");
    boolean[] foreign = ForeignSentences.of(sentences);
    assertThat(foreign).containsExactly(false, false, false, false, true, true);
  }

  @Test
  void aClusterInAnotherLanguageIsLeftAlone() {
    boolean[] foreign = ForeignSentences.of(List.of(
        "Durham werd veroordeeld en moet nog altijd tonnen schadevergoeding betalen aan het museum.",
        "Om zijn schuld aan het museum af te kunnen lossen probeerde hij de schilderijen terug te vinden."));
    assertThat(foreign).containsExactly(false, false);
  }

  @Test
  void noSummaryOfMultiNewsTakesTheIndonesianOrDutchSentences() {
    List<Cluster> clusters = TestData.multiNews(60).stream()
        .filter(c -> c.id().endsWith("-050") || c.id().endsWith("-055")).toList();
    assertThat(clusters).hasSize(2);
    for (Cluster c : clusters) {
      ClusterText text = PRECIS.prepare(c);
      for (String method : List.of("lead", "centroid", "learned")) {
        // A budget that takes every other sentence of the cluster.
        var summary = PRECIS.summarize(text, Summarizer.named(method), SelectionOptions.of(Budget.words(20_000)));
        assertThat(summary.sentences()).as(method).isNotEmpty()
            .noneMatch(s -> s.text().contains(" tikus ") || s.text().contains(" het museum")
                || s.text().contains(" werd "));
      }
    }
  }
}
