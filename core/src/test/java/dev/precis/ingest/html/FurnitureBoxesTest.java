package dev.precis.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class FurnitureBoxesTest {
  private static boolean[] boxes(String body) {
    BlockSplitter.Split split = new BlockSplitter().split(Jsoup.parse(body).body());
    List<TextBlock> blocks = split.blocks();
    int[] words = new int[blocks.size()];
    long[][] phrases = new long[blocks.size()][];
    for (int i = 0; i < blocks.size(); i++) {
      words[i] = BlockFeatures.words(blocks.get(i).text());
      phrases[i] = FurnitureBoxes.phrases(blocks.get(i).text());
    }
    return FurnitureBoxes.of(split, words, phrases);
  }

  private static final String PROSE = "<p>The council voted on Tuesday to close the old bridge over"
      + " the river for repairs that are expected to take at least two years and to cost about forty"
      + " million dollars, officials said.</p>";
  private static final String BOX = "<div><p>Copyright 2024 the company, all rights reserved. Use"
      + " of this site means you accept its terms of use and its privacy policy.</p><p>Quotes"
      + " provided by an exchange; funds data provided by a vendor.</p></div>";

  @Test
  void phrasesAreCountedEachTimeAndByKind() {
    long[] p = FurnitureBoxes.phrases("Provided by A. Provided by B. Copyright C.");
    assertThat(p[0]).isEqualTo(3);
    assertThat(Long.bitCount(p[1])).isEqualTo(2);
  }

  @Test
  void aBoxOfFurniturePhrasesIsABoxAndTheArticleBesideItIsNot() {
    assertThat(boxes("<div>" + PROSE + "</div>" + BOX)).containsExactly(false, true, true);
  }

  @Test
  void anElementWrappingArticleAndBoxIsNotABox() {
    assertThat(boxes("<div><div>" + PROSE + "</div>" + BOX + "</div>"))
        .containsExactly(false, true, true);
  }

  @Test
  void anArticleAboutPrivacyIsNotABox() {
    assertThat(boxes("<div><p>The regulator said the company's new privacy policy, which lets it"
        + " share data with advertisers, breaks the law on privacy.</p><p>The company said its"
        + " privacy settings let users turn advertising off, and that it would appeal.</p></div>"))
        .containsOnly(false);
  }
}
