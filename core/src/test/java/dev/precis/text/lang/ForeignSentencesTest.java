package dev.precis.text.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForeignSentencesTest {
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
}
