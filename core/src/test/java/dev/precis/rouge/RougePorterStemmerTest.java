package dev.precis.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Stems as ROUGE-1.5.5's Perl Porter stemmer gives them (checked by running the Perl code). */
class RougePorterStemmerTest {
  private final RougePorterStemmer stemmer = new RougePorterStemmer();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "caresses, caress", "ponies, poni", "running, run", "hopping, hop", "filing, file",
      "yelling, yell", "controlling, control", "rolling, roll", "happily, happili",
      "yesterday, yesterdai", "youth, youth", "cemetery, cemeteri", "conditional, condit",
      "electricity, electr", "goodness, good", "hopeful, hope", "dependent, depend",
      "cease, ceas", "rate, rate", "go, go"})
  void stemsLikeThePorterAlgorithm(String word, String stem) {
    assertThat(stemmer.stem(word)).isEqualTo(stem);
  }

  /** Where ROUGE's stemmer differs from Lucene's and Snowball's Porter stemmers. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "agreement, agreem", "settlement, settlem", "accidental, accid",
      "anthropology, anthropolog"})
  void keepsRougesOwnStepFour(String word, String stem) {
    assertThat(stemmer.stem(word)).isEqualTo(stem);
  }
}
