package dev.precis.represent.embed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BertWordSplitterTest {

  private final BertWordSplitter splitter = new BertWordSplitter();

  @Test
  void lowerCasesAndSetsPunctuationApart() {
    assertThat(splitter.split("“There’s been no decision to leave Iraq."))
        .containsExactly("“", "there", "’", "s", "been", "no", "decision", "to", "leave", "iraq", ".");
  }

  @Test
  void treatsAsciiSymbolsAsPunctuationButKeepsOtherSymbolsInTheWord() {
    assertThat(splitter.split("$1.5bn for €30"))
        .containsExactly("$", "1", ".", "5bn", "for", "€30");
  }

  @Test
  void stripsAccents() {
    assertThat(splitter.split("Café naïve ÉCOLE")).containsExactly("cafe", "naive", "ecole");
  }

  @Test
  void setsEachCjkIdeographApart() {
    assertThat(splitter.split("東京 tower")).containsExactly("東", "京", "tower");
  }

  @Test
  void dropsControlAndFormatCharactersAndSplitsOnUnicodeWhitespace() {
    assertThat(splitter.split("zero\u200bwidth\u00a0no-break\u000bvt"))
        .containsExactly("zerowidth", "no", "-", "breakvt");
  }

  @Test
  void givesNoWordsForBlankText() {
    assertThat(splitter.split(" \t\n ")).isEmpty();
  }
}
