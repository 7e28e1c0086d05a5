package dev.precis.text.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  private static final LanguageDetector DETECTOR = new LanguageDetector();

  @Test
  void tellsCommonNewsLanguages() {
    assertThat(DETECTOR.detect("The Steelers spent Monday trying to distance themselves from"
        + " Thursday night's fight that led to multi-game suspensions.")).isEqualTo("en");
    assertThat(DETECTOR.detect("Die Bundesregierung hat am Mittwoch beschlossen, die Steuern f\u00fcr"
        + " kleine Unternehmen im kommenden Jahr deutlich zu senken.")).isEqualTo("de");
    assertThat(DETECTOR.detect("Nesta p\u00e1gina voc\u00ea ter\u00e1 sempre a classifica\u00e7\u00e3o"
        + " atualizada da NASCAR at\u00e9 a \u00faltima corrida do campeonato.")).isEqualTo("pt");
    assertThat(DETECTOR.detect("\u041f\u0440\u0430\u0432\u0438\u0442\u0435\u043b\u044c\u0441\u0442\u0432\u043e"
        + " \u0432 \u0441\u0440\u0435\u0434\u0443 \u043e\u0431\u044a\u044f\u0432\u0438\u043b\u043e"
        + " \u043e \u0441\u043d\u0438\u0436\u0435\u043d\u0438\u0438 \u043d\u0430\u043b\u043e\u0433\u043e\u0432"
        + " \u0434\u043b\u044f \u043c\u0430\u043b\u043e\u0433\u043e \u0431\u0438\u0437\u043d\u0435\u0441\u0430.")).isEqualTo("ru");
  }

  @Test
  void answersTodaysTwoLetterCodes() {
    // Java's locale table answers the withdrawn "in", "iw" and "ji"; --lang id must find Indonesian.
    assertThat(LanguageDetector.iso1("ind")).isEqualTo("id");
    assertThat(LanguageDetector.iso1("heb")).isEqualTo("he");
    assertThat(LanguageDetector.iso1("ydd")).isEqualTo("yi");
    assertThat(LanguageDetector.iso1("eng")).isEqualTo("en");
    assertThat(LanguageDetector.iso1("cmn")).isEqualTo("zh");
  }

  @Test
  void isUnsureOfTooLittleText() {
    assertThat(DETECTOR.detect("")).isEmpty();
    assertThat(DETECTOR.detect("Hello there")).isEmpty();
    assertThat(DETECTOR.detect("12345 67890 !!! ??? 2019-11-20")).isEmpty();
  }
}
