package dev.precis.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetadataAccuracyTest {
  @Test
  void aHeadlineMatchesThroughCasePunctuationAndASiteSuffix() {
    assertThat(MetadataAccuracy.sameText("How to Build a Terrarium | eHow", "How to build a terrarium"))
        .isTrue();
    assertThat(MetadataAccuracy.sameText("How to Build a Terrarium", "How to Build a Boat")).isFalse();
  }

  @Test
  void aBylineMatchesWithOrWithoutBy() {
    assertThat(MetadataAccuracy.sameByline("By Erin Cunningham", "Erin Cunningham")).isTrue();
    assertThat(MetadataAccuracy.sameByline("Erin Cunningham", "Steven Mufson")).isFalse();
  }

  @Test
  void aBylineMatchesOnTheNamesWhateverDateStampSurroundsThem() {
    assertThat(MetadataAccuracy.sameByline("by Lucas Nolan22 Dec 2016651", "Lucas Nolan")).isTrue();
    assertThat(MetadataAccuracy.sameByline("By Kelli  Miller\n  WebMD Health News", "Kelli Miller"))
        .isTrue();
  }

  @Test
  void aLoneWordDoesNotMatchALongerByline() {
    assertThat(MetadataAccuracy.sameByline("Staff Reporter", "Staff")).isFalse();
    assertThat(MetadataAccuracy.sameByline("Jane Doe", "By")).isFalse();
  }

  @Test
  void aDateMatchesOnItsCalendarDay() {
    assertThat(MetadataAccuracy.sameDay("2015-07-24T05:36:09+01:00", "2015-07-24")).isTrue();
    assertThat(MetadataAccuracy.sameDay("2015-07-24T05:36:09+01:00", "2015-07-25T01:00Z")).isFalse();
  }

  @Test
  void aLanguageMatchesOnItsPrimarySubtag() {
    assertThat(MetadataAccuracy.sameLanguage("en-US", "en")).isTrue();
    assertThat(MetadataAccuracy.sameLanguage("fr", "en")).isFalse();
  }
}
